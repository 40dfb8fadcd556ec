using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class RetentionRuleTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(90)]
    [InlineData(3650)]
    public async Task Plausible_retention_is_accepted(int days)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + $$"""
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = {{days}}, Consent = Consent.OptOut)]
            public partial record Started;
            """);
    }

    [Fact]
    public async Task Missing_retention_is_reported_on_the_attribute()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [{|#0:TelemetryEvent|}("app.started", Purpose = "Count how often the app starts to size the servers.", Consent = Consent.OptOut)]
            public partial record Started;
            """,
            expected: Diagnostic("GOV002").WithLocation(0).WithMessage("Event 'app.started' has no retention period: set RetentionDays to the number of days the data is kept"));
    }

    [Theory]
    [InlineData("0", "keeps data for 0 days, which is not a period")]
    [InlineData("-5", "keeps data for -5 days, which is not a period")]
    [InlineData("3651", "keeps data for 3651 days, more than ten years")]
    [InlineData("int.MaxValue", "keeps data for 2147483647 days, more than ten years")]
    public async Task Zero_negative_and_absurd_retention_is_reported_on_the_argument(string days, string problem)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + $$"""
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = {|#0:{{days}}|}, Consent = Consent.OptOut)]
            public partial record Started;
            """,
            expected: Diagnostic("GOV002").WithLocation(0).WithMessage($"Event 'app.started' {problem}: set RetentionDays to the number of days the data is kept"));
    }
}
