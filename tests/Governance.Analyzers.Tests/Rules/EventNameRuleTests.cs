using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class EventNameRuleTests
{
    private const string Format = "is not in the required format: lower-case snake_case words in dot-separated segments, such as 'cli.command_run'";

    [Theory]
    [InlineData("cli.command_run")]
    [InlineData("shop.checkout.completed")]
    [InlineData("app2.http2_request")]
    [InlineData("a.b")]
    public async Task Well_formed_names_are_accepted(string name)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + $$"""
            [TelemetryEvent("{{name}}", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;
            """);
    }

    [Theory]
    [InlineData("CommandRun", "has a single segment; name it '<area>.<event>', such as 'cli.command_run'")]
    [InlineData("cli", "has a single segment; name it '<area>.<event>', such as 'cli.command_run'")]
    [InlineData("cli.CommandRun", Format)]
    [InlineData("cli..run", Format)]
    [InlineData("cli.command-run", Format)]
    [InlineData("1cli.run", Format)]
    [InlineData("cli.run_", Format)]
    [InlineData("cli.run__twice", Format)]
    [InlineData("cli.run ", Format)]
    [InlineData("", "is empty")]
    [InlineData("area.an_event_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and", "is 84 characters long; the limit is 80")]
    public async Task Malformed_names_are_reported_on_the_name(string name, string problem)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + $$"""
            [TelemetryEvent({|#0:"{{name}}"|}, Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;
            """,
            expected: Diagnostic("GOV005").WithLocation(0).WithMessage($"Event name '{name}' {problem}"));
    }

    [Fact]
    public async Task A_name_declared_twice_is_reported_on_every_declaration()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent({|#0:"app.started"|}, Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;

            [TelemetryEvent({|#1:"app.started"|}, Purpose = "Count how often the app starts, again, by mistake.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record StartedAgain;

            [TelemetryEvent("app.stopped", Purpose = "Count how often the app stops to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Stopped;
            """,
            expected: [Diagnostic("GOV005").WithLocation(0).WithMessage("Event name 'app.started' is also declared by 'App.StartedAgain': each event name must be declared once"),
                       Diagnostic("GOV005").WithLocation(1).WithMessage("Event name 'app.started' is also declared by 'App.Started': each event name must be declared once")]);
    }
}
