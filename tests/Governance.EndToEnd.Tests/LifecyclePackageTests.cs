using System.Globalization;
using Governance.EndToEnd.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.EndToEnd.Tests;

/// <summary>
/// Expiry, retention policy and the reviewed baseline, as a team meets them in a real build. First with no date pinned:
/// the compiler of a plain build is given no date (no daily full recompile), the build checks expiry after compile, and
/// the IDE's design-time build gives its compiler today's date. Then with the date pinned in .editorconfig, the policy
/// too, and the baseline created, checked and updated by dotnet build.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LifecyclePackageTests
{
    private const string Policy = """
        root = true

        [*.cs]
        governance.max_retention_days = 180
        """;

    private const string PinnedPolicy = Policy + "\ngovernance.today = 2026-06-01\n";

    private static string Events(string expires, int retention, string durationClass) => $$"""
        using Governance;

        namespace Lifecycle;

        [TelemetryEvent("lifecycle.preview_tried", Purpose = "Learn whether people try the preview while it lasts.",
            RetentionDays = 30, Consent = Consent.OptOut, Owner = "preview-team@example.org", Expires = "{{expires}}")]
        public partial record PreviewTried
        {
            [TelemetryField("How long the preview stayed open, in seconds.", DataClass = DataClass.{{durationClass}})]
            public int DurationSeconds { get; init; }
        }

        [TelemetryEvent("lifecycle.report_exported", Purpose = "Learn which report formats people export, to keep the useful ones.",
            RetentionDays = {{retention}}, Consent = Consent.OptOut, Owner = "reports-team@example.org")]
        public partial record ReportExported
        {
            [TelemetryField("The export format, such as pdf or csv.", DataClass = DataClass.Interaction)]
            public string Format { get; init; } = "";
        }
        """;

    private readonly PackageFixture _packages;

    public LifecyclePackageTests(PackageFixture packages)
    {
        _packages = packages;
    }

    [Fact]
    public void Expiry_retention_and_the_reviewed_baseline_work_in_a_real_build()
    {
        var consumer = _packages.CreateConsumer("Lifecycle")
            .WithProjectFile(outputType: "Library")
            .WriteFile(".editorconfig", Policy);
        var today = DateTime.UtcNow.Date;
        var assembly = Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "Lifecycle.dll");

        // A plain build: its compiler is given no date, yet an event that expired yesterday fails it, at its declaration.
        var expiredSource = Events(Day(today.AddDays(-1)), 180, "Technical");
        consumer.WriteFile("Events.cs", expiredSource);
        var expired = consumer.Build();
        Assert.NotEqual(0, expired.ExitCode);
        var generatedConfig = File.ReadAllText(Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "Lifecycle.GeneratedMSBuildEditorConfig.editorconfig"));
        Assert.DoesNotContain("governancetoday", generatedConfig, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", generatedConfig);
        var declaration = Path.Combine(consumer.Directory, "Events.cs") + PositionOf(expiredSource, "Expires = \"");
        var gov020 = Assert.Single(expired.Diagnostics, d => d.Severity == "error");
        Assert.Equal("GOV020", gov020.Id);
        Assert.StartsWith(declaration + ": error GOV020: Event 'lifecycle.preview_tried' expired on " + Day(today.AddDays(-1)) + ": stop collecting it", gov020.Line, StringComparison.Ordinal);

        // The IDE: a design-time build of the same code gives its compiler today's date (in a file of its own), so the
        // analyzers report GOV020 as you type, at the same place (the compiler's lines end with the help link).
        var designTime = DotnetCli.Run(consumer.Directory, ["msbuild", "-nologo", "-v:minimal", "-t:Compile", "-p:DesignTimeBuild=true", "-p:BuildingProject=false", "-p:BuildProjectReferences=false"]);
        Assert.NotEqual(0, designTime.ExitCode);
        var live = Assert.Single(designTime.Diagnostics, d => d.Id == "GOV020");
        Assert.StartsWith(declaration + ": error GOV020: Event 'lifecycle.preview_tried' expired on " + Day(today.AddDays(-1)), live.Line, StringComparison.Ordinal);
        Assert.Contains("(https://github.com/governance-telemetry/governance/blob/main/rules.md#gov020)", live.Line, StringComparison.Ordinal);

        // Inside its dates it builds; without a baseline, every event is an unreviewed change.
        consumer.WriteFile("Events.cs", Events(Day(today.AddDays(1)), 180, "Technical"));
        var unreviewed = consumer.Build().AssertSucceeded();
        Assert.Equal(
            new[] { "lifecycle.preview_tried", "lifecycle.report_exported" },
            unreviewed.Diagnostics.Where(d => d.Id == "GOV030").Select(d => d.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.All(unreviewed.Diagnostics, d => Assert.Equal("GOV030", d.Id));
        var compiledAt = File.GetLastWriteTimeUtc(assembly);

        // The day after it expires (only the date the build task checks against moves: a build reads the clock in that
        // one place), the same build compiles nothing, and still catches the event that expired overnight.
        var log = Path.Combine(consumer.Directory, "next-day.log");
        var nextDay = consumer.Build("-p:_GovernanceExpiryCheckDate=" + Day(today.AddDays(2)), "-fileLogger", "-fileLoggerParameters:Verbosity=normal;LogFile=" + log);
        Assert.NotEqual(0, nextDay.ExitCode);
        var targets = File.ReadAllText(log);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", targets, StringComparison.Ordinal);
        Assert.DoesNotContain("Building target \"CoreCompile\"", targets, StringComparison.Ordinal);
        Assert.Equal(compiledAt, File.GetLastWriteTimeUtc(assembly));
        Assert.Equal(
            "Event 'lifecycle.preview_tried' expired on " + Day(today.AddDays(1)) + ": stop collecting it, or extend Expires after a new review (the policy allows up to " + Day(today.AddDays(367)) + ")",
            Assert.Single(nextDay.Diagnostics, d => d.Severity == "error" && d.Id == "GOV020").Message);

        // Pinned in .editorconfig: an event that expired yesterday (by the pinned date) and retention over the policy
        // fail the build, reported by the analyzers while compiling.
        consumer.WriteFile(".editorconfig", PinnedPolicy);
        consumer.WriteFile("Events.cs", Events("2026-05-31", 365, "Technical"));
        var failing = consumer.Build();
        Assert.NotEqual(0, failing.ExitCode);
        Assert.Contains(failing.Diagnostics, d => d.Id == "GOV020" && d.Severity == "error" && d.Message.StartsWith("Event 'lifecycle.preview_tried' expired on 2026-05-31", StringComparison.Ordinal));
        Assert.Contains(failing.Diagnostics, d => d.Id == "GOV022" && d.Severity == "error" && d.Message.StartsWith("Event 'lifecycle.report_exported' keeps data for 365 days, longer than the policy's 180", StringComparison.Ordinal));

        // Inside the horizon and the policy, the update build writes the baseline; the next build has nothing to report,
        // even with the build's own clock far past Expires: the pin decides, for the analyzers and the build alike.
        consumer.WriteFile("Events.cs", Events("2026-09-01", 180, "Technical"));
        consumer.Build("-p:GovernanceUpdateBaseline=true").AssertSucceeded();
        var baseline = File.ReadAllText(Path.Combine(consumer.Directory, "telemetry.reviewed.json"));
        Assert.Contains("\"name\": \"lifecycle.preview_tried\"", baseline, StringComparison.Ordinal);
        Assert.Contains("This build updated telemetry.reviewed.json", consumer.ReadOutput("telemetry-changes.md"), StringComparison.Ordinal);
        var reviewed = consumer.Build("-p:_GovernanceExpiryCheckDate=2099-01-01").AssertSucceeded();
        Assert.True(reviewed.Diagnostics.Count == 0, string.Join("\n", reviewed.Diagnostics.Select(d => d.Line)));
        Assert.Contains("No telemetry changes", consumer.ReadOutput("telemetry-changes.md"), StringComparison.Ordinal);

        // Changing one field's data class is exactly one GOV030 naming the field and both classes, and the changes
        // document lists it.
        consumer.WriteFile("Events.cs", Events("2026-09-01", 180, "Interaction"));
        var changed = consumer.Build().AssertSucceeded();
        var change = Assert.Single(changed.Diagnostics);
        Assert.Equal("GOV030", change.Id);
        Assert.StartsWith("Telemetry change not yet reviewed: field 'duration_seconds' of 'lifecycle.preview_tried' changed data class technical → interaction", change.Message, StringComparison.Ordinal);
        Assert.Contains("1 change against the reviewed baseline", consumer.ReadOutput("telemetry-changes.md"), StringComparison.Ordinal);
        Assert.Contains("- Field 'duration_seconds' of 'lifecycle.preview_tried' changed data class technical → interaction", consumer.ReadOutput("telemetry-changes.md"), StringComparison.Ordinal);
        Assert.Equal(baseline, File.ReadAllText(Path.Combine(consumer.Directory, "telemetry.reviewed.json")));
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"(line,column)" of the character after <paramref name="marker"/>, as the compiler counts them.</summary>
    private static string PositionOf(string source, string marker)
    {
        var offset = source.IndexOf(marker, StringComparison.Ordinal) + marker.Length - 1;
        var before = source[..offset];
        var line = before.Count(c => c == '\n') + 1;
        return $"({line},{offset - (before.LastIndexOf('\n') + 1) + 1})";
    }
}
