using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class FreeTextFieldRuleTests
{
    private const string Event = """
        [TelemetryEvent("app.search_failed", Purpose = "Find out why searches fail so they can be fixed.", RetentionDays = 30, Consent = Consent.OptIn)]

        """;

    private static DiagnosticResult Warning(int location) => new DiagnosticResult("GOV013", DiagnosticSeverity.Warning).WithLocation(location);

    [Fact]
    public async Task Free_text_strings_are_reported()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record SearchFailed
            {
                [TelemetryField("What went wrong, as printed.")] public string {|#0:ErrorMessage|} { get; init; } = "";
                [TelemetryField("What the user searched for.")] public string {|#1:SearchQuery|} { get; init; } = "";
                [TelemetryField("Where it failed.")] public string {|#2:StackTrace|} { get; init; } = "";
                [TelemetryField("The page that was asked for.")] public string {|#3:RequestUrl|} { get; init; } = "";
                [TelemetryField("The file that was opened.")] public string {|#4:FilePath|} { get; init; } = "";
                [TelemetryField("What the user wrote in the box.")] public string? {|#5:Comment|} { get; init; }
            }
            """,
            expected: [Warning(0).WithMessage("Field 'ErrorMessage' of event 'app.search_failed' looks like free text ('error message'), which can carry anything a user typed or a program printed: send a bounded value (an enum, a length, a flag), or classify it Personal in an opt-in event"),
                       Warning(1).WithArguments("SearchQuery", "app.search_failed", "search query"),
                       Warning(2).WithArguments("StackTrace", "app.search_failed", "stack trace"),
                       Warning(3).WithArguments("RequestUrl", "app.search_failed", "url"),
                       Warning(4).WithArguments("FilePath", "app.search_failed", "file path"),
                       Warning(5).WithArguments("Comment", "app.search_failed", "comment")]);
    }

    [Fact]
    public async Task Bounded_values_look_alikes_and_personal_free_text_are_not_reported()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + "public enum Outcome { Found, NotFound }\n\n" + Event + """
            public partial record SearchFailed
            {
                [TelemetryField("The message's identifier.")] public string MessageId { get; init; } = "";
                [TelemetryField("How many messages there were.")] public int MessageCount { get; init; }
                [TelemetryField("The service's base address.")] public string BaseUrl { get; init; } = "";
                [TelemetryField("Whether a comment was written.")] public bool HasComment { get; init; }
                [TelemetryField("How long the query was, in characters.")] public int QueryLength { get; init; }
                [TelemetryField("What the user wrote, on purpose.", DataClass = DataClass.Personal)] public string? Comment { get; init; }
                [TelemetryField("The outcome, from a fixed list.")] public Outcome Message { get; init; }
            }
            """);
    }

    [Fact]
    public async Task Allowed_names_silence_the_rule()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record SearchFailed
            {
                [TelemetryField("A fixed message key from the resource file.")] public string StatusMessage { get; init; } = "";
            }
            """, "governance.pii.allowed_names = StatusMessage");
    }
}
