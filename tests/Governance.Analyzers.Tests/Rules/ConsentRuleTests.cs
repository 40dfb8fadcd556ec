using Governance.CodeFixes;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class ConsentRuleTests
{
    [Theory]
    [InlineData("Consent.OptIn")]
    [InlineData("Consent.OptOut")]
    public async Task Declared_consent_is_accepted(string consent)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + $$"""
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = {{consent}})]
            public partial record Started;
            """);
    }

    [Fact]
    public async Task Missing_consent_is_reported_and_fixed_with_opt_in()
    {
        await FixAsync<TelemetryEventAnalyzer, RequireOptInCodeFixProvider>(Usings + """
            [{|#0:TelemetryEvent|}("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30)]
            public partial record Started;
            """,
            Usings + """
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial record Started;
            """,
            expected: Diagnostic("GOV007").WithLocation(0).WithMessage("Event 'app.started' does not declare its consent model: set Consent = Consent.OptIn (sent only after the user agrees) or Consent.OptOut (sent unless the user refuses)"));
    }

    [Fact]
    public async Task An_out_of_range_consent_is_reported_and_replaced_with_opt_in()
    {
        await FixAsync<TelemetryEventAnalyzer, RequireOptInCodeFixProvider>(Usings + """
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = {|#0:(Consent)7|})]
            public partial record Started;
            """,
            Usings + """
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial record Started;
            """,
            expected: Diagnostic("GOV007").WithLocation(0).WithArguments("app.started", "has a consent value that is neither OptIn nor OptOut"));
    }

    [Fact]
    public async Task Fix_all_adds_opt_in_to_every_event_and_works_without_a_using()
    {
        await FixAsync<TelemetryEventAnalyzer, RequireOptInCodeFixProvider>("""
            namespace App;

            [{|#0:Governance.TelemetryEvent|}("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30)]
            public partial record Started;

            [{|#1:Governance.TelemetryEvent|}("app.stopped", Purpose = "Count how often the app stops to size the servers.", RetentionDays = 30)]
            public partial record Stopped;
            """,
            """
            using Governance;

            namespace App;

            [Governance.TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial record Started;

            [Governance.TelemetryEvent("app.stopped", Purpose = "Count how often the app stops to size the servers.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial record Stopped;
            """,
            expected: [Diagnostic("GOV007").WithLocation(0), Diagnostic("GOV007").WithLocation(1)]);
    }
}
