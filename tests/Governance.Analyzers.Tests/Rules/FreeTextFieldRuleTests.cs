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
    public async Task Errors_details_exception_data_arguments_parameters_and_user_agents_are_free_text()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record SearchFailed
            {
                [TelemetryField("The details of what happened.")] public string {|#0:Detail|} { get; init; } = "";
                [TelemetryField("The last error, as reported.")] public string {|#1:LastError|} { get; init; } = "";
                [TelemetryField("The error's details.")] public string {|#2:ErrorDetails|} { get; init; } = "";
                [TelemetryField("The exception's data dictionary, flattened.")] public string {|#3:ExceptionData|} { get; init; } = "";
                [TelemetryField("The exception's stack.")] public string {|#4:ExceptionStack|} { get; init; } = "";
                [TelemetryField("The arguments the user typed.")] public string {|#5:Arguments|} { get; init; } = "";
                [TelemetryField("The command's parameters.")] public string {|#6:CommandParameters|} { get; init; } = "";
                [TelemetryField("The browser's user agent.")] public string {|#7:UserAgent|} { get; init; } = "";
                [TelemetryField("The raw argument vector.", Name = "argv")] public string {|#8:Vector|} { get; init; } = "";
            }
            """,
            expected: [Warning(0).WithArguments("Detail", "app.search_failed", "detail"),
                       Warning(1).WithArguments("LastError", "app.search_failed", "error"),
                       Warning(2).WithArguments("ErrorDetails", "app.search_failed", "details"),
                       Warning(3).WithArguments("ExceptionData", "app.search_failed", "exception data"),
                       Warning(4).WithArguments("ExceptionStack", "app.search_failed", "exception stack"),
                       Warning(5).WithArguments("Arguments", "app.search_failed", "arguments"),
                       Warning(6).WithArguments("CommandParameters", "app.search_failed", "parameters"),
                       Warning(7).WithArguments("UserAgent", "app.search_failed", "user agent"),
                       Warning(8).WithArguments("Vector", "app.search_failed", "argv")]);
    }

    [Fact]
    public async Task Descriptions_of_the_platform_are_not_free_text()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record SearchFailed
            {
                [TelemetryField("RuntimeInformation.OSDescription.", Name = "runtime_os")] public string OSDescription { get; init; } = "";
                [TelemetryField("RuntimeInformation.FrameworkDescription.")] public string FrameworkDescription { get; init; } = "";
                [TelemetryField("The operating system, as the runtime describes it.", Name = "os_description")] public string Os { get; init; } = "";
                [TelemetryField("Environment.OSVersion.")] public string OsVersion { get; init; } = "";
            }
            """);
    }

    [Fact]
    public async Task Free_text_sent_as_a_keyed_hash_is_not_reported()
    {
        // Pseudonymize is read by name, so this holds whichever runtime version declares it; the attribute is
        // declared here with it so that the test does not depend on that version.
        await AnalyzeAsync<TelemetryEventAnalyzer>("""
            using System;
            using Governance;

            namespace Governance
            {
                [AttributeUsage(AttributeTargets.Property)]
                public sealed class TelemetryFieldAttribute : Attribute
                {
                    public TelemetryFieldAttribute(string description) => Description = description;
                    public string Description { get; }
                    public DataClass DataClass { get; set; }
                    public string? Name { get; set; }
                    public bool Pseudonymize { get; set; }
                }
            }

            namespace App
            {
            """ + Event + """
                public partial record SearchFailed
                {
                    [TelemetryField("The error, to count distinct ones.", DataClass = DataClass.Identifier)] public string Error { get; init; } = "";
                    [TelemetryField("The query, to count distinct ones.", Pseudonymize = true)] public string SearchQuery { get; init; } = "";
                    [TelemetryField("The page, as typed.", Pseudonymize = false)] public string {|#0:RequestUrl|} { get; init; } = "";
                }
            }
            """,
            expected: Warning(0).WithArguments("RequestUrl", "app.search_failed", "url"));
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
