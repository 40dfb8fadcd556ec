using Governance.Analyzers.Tests.Infrastructure;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

/// <summary>GOV009: every field an event sends has a name of its own, the fields of the contexts it carries included.</summary>
public sealed class DuplicateWireNameRuleTests
{
    private const string RunContext = """
        [TelemetryContext]
        public partial record RunContext
        {
            [TelemetryField("Random identifier of this run.", DataClass = DataClass.Identifier, Name = "uuid")] public string SessionId { get; init; } = "";
            [TelemetryField("Operating system the app runs on.")] public string Os { get; init; } = "";
        }

        """;

    [Fact]
    public async Task Names_that_differ_only_in_case_and_events_that_leave_the_context_out_are_accepted()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + RunContext + """
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started
            {
                [TelemetryField("The same identifier, as older versions spell it.", DataClass = DataClass.Identifier, Name = "UUID")] public string Uuid { get; init; } = "";
            }

            [TelemetryEvent("app.installed", Purpose = "Count installations per installer, to know which to keep.", RetentionDays = 30, Consent = Consent.OptOut, IncludeContext = false)]
            public partial record Installed
            {
                [TelemetryField("Operating system the installer ran on.")] public string Os { get; init; } = "";
            }
            """);
    }

    [Fact]
    public async Task Two_fields_of_one_event_under_one_name_are_reported_on_the_second()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started
            {
                [TelemetryField("Version of the app.", Name = "version")] public string AppVersion { get; init; } = "";
                [TelemetryField("Version of the runtime.", Name = {|#0:"version"|})] public string RuntimeVersion { get; init; } = "";
                [TelemetryField("Version of the runtime, as a number.")] public int {|#1:Version|} { get; init; }
            }
            """,
            expected: [
                Diagnostic("GOV009").WithLocation(0).WithMessage("Field 'RuntimeVersion' of event 'app.started' is sent under the name 'version', which field 'AppVersion' already uses: give each field a name of its own ([TelemetryField(..., Name = \"...\")])"),
                Diagnostic("GOV009").WithLocation(1).WithArguments("Version", "event 'app.started'", "version", "AppVersion")]);
    }

    [Fact]
    public async Task An_event_field_with_the_name_of_a_context_field_is_reported()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + RunContext + """
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started
            {
                [TelemetryField("Operating system, as the installer saw it.")] public string {|#0:Os|} { get; init; } = "";
            }
            """,
            expected: Diagnostic("GOV009").WithLocation(0)
                .WithMessage("Field 'Os' of event 'app.started' is sent under the name 'os', which field 'Os' of context 'App.RunContext' uses too, and the event carries the context: rename one, or leave the context out of this event (IncludeContext = false)"));
    }

    [Fact]
    public async Task Two_contexts_of_the_product_with_one_name_are_reported_on_each()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + RunContext.Replace("public string Os", "public string {|#1:Os|}", StringComparison.Ordinal) + """
            [TelemetryContext]
            public partial record HostContext
            {
                [TelemetryField("Operating system of the host.")] public string {|#0:Os|} { get; init; } = "";
            }
            """,
            expected: [
                Diagnostic("GOV009").WithLocation(0).WithMessage("Field 'Os' of context 'HostContext' is sent under the name 'os', which field 'Os' of context 'App.RunContext' uses too: an event that carries both would send the name twice; rename one"),
                Diagnostic("GOV009").WithLocation(1).WithArguments("Os", "context 'RunContext'", "os", "Os", "App.HostContext", "")]);
    }

    [Fact]
    public async Task A_context_field_named_like_a_field_of_a_referenced_event_is_reported()
    {
        await WithReferences(
            [ReferencedLibrary.Build("Sync", new LibraryEvent("sync.finished", Fields: ["os"]))],
            () => AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
                [TelemetryContext]
                public partial record RunContext
                {
                    [TelemetryField("Operating system the app runs on.")] public string {|#0:Os|} { get; init; } = "";
                }
                """,
                expected: Diagnostic("GOV009").WithLocation(0)
                    .WithMessage("Field 'Os' of context 'RunContext' is sent under the name 'os', which event 'sync.finished' of assembly 'Sync' uses for its field 'os', and that event carries the context: rename the context's field")));
    }
}
