using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Governance.CodeFixes;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

/// <summary>
/// GOV020-GOV024: expiry, retention policy and owners, with the date pinned by governance.today; and what the date rules
/// do when the build gives the compiler a date (a pinned GovernanceToday, the IDE's design-time build) or none (a
/// command-line build, where the build task checks expiry after compile: tests/Governance.Build.Tests).
/// </summary>
public sealed class LifecycleRuleTests
{
    private const string Today = "governance.today = 2026-06-01";

    /// <summary>The date as the build gives it to the compiler: a global config's build_property (see Verifier).</summary>
    private const string BuildToday = "build_property.GovernanceToday = 2026-06-01";

    private static string Declaration(string arguments) => Usings + $$"""
        [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut{{arguments}})]
        public partial record Started;
        """;

    [Theory]
    [InlineData("")]
    [InlineData(", Expires = \"2026-06-01\"")]
    [InlineData(", Expires = \"2027-06-01\"")]
    public async Task Events_without_expiry_or_expiring_today_or_later_within_the_horizon_are_accepted(string arguments)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(arguments), Today);
    }

    [Fact]
    public async Task An_expired_event_is_reported_on_its_expiry()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(", Expires = {|#0:\"2026-05-31\"|}"), Today,
            Diagnostic("GOV020").WithLocation(0).WithMessage("Event 'app.started' expired on 2026-05-31: stop collecting it, or extend Expires after a new review (the policy allows up to 2027-06-01)"));
    }

    [Fact]
    public async Task The_expired_event_fixes_extend_the_expiry_to_the_horizon_or_remove_the_declaration()
    {
        await FixWithAsync<TelemetryEventAnalyzer, ExpiredEventCodeFixProvider>("ExtendExpiry",
            Declaration(", Expires = {|#0:\"2026-05-31\"|}"),
            Declaration(", Expires = \"2027-06-01\""),
            Today,
            Diagnostic("GOV020").WithLocation(0));

        await FixWithAsync<TelemetryEventAnalyzer, ExpiredEventCodeFixProvider>("RemoveExpiredEvent",
            Usings + """
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut, Expires = {|#0:"2026-05-31"|})]
            public partial record Started;

            [TelemetryEvent("app.stopped", Purpose = "Count how often the app stops to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Stopped;
            """,
            Usings + """
            [TelemetryEvent("app.stopped", Purpose = "Count how often the app stops to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Stopped;
            """,
            Today,
            Diagnostic("GOV020").WithLocation(0));
    }

    [Fact]
    public async Task Expiry_beyond_the_horizon_and_missing_required_expiry_are_reported()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(", Expires = {|#0:\"2026-08-01\"|}"), Today + "\ngovernance.expiry_horizon_days = 30",
            new DiagnosticResult("GOV021", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("Event 'app.started' expires on 2026-08-01, beyond the policy horizon of 30 days (2026-07-01): set an earlier date and review the event again then"));

        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [{|#0:TelemetryEvent|}("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;
            """,
            Today + "\ngovernance.require_expiry = true",
            new DiagnosticResult("GOV021", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("Event 'app.started' does not declare when it expires, and the policy requires it: set Expires (yyyy-MM-dd, at most 2027-06-01)"));
    }

    [Fact]
    public async Task The_date_the_build_gives_the_compiler_drives_the_date_rules_and_a_pin_wins_over_it()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(", Expires = {|#0:\"2026-05-31\"|}"), BuildToday,
            Diagnostic("GOV020").WithLocation(0).WithMessage("Event 'app.started' expired on 2026-05-31: stop collecting it, or extend Expires after a new review (the policy allows up to 2027-06-01)"));

        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(", Expires = {|#0:\"2026-08-01\"|}"), BuildToday + "\ngovernance.expiry_horizon_days = 30",
            new DiagnosticResult("GOV021", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("Event 'app.started' expires on 2026-08-01, beyond the policy horizon of 30 days (2026-07-01): set an earlier date and review the event again then"));

        // governance.today pins the date for the files it applies to, whatever date the build gives.
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(", Expires = \"2026-05-31\""), BuildToday + "\ngovernance.today = 2026-05-01");

        // The code fix works from the date the design-time build gives, as the IDE runs it.
        await FixWithAsync<TelemetryEventAnalyzer, ExpiredEventCodeFixProvider>("ExtendExpiry",
            Declaration(", Expires = {|#0:\"2026-05-31\"|}"),
            Declaration(", Expires = \"2027-06-01\""),
            BuildToday,
            Diagnostic("GOV020").WithLocation(0));
    }

    [Fact]
    public async Task Without_a_date_the_date_rules_are_left_to_the_build_and_the_others_still_apply()
    {
        // A command-line build gives the compiler no date: nothing is guessed from the clock, so an event expired long
        // ago or far beyond any horizon is not reported here (the build task reports both after compile).
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(", Expires = \"2000-01-01\""));
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(", Expires = \"2999-12-31\""), "governance.expiry_horizon_days = 30");

        // What needs no date is still checked: a missing required expiry (without the horizon it cannot state), a malformed one.
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [{|#0:TelemetryEvent|}("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;
            """,
            "governance.require_expiry = true",
            new DiagnosticResult("GOV021", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("Event 'app.started' does not declare when it expires, and the policy requires it: set Expires (yyyy-MM-dd)"));
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(", Expires = {|#0:\"31/12/2027\"|}"), null,
            Diagnostic("GOV024").WithLocation(0));
    }

    [Fact]
    public async Task An_expiry_that_is_not_a_date_is_reported()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(", Expires = {|#0:\"31/12/2027\"|}"), Today,
            Diagnostic("GOV024").WithLocation(0).WithMessage("Event 'app.started' has Expires = \"31/12/2027\", which is not a date written as yyyy-MM-dd"));
    }

    [Fact]
    public async Task Retention_above_the_policy_maximum_is_reported_and_fixed()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(string.Empty), Today + "\ngovernance.max_retention_days = 30");

        await FixAsync<TelemetryEventAnalyzer, MaximumRetentionCodeFixProvider>(Usings + """
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = {|#0:365|}, Consent = Consent.OptOut)]
            public partial record Started;
            """,
            Usings + """
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 180, Consent = Consent.OptOut)]
            public partial record Started;
            """,
            "governance.max_retention_days = 180",
            Diagnostic("GOV022").WithLocation(0).WithMessage("Event 'app.started' keeps data for 365 days, longer than the policy's 180: shorten RetentionDays"));
    }

    [Fact]
    public async Task An_event_without_an_owner_is_reported()
    {
        await WithOwnerRule(async () =>
        {
            await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(", Owner = \"app-team@example.org\""));
            await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
                [{|#0:TelemetryEvent|}("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
                public partial record Started;

                [TelemetryEvent("app.stopped", Purpose = "Count how often the app stops to size the servers.", RetentionDays = 30, Consent = Consent.OptOut, Owner = {|#1:" "|})]
                public partial record Stopped;
                """,
                expected: [new DiagnosticResult("GOV023", DiagnosticSeverity.Warning).WithLocation(0).WithMessage("Event 'app.started' has no owner: set Owner to the team or person who answers for it, such as a team address"),
                           new DiagnosticResult("GOV023", DiagnosticSeverity.Warning).WithLocation(1)]);
        });
    }

    [Fact]
    public async Task A_malformed_pinned_date_is_reported_and_switches_the_date_rules_off()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(", Expires = \"2000-01-01\""), "governance.today = tomorrow",
            new DiagnosticResult("GOV090", DiagnosticSeverity.Warning)
                .WithMessage("The value 'tomorrow' of option 'governance.today' is not valid: expected a date as yyyy-MM-dd; the expiry rules are not applied until it is fixed"));
    }

    [Theory]
    [InlineData("governance.max_retention_days = -3", "governance.max_retention_days", "-3", "expected a whole number of days, at least 1; the policy is not applied until it is fixed")]
    [InlineData("governance.expiry_horizon_days = a year", "governance.expiry_horizon_days", "a year", "expected a whole number of days, at least 1; the policy is not applied until it is fixed")]
    [InlineData("governance.require_expiry = yes please", "governance.require_expiry", "yes please", "expected true or false; the default (false) is used")]
    public async Task Malformed_policy_values_are_reported(string setting, string key, string value, string problem)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Declaration(string.Empty), setting + "\n" + Today,
            new DiagnosticResult("GOV090", DiagnosticSeverity.Warning).WithMessage($"The value '{value}' of option '{key}' is not valid: {problem}"));
    }
}
