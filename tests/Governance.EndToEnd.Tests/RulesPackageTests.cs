using Governance.EndToEnd.Tests.Infrastructure;

namespace Governance.EndToEnd.Tests;

/// <summary>
/// The rules as a user meets them: a fresh project that references only the package, with one minimal bad
/// declaration per rule beside correct ones. Each rule fires where expected, the errors fail the build, and the
/// correct declarations get no diagnostic at all.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class RulesPackageTests
{
    private const string Good = """
        using Governance;

        namespace Rules;

        [TelemetryEvent("rules.good_event", Purpose = "Show that a correct declaration builds without any diagnostic.",
            RetentionDays = 30, Consent = Consent.OptOut, Owner = "rules-team@example.org")]
        public partial record GoodEvent
        {
            [TelemetryField("A number that means nothing in particular.")]
            public int Number { get; init; }
        }
        """;

    // One bad declaration per rule; the line of each is asserted below.
    private const string Bad = """
        using System.Collections.Generic;
        using Governance;

        namespace Rules;

        [TelemetryEvent("rules.gov001", Purpose = "TODO", RetentionDays = 30, Consent = Consent.OptOut, Owner = "rules-team@example.org")]
        public partial record NoPurpose;

        [TelemetryEvent("rules.gov002", Purpose = "Show the retention rule firing on a bad value.", RetentionDays = 0, Consent = Consent.OptOut, Owner = "rules-team@example.org")]
        public partial record NoRetention;

        [TelemetryEvent("rules.gov003", Purpose = "Show the documentation rule firing on a field.", RetentionDays = 30, Consent = Consent.OptOut, Owner = "rules-team@example.org")]
        public partial record Undocumented { public int Value { get; init; } }

        [TelemetryEvent("rules.gov004", Purpose = "Show the field type rule firing on a string-keyed map.", RetentionDays = 30, Consent = Consent.OptOut, Owner = "rules-team@example.org")]
        public partial record Unbounded { [TelemetryField("Every setting the user changed.")] public Dictionary<string, string> Settings { get; init; } = new(); }

        [TelemetryEvent("Rules.Gov005", Purpose = "Show the event name rule firing on a bad name.", RetentionDays = 30, Consent = Consent.OptOut, Owner = "rules-team@example.org")]
        public partial record BadName;

        [TelemetryEvent("rules.gov006", Purpose = "Show the implementability rule firing on a type.", RetentionDays = 30, Consent = Consent.OptOut, Owner = "rules-team@example.org")]
        public record NotPartial;

        [TelemetryEvent("rules.gov007", Purpose = "Show the consent rule firing when consent is missing.", RetentionDays = 30, Owner = "rules-team@example.org")]
        public partial record NoConsent;
        """;

    // Documented but unclassified fields: personal-looking names, and look-alikes that must stay quiet.
    private const string PersonalData = """
        using Governance;

        namespace Rules;

        [TelemetryEvent("rules.profile_saved", Purpose = "Learn which profile fields people fill in, to simplify the form.",
            RetentionDays = 30, Consent = Consent.OptIn, Owner = "rules-team@example.org")]
        public partial record ProfileSaved
        {
            [TelemetryField("The address the receipt goes to.")] public string EmailAddress { get; init; } = "";
            [TelemetryField("The account that saved the profile.")] public string UserId { get; init; } = "";
            [TelemetryField("The person's date of birth.")] public System.DateTime DateOfBirth { get; init; }
            [TelemetryField("The socket's address family.")] public string AddressFamily { get; init; } = "";
            [TelemetryField("The IP protocol version in use.")] public int IpVersion { get; init; }
            [TelemetryField("How long saving took, in milliseconds.")] public double LatencyMs { get; init; }
            [TelemetryField("How many pages the form has.")] public int PageCount { get; init; }
            [TelemetryField("How often the heartbeat runs, in milliseconds.")] public int HeartbeatIntervalMs { get; init; }
            [TelemetryField("Whether diagnostics were switched on.")] public bool DiagnosticsEnabled { get; init; }
        }
        """;

    private readonly PackageFixture _packages;

    public RulesPackageTests(PackageFixture packages)
    {
        _packages = packages;
    }

    [Fact]
    public void Each_rule_fires_on_its_bad_declaration_and_fails_the_build()
    {
        var consumer = _packages.CreateConsumer("Rules")
            .WithProjectFile(outputType: "Library")
            // The reviewed-baseline rules have their own end-to-end test (LifecyclePackageTests).
            .WriteFile(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.GOV030.severity = none\n")
            .WriteFile("Good.cs", Good)
            .WriteFile("Bad.cs", Bad)
            .WriteFile("PersonalData.cs", PersonalData);

        var build = consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        var expected = new Dictionary<string, int>
        {
            ["GOV001"] = 6, ["GOV002"] = 9, ["GOV003"] = 13, ["GOV004"] = 16, ["GOV005"] = 18, ["GOV006"] = 22, ["GOV007"] = 24,
        };
        var ours = build.Diagnostics.Where(d => d.Id.StartsWith("GOV", StringComparison.Ordinal) && d.Line.Contains("Bad.cs", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Keys.Order(), ours.Select(d => d.Id).Distinct().Order());
        foreach (var (id, line) in expected)
        {
            var diagnostic = Assert.Single(ours, d => d.Id == id);
            Assert.Equal("error", diagnostic.Severity);
            Assert.Contains($"Bad.cs({line},", diagnostic.Line, StringComparison.Ordinal);
            Assert.Contains("rules.md#" + id.ToLowerInvariant(), diagnostic.Line, StringComparison.Ordinal);
        }

        // A map keyed by strings: the message says why and what to do instead.
        Assert.Contains("key it by an enum (IReadOnlyDictionary<TEnum, TValue>)", Assert.Single(ours, d => d.Id == "GOV004").Message, StringComparison.Ordinal);

        Assert.DoesNotContain(build.Diagnostics, d => d.Line.Contains("Good.cs", StringComparison.Ordinal));

        // GOV010 on the personal-looking names, naming the category; nothing on the look-alikes.
        var personal = build.Diagnostics.Where(d => d.Line.Contains("PersonalData.cs", StringComparison.Ordinal)).ToList();
        Assert.All(personal, d => Assert.Equal(("GOV010", "warning"), (d.Id, d.Severity)));
        Assert.Equal(3, personal.Count);
        Assert.Contains(personal, d => d.Message.StartsWith("Field 'EmailAddress' of event 'rules.profile_saved' looks like an e-mail address", StringComparison.Ordinal));
        Assert.Contains(personal, d => d.Message.StartsWith("Field 'UserId' of event 'rules.profile_saved' looks like a user, customer or account identifier", StringComparison.Ordinal));
        Assert.Contains(personal, d => d.Message.StartsWith("Field 'DateOfBirth' of event 'rules.profile_saved' looks like a date of birth", StringComparison.Ordinal));
        Assert.DoesNotContain(build.Diagnostics, d => d.Id is "AD0001" or "CS8785");
    }
}
