using Governance.Build.Tests.Infrastructure;

namespace Governance.Build.Tests;

/// <summary>
/// The text scan that places a diagnostic reported after compile lands where the analyzer's would (worked out from the
/// syntax tree), across the ways a declaration is written.
/// </summary>
public sealed class DeclarationLocatorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "governance-locator-" + Guid.NewGuid().ToString("N")[..12]);

    public DeclarationLocatorTests()
    {
        Directory.CreateDirectory(_directory);
    }

    public static TheoryData<string, string, string, string> Declarations => new()
    {
        {
            "a literal name, Expires last",
            "app.started", "Consumer.Started", """
            [TelemetryEvent("app.started", Purpose = "Count starts.", RetentionDays = 30, Consent = Consent.OptOut, Expires = "2026-05-31")]
            public partial record Started;
            """
        },
        {
            "Expires first, over several lines, after a purpose that mentions Expires = and parentheses",
            "app.started", "Consumer.Started", """
            [TelemetryEvent(
                "app.started",
                Purpose = "Learn (roughly) when Expires = \"soon\" is worth it; also ')'.",
                Expires =
                    "2026-05-31",
                RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;
            """
        },
        {
            "a verbatim name, the attribute spelled in full, a record struct",
            "app.started", "Consumer.Started", """
            [Governance.TelemetryEventAttribute(@"app.started", Purpose = @"Count ""starts"".", RetentionDays = 30, Consent = Consent.OptOut, Expires="2026-05-31")]
            public partial record struct Started;
            """
        },
        {
            "a commented-out declaration before the real one",
            "app.started", "Consumer.Started", """
            // [TelemetryEvent("app.started", Purpose = "Old.", RetentionDays = 30, Consent = Consent.OptOut, Expires = "2020-01-01")]
            [TelemetryEvent("app.started", Purpose = "Count starts.", RetentionDays = 30, Consent = Consent.OptOut, Expires = "2026-05-31")]
            public partial record Started;
            """
        },
        {
            "a name from a constant, a nested type, another attribute between",
            "app.started", "Consumer.Outer.Started", """
            public static partial class Outer
            {
                [TelemetryEvent(Names.Started, Purpose = "Count starts.", RetentionDays = 30, Consent = Consent.OptOut, Expires = "2026-05-31")]
                [System.Obsolete("Replaced by app.launched.")]
                public partial class Started
                {
                }
            }

            internal static class Names
            {
                public const string Started = "app.started";
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Declarations))]
    public void The_declaration_is_found_where_the_analyzer_reports(string description, string eventName, string sourceType, string declaration)
    {
        var source = "using Governance;\n\nnamespace Consumer;\n\n" + declaration + "\n";
        var path = Path.Combine(_directory, "Events.cs");
        File.WriteAllText(path, source);
        var unrelated = Path.Combine(_directory, "Unrelated.cs");
        File.WriteAllText(unrelated, "namespace Consumer;\n\n// Started is declared in Events.cs; TelemetryEvent(\"app.started\") there.\ninternal sealed class NotStarted\n{\n}\n");

        var found = new DeclarationLocator([unrelated, path]).Find(eventName, sourceType);

        Assert.NotNull(found);
        Assert.Equal(path, found.File);
        var argument = declaration.Contains("Names.Started", StringComparison.Ordinal) ? "Names.Started"
            : declaration.Contains("@\"app.started\"", StringComparison.Ordinal) ? "@\"app.started\"" : "\"app.started\"";
        Assert.True(AnalyzerLocation.Of(source, argument) == $"({found.Line},{found.Column})", description);
    }

    [Fact]
    public void An_event_no_file_declares_is_not_found()
    {
        var path = Path.Combine(_directory, "Events.cs");
        File.WriteAllText(path, "namespace Consumer;\n\npublic sealed class Other\n{\n}\n");

        Assert.Null(new DeclarationLocator([path, Path.Combine(_directory, "Missing.cs")]).Find("app.started", "Consumer.Started"));
    }

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
    }
}
