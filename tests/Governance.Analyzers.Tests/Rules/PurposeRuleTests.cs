using Governance.Analyzers.Tests.Infrastructure;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class PurposeRuleTests
{
    [Fact]
    public async Task A_real_purpose_is_accepted()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;
            """);
    }

    [Fact]
    public async Task A_missing_purpose_is_reported_on_the_attribute()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [{|#0:TelemetryEvent|}("cli.command_run", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record CommandRun;
            """,
            expected: Diagnostic("GOV001").WithLocation(0).WithMessage("Event 'cli.command_run' has no purpose: say why this data is collected"));
    }

    [Theory]
    [InlineData("TODO")]
    [InlineData("tbd")]
    [InlineData("TBD.")]
    [InlineData("n/a")]
    [InlineData("Test")]
    [InlineData("description")]
    [InlineData("TODO: explain why we collect this later")]
    [InlineData("FIXME write a purpose")]
    [InlineData("...")]
    public async Task Placeholder_purposes_are_reported_on_the_argument(string purpose)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + $$"""
            [TelemetryEvent("app.started", Purpose = {|#0:"{{purpose}}"|}, RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;
            """,
            expected: Diagnostic("GOV001").WithLocation(0).WithMessage($"Event 'app.started' has a placeholder purpose ('{purpose}'): say why this data is collected"));
    }

    [Theory]
    [InlineData("\"\"", "has an empty purpose")]
    [InlineData("\"   \"", "has an empty purpose")]
    [InlineData("null", "has no purpose")]
    [InlineData("\"Count starts\"", "has a purpose of only 2 words (at least 4 are needed)")]
    [InlineData("\"App started\"", "has a purpose that only repeats its name")]
    public async Task Empty_short_and_name_repeating_purposes_are_reported(string purpose, string problem)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + $$"""
            [TelemetryEvent("app.started", Purpose = {|#0:{{purpose}}|}, RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;
            """,
            expected: Diagnostic("GOV001").WithLocation(0).WithMessage($"Event 'app.started' {problem}: say why this data is collected"));
    }

    [Fact]
    public async Task Constant_expressions_are_read_like_literals()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            public static class Texts { public const string Why = "Count how often the app starts"; }

            [TelemetryEvent({|#0:"app." + nameof(Started)|}, Purpose = Texts.Why + " to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;
            """,
            expected: Diagnostic("GOV005").WithLocation(0).WithArguments("app.Started", "has an upper-case letter ('S'): the default format is lower-case snake_case words in two or more segments separated by '.', such as 'app.started'; to keep existing names, set governance.event_name_pattern"));
    }

    [Fact]
    public async Task The_minimum_number_of_words_is_configurable()
    {
        const string source = Usings + """
            [TelemetryEvent("app.started", Purpose = {|#0:"Size the servers."|}, RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;
            """;

        await AnalyzeAsync<TelemetryEventAnalyzer>(source.Replace("{|#0:", "").Replace("|}", ""), "governance.purpose_min_words = 3");
        await AnalyzeAsync<TelemetryEventAnalyzer>(source, "governance.purpose_min_words = 8",
            Diagnostic("GOV001").WithLocation(0).WithMessage("Event 'app.started' has a purpose of only 3 words (at least 8 are needed): say why this data is collected"));
    }

    [Fact]
    public async Task An_unreadable_option_is_reported_and_the_default_applies()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent("app.started", Purpose = {|#0:"Size the servers."|}, RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;
            """,
            "governance.purpose_min_words = many",
            Diagnostic("GOV001").WithLocation(0),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("GOV090", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithMessage("The value 'many' of option 'governance.purpose_min_words' is not valid: expected a whole number of at least 1; the default (4) is used"));
    }
}
