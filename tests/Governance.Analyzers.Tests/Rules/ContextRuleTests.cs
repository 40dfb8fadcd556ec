using Governance.Analyzers.Tests.Infrastructure;
using Governance.CodeFixes;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

/// <summary>
/// Common contexts are governed like events: their fields by the same rules (GOV003, GOV004, GOV006, GOV010, GOV013),
/// and the events that carry them with the context's fields counted as their own (GOV011, GOV014).
/// </summary>
public sealed class ContextRuleTests
{
    private const string OptOutEvent = """
        [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = {|#9:Consent.OptOut|})]
        public partial record Started
        {
            [TelemetryField("Whether the start was warm.")] public bool Warm { get; init; }
        }
        """;

    [Fact]
    public async Task A_documented_context_of_supported_types_is_accepted()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            using System.Collections.Generic;

            [TelemetryContext]
            public partial record RunContext
            {
                [TelemetryField("Operating system the app runs on.")] public string Os { get; init; } = "";
                [TelemetryField("Random identifier of this run.", DataClass = DataClass.Identifier)] public string SessionId { get; init; } = "";
                [TelemetryField("Coding assistants detected.", OmitWhenNull = true)] public IReadOnlyList<string>? Assistants { get; init; }
                [TelemetryField("Processors by kind.")] public IReadOnlyDictionary<DayOfWeek, int>? PerDay { get; init; }
            }

            [TelemetryContext]
            public partial struct MachineContext
            {
                [TelemetryField("Number of processors.")] public int Processors { get; init; }
            }
            """ + OptOutEvent.Replace("{|#9:", "").Replace("|})]", ")]"));
    }

    [Fact]
    public async Task Context_fields_are_documented_and_bounded_like_event_fields()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            using System.Collections.Generic;

            [TelemetryContext]
            public partial record RunContext
            {
                public string {|#0:Os|} { get; init; } = "";
                [TelemetryField("Values of the options given, by option name.")] public {|#1:IReadOnlyDictionary<string, string>?|} Options { get; init; }
            }
            """,
            expected: [
                Diagnostic("GOV003").WithLocation(0).WithMessage("Field 'Os' of context 'RunContext' has no [TelemetryField] description: say what it contains with [TelemetryField(\"...\")], or exclude it with [TelemetryIgnore]"),
                Diagnostic("GOV004").WithLocation(1).WithArguments("Options", "RunContext", "IReadOnlyDictionary<string, string>?",
                    "is keyed by values chosen at run time, so no description can say which keys are sent (an option name or a user's input becomes a field name); "
                    + "key it by an enum (IReadOnlyDictionary<TEnum, TValue>), whose members are the keys the manifest lists, or send one event per key")]);
    }

    [Fact]
    public async Task A_context_the_generator_cannot_extend_is_reported_and_made_partial()
    {
        await FixAsync<TelemetryEventAnalyzer, MakePartialCodeFixProvider>(Usings + """
            [TelemetryContext]
            public record {|#0:RunContext|}
            {
                [TelemetryField("Operating system the app runs on.")] public string Os { get; init; } = "";
            }
            """,
            Usings + """
            [TelemetryContext]
            public partial record RunContext
            {
                [TelemetryField("Operating system the app runs on.")] public string Os { get; init; } = "";
            }
            """,
            expected: Diagnostic("GOV006").WithLocation(0).WithMessage("Context type 'RunContext' cannot get its generated descriptor and SetContext: it is not partial; add the 'partial' modifier"));
    }

    [Fact]
    public async Task A_type_declared_both_an_event_and_a_context_is_reported_once_as_a_context()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryContext]
            [TelemetryEvent("app.both", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record {|#0:Both|}
            {
                [TelemetryField("Operating system the app runs on.")] public string Os { get; init; } = "";
            }
            """,
            expected: Diagnostic("GOV006").WithLocation(0).WithArguments("Both", "is declared an event too; a type is an event or a context, not both: remove one of the attributes"));
    }

    [Fact]
    public async Task Personal_looking_and_free_text_context_fields_are_reported()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryContext]
            public partial record RunContext
            {
                [TelemetryField("The e-mail address of the user.")] public string {|#0:EmailAddress|} { get; init; } = "";
                [TelemetryField("The last error the program printed.")] public string {|#1:ErrorMessage|} { get; init; } = "";
            }
            """,
            expected: [
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult("GOV010", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0),
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult("GOV013", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1)
                    .WithMessage("Field 'ErrorMessage' of context 'RunContext' looks like free text ('error message'), which can carry anything a user typed or a program printed: send a bounded value (an enum, a length, a flag), or classify it Personal in an opt-in event")]);
    }

    [Fact]
    public async Task An_opt_out_event_that_carries_personal_context_data_is_reported_and_the_fix_requires_opt_in()
    {
        const string Context = """
            [TelemetryContext]
            public partial record RunContext
            {
                [TelemetryField("The user's display name.", DataClass = DataClass.Personal)] public string DisplayName { get; init; } = "";
            }

            """;
        await FixAsync<TelemetryEventAnalyzer, RequireOptInCodeFixProvider>(Usings + Context + OptOutEvent,
            Usings + Context + OptOutEvent.Replace("{|#9:Consent.OptOut|}", "Consent.OptIn"),
            expected: Diagnostic("GOV011").WithLocation(9).WithLocation(9)
                .WithMessage("Event 'app.started' is opt-out but carries context 'App.RunContext', whose field 'DisplayName' is classified Personal: personal and sensitive data needs the user's agreement (Consent = Consent.OptIn), or leave the context out of this event (IncludeContext = false)"));
    }

    [Fact]
    public async Task An_event_that_leaves_the_context_out_is_judged_without_it()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryContext]
            public partial record RunContext
            {
                [TelemetryField("The user's display name.", DataClass = DataClass.Personal)] public string DisplayName { get; init; } = "";
                [TelemetryField("Whether the start was warm.")] public bool Warm { get; init; }
            }

            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut, Access = DataAccess.Public, IncludeContext = false)]
            public partial record Started
            {
                [TelemetryField("Whether the start was warm.")] public bool Warm { get; init; }
            }
            """);
    }

    [Fact]
    public async Task A_public_event_that_carries_an_identifier_in_its_context_is_reported()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryContext]
            public partial record RunContext
            {
                [TelemetryField("Random identifier of this run.", DataClass = DataClass.Identifier)] public string SessionId { get; init; } = "";
            }

            [TelemetryEvent("app.version_seen", Purpose = "Count which versions are in use, to publish adoption figures.", RetentionDays = 30, Consent = Consent.OptOut, Access = {|#0:DataAccess.Public|})]
            public partial record VersionSeen
            {
                [TelemetryField("Version of the app.")] public string Version { get; init; } = "";
            }
            """,
            expected: Diagnostic("GOV014").WithLocation(0)
                .WithMessage("Event 'app.version_seen' has public access but its field 'SessionId' (Identifier, of context 'App.RunContext') is not anonymous: public data must be anonymous; restrict Access or drop those fields"));
    }

    [Fact]
    public async Task A_context_field_with_personal_data_is_reported_against_the_opt_out_events_of_referenced_libraries()
    {
        await WithReferences(
            [ReferencedLibrary.Build("Sync", new LibraryEvent("sync.finished"), new LibraryEvent("sync.opted_in", Consent: "optIn"))],
            () => AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
                [TelemetryContext]
                public partial record RunContext
                {
                    [TelemetryField("The user's display name.", DataClass = {|#0:DataClass.Personal|})] public string DisplayName { get; init; } = "";
                }
                """,
                expected: Diagnostic("GOV011").WithLocation(0)
                    .WithMessage("Field 'DisplayName' of context 'RunContext' is classified Personal, but opt-out events of the product carry the context: 'sync.finished' of assembly 'Sync'; personal and sensitive data needs the user's agreement: classify the field lower, or keep personal data out of the context")));
    }

    [Fact]
    public async Task Personal_data_flowing_into_a_context_field_is_reported()
    {
        await AnalyzeAsync<Governance.Analyzers.DataFlow.PersonalDataFlowAnalyzer>(Usings + """
            [TelemetryContext]
            public partial record RunContext
            {
                [TelemetryField("Name of the machine's role, from a fixed list.")] public string Role { get; init; } = "";
                [TelemetryField("Folder the app runs in, hashed.", Pseudonymize = true)] public string Folder { get; init; } = "";
            }

            public static class Setup
            {
                public static RunContext Create() => new RunContext { Role = {|#0:Environment.UserName|}, Folder = Environment.CurrentDirectory };
            }
            """,
            expected: new Microsoft.CodeAnalysis.Testing.DiagnosticResult("GOV012", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("Environment.UserName (the user's account name) flows into field 'Role' of context 'RunContext', which is classified Technical: classify the field Personal or Identifier, or sanitise the value (for example with TelemetryClient.Pseudonymize)"));
    }
}
