using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Governance.Analyzers.Review;
using Governance.Analyzers.Tests.Infrastructure;
using Governance.CodeAnalysis.Baseline;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Review;

/// <summary>GOV030-GOV032: every difference from telemetry.reviewed.json is reported where it was made, once.</summary>
public sealed class ReviewedBaselineAnalyzerTests
{
    private const string BaselinePath = "/0/telemetry.reviewed.json";

    private const string Event = """
        [TelemetryEvent("cli.command_run", Purpose = "Learn which commands are used to prioritise work.", RetentionDays = 90, Consent = Consent.OptOut)]
        public partial record CommandRun
        {
            [TelemetryField("The command that ran, from a fixed list.", DataClass = DataClass.Interaction)] public string Command { get; init; } = "";
            [TelemetryField("Wall time in milliseconds.")] public int DurationMs { get; init; }
        }
        """;

    internal static string Baseline(int retention = 90, string commandClass = "interaction", string consent = "optOut", string purpose = "Learn which commands are used to prioritise work.", string extraEvent = "") =>
        new ReviewedBaseline(
            new[]
            {
                new ReviewedEvent("cli.command_run", purpose, retention, consent, "team", [new ReviewedField("command", "Command", commandClass), new ReviewedField("duration_ms", "DurationMs", "technical")]),
            }.Concat(extraEvent.Length == 0 ? [] : [new ReviewedEvent(extraEvent, "An event that was removed since the review.", 30, "optIn", "team", [])]).ToList()).Write();

    private static DiagnosticResult Change(int location, string change) =>
        new DiagnosticResult("GOV030", DiagnosticSeverity.Warning).WithLocation(location)
            .WithMessage("Telemetry change not yet reviewed: " + change + "; review it and update telemetry.reviewed.json (code fix, or dotnet build -p:GovernanceUpdateBaseline=true)");

    [Fact]
    public async Task Declarations_that_match_the_baseline_report_nothing()
    {
        await AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + Event, [(BaselinePath, Baseline())]);
    }

    [Fact]
    public async Task Without_a_baseline_every_event_is_reported_as_new()
    {
        await AnalyzeAsync<ReviewedBaselineAnalyzer>(Usings + """
            [{|#0:TelemetryEvent|}("cli.command_run", Purpose = "Learn which commands are used to prioritise work.", RetentionDays = 90, Consent = Consent.OptOut)]
            public partial record CommandRun;

            [{|#1:TelemetryEvent|}("cli.update_checked", Purpose = "Learn how often people check for updates.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record UpdateChecked;
            """,
            expected: [Change(0, "event 'cli.command_run' is new (there is no telemetry.reviewed.json yet)"),
                       Change(1, "event 'cli.update_checked' is new (there is no telemetry.reviewed.json yet)")]);
    }

    [Fact]
    public async Task Each_change_is_reported_once_where_it_was_made()
    {
        await AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + """
            [TelemetryEvent("cli.command_run", Purpose = {|#0:"Learn which commands are used, to prioritise work."|}, RetentionDays = {|#1:365|}, Consent = {|#2:Consent.OptIn|}, Access = {|#3:DataAccess.Organization|})]
            public partial record CommandRun
            {
                [TelemetryField("The command that ran, from a fixed list.", DataClass = {|#4:DataClass.Technical|})] public string Command { get; init; } = "";
                [TelemetryField("Wall time in milliseconds.", Name = "elapsed_ms")] public int {|#5:DurationMs|} { get; init; }
                [TelemetryField("Whether the command succeeded.")] public bool {|#6:Succeeded|} { get; init; }
            }
            """,
            [(BaselinePath, Baseline())],
            expected: [Change(0, "purpose of 'cli.command_run' changed from \"Learn which commands are used to prioritise work.\" to \"Learn which commands are used, to prioritise work.\""),
                       Change(1, "retention of 'cli.command_run' changed 90 → 365 days"),
                       Change(2, "consent of 'cli.command_run' changed optOut → optIn"),
                       Change(3, "access to 'cli.command_run' changed team → organization"),
                       Change(4, "field 'command' of 'cli.command_run' changed data class interaction → technical"),
                       Change(5, "field 'duration_ms' of 'cli.command_run' was renamed to 'elapsed_ms'"),
                       Change(6, "field 'succeeded' of 'cli.command_run' is new (technical)")]);
    }

    [Fact]
    public async Task A_removed_field_is_reported_on_the_event_and_a_removed_event_in_the_baseline()
    {
        var baseline = Baseline(extraEvent: "cli.retired");
        var eventLine = baseline.Split('\n').Select((line, index) => (line, index)).Last(l => l.line.Contains("\"name\": \"cli.retired\"", StringComparison.Ordinal)).index;
        await AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + """
            [{|#0:TelemetryEvent|}("cli.command_run", Purpose = "Learn which commands are used to prioritise work.", RetentionDays = 90, Consent = Consent.OptOut)]
            public partial record CommandRun
            {
                [TelemetryField("The command that ran, from a fixed list.", DataClass = DataClass.Interaction)] public string Command { get; init; } = "";
            }
            """,
            [(BaselinePath, baseline)],
            expected: [Change(0, "field 'duration_ms' of 'cli.command_run' was removed"),
                       new DiagnosticResult("GOV031", DiagnosticSeverity.Warning).WithSpan(BaselinePath, eventLine, 5, eventLine, 5)
                           .WithMessage("The reviewed baseline lists event 'cli.retired', which is no longer declared; review it and update telemetry.reviewed.json (code fix, or dotnet build -p:GovernanceUpdateBaseline=true)")]);
    }

    [Fact]
    public async Task An_unreadable_baseline_is_reported_once_instead_of_every_event()
    {
        await AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + Event, [(BaselinePath, "{ \"baselineVersion\": 1, \"events\": [ { \"name\": 3 ")],
            expected: new DiagnosticResult("GOV032", DiagnosticSeverity.Warning).WithSpan(BaselinePath, 1, 1, 1, 1)
                .WithMessage("telemetry.reviewed.json cannot be read: expected '}' at line 1, column 49; regenerate it with dotnet build -p:GovernanceUpdateBaseline=true"));
    }

    [Fact]
    public async Task A_baseline_that_is_not_strict_json_is_reported_as_unreadable()
    {
        // Both were accepted before the reader followed RFC 8259: a repeated key (which value was reviewed?) and a leading zero.
        await AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + Event, [(BaselinePath, "{ \"baselineVersion\": 1, \"baselineVersion\": 1, \"events\": [] }")],
            expected: new DiagnosticResult("GOV032", DiagnosticSeverity.Warning).WithSpan(BaselinePath, 1, 1, 1, 1)
                .WithMessage("telemetry.reviewed.json cannot be read: duplicate key 'baselineVersion' at line 1, column 25; regenerate it with dotnet build -p:GovernanceUpdateBaseline=true"));
        await AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + Event, [(BaselinePath, "{ \"baselineVersion\": 01, \"events\": [] }")],
            expected: new DiagnosticResult("GOV032", DiagnosticSeverity.Warning).WithSpan(BaselinePath, 1, 1, 1, 1)
                .WithMessage("telemetry.reviewed.json cannot be read: a number may not have leading zeros at line 1, column 22; regenerate it with dotnet build -p:GovernanceUpdateBaseline=true"));
    }

    /// <summary>The baseline of <see cref="Event"/> plus a referenced library's event, recorded with its assembly.</summary>
    internal static string BaselineWithLibrary(int libraryRetention = 30, string libraryEvent = "sync.finished") =>
        new ReviewedBaseline(
        [
            new ReviewedEvent("cli.command_run", "Learn which commands are used to prioritise work.", 90, "optOut", "team", [new ReviewedField("command", "Command", "interaction"), new ReviewedField("duration_ms", "DurationMs", "technical")]),
            new ReviewedEvent(libraryEvent, "Measure how long " + libraryEvent + " takes to size the service.", libraryRetention, "optOut", "team", [new ReviewedField("items", "items", "technical")], assembly: "Sync"),
        ]).Write();

    private static Microsoft.CodeAnalysis.MetadataReference SyncLibrary(int retention = 30, params string[] more) =>
        ReferencedLibrary.Build("Sync", new[] { new LibraryEvent("sync.finished", retention, Fields: "items") }.Concat(more.Select(name => new LibraryEvent(name, Fields: "items"))).ToArray());

    [Fact]
    public async Task A_referenced_assemblys_events_recorded_with_their_assembly_report_nothing()
    {
        await WithReferences([SyncLibrary()], () => AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + Event, [(BaselinePath, BaselineWithLibrary())]));
    }

    [Fact]
    public async Task A_library_upgrade_that_adds_one_event_gives_one_change_on_the_product_declaration()
    {
        await WithReferences([SyncLibrary(30, "sync.conflict_found")], () => AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(
            "using System;\nusing Governance;\n\n[assembly: {|#0:TelemetryProduct(\"Contoso CLI\")|}]\n\nnamespace App;\n\n" + Event,
            [(BaselinePath, BaselineWithLibrary())],
            expected: [Change(0, "event 'sync.conflict_found' of assembly 'Sync' is new")]));
    }

    [Fact]
    public async Task Without_a_product_declaration_a_changed_library_event_is_reported_at_its_entry_in_the_baseline()
    {
        var baseline = BaselineWithLibrary();
        var entryLine = baseline.Split('\n').Select((line, index) => (line, index)).Single(l => l.line.Contains("\"name\": \"sync.finished\"", StringComparison.Ordinal)).index;
        await WithReferences([SyncLibrary(retention: 60)], () => AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(
            Usings + Event,
            [(BaselinePath, baseline)],
            expected: [new DiagnosticResult("GOV030", DiagnosticSeverity.Warning).WithSpan(BaselinePath, entryLine, 5, entryLine, 5)
                .WithMessage("Telemetry change not yet reviewed: retention of 'sync.finished' of assembly 'Sync' changed 30 → 60 days; review it and update telemetry.reviewed.json (code fix, or dotnet build -p:GovernanceUpdateBaseline=true)")]));
    }

    [Fact]
    public async Task A_library_event_that_is_gone_is_reported_in_the_baseline_naming_its_assembly()
    {
        var baseline = BaselineWithLibrary(libraryEvent: "sync.retired");
        var entryLine = baseline.Split('\n').Select((line, index) => (line, index)).Single(l => l.line.Contains("\"name\": \"sync.retired\"", StringComparison.Ordinal)).index;
        await WithReferences([SyncLibrary()], () => AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(
            Usings + Event,
            [(BaselinePath, baseline)],
            expected: [new DiagnosticResult("GOV030", DiagnosticSeverity.Warning).WithSpan(BaselinePath, 1, 1, 1, 1)
                           .WithMessage("Telemetry change not yet reviewed: event 'sync.finished' of assembly 'Sync' is new; review it and update telemetry.reviewed.json (code fix, or dotnet build -p:GovernanceUpdateBaseline=true)"),
                       new DiagnosticResult("GOV031", DiagnosticSeverity.Warning).WithSpan(BaselinePath, entryLine, 5, entryLine, 5)
                           .WithMessage("The reviewed baseline lists event 'sync.retired' of assembly 'Sync', which is no longer declared; review it and update telemetry.reviewed.json (code fix, or dotnet build -p:GovernanceUpdateBaseline=true)")]));
    }

    [Fact]
    public async Task With_neither_baseline_nor_product_declaration_a_library_event_is_reported_on_the_assembly()
    {
        await WithReferences([SyncLibrary()], () => AnalyzeAsync<ReviewedBaselineAnalyzer>(
            Usings + Event.Replace("[TelemetryEvent(", "[{|#0:TelemetryEvent|}(", StringComparison.Ordinal),
            expected: [Change(0, "event 'cli.command_run' is new (there is no telemetry.reviewed.json yet)"),
                       new DiagnosticResult("GOV030", DiagnosticSeverity.Warning)
                           .WithMessage("Telemetry change not yet reviewed: event 'sync.finished' of assembly 'Sync' is new (there is no telemetry.reviewed.json yet); review it and update telemetry.reviewed.json (code fix, or dotnet build -p:GovernanceUpdateBaseline=true)")]));
    }

    private const string Context = """
        [{|#9:TelemetryContext|}]
        public partial record RunContext
        {
            [TelemetryField("Operating system the app runs on.")] public string Os { get; init; } = "";
            [TelemetryField("Folder the app runs in, which can hold the user's name.", Pseudonymize = true)] public string {|#8:Folder|} { get; init; } = "";
        }

        """;

    private static string BaselineWithContext(string? folderHashing, string contextType = "App.RunContext") =>
        new ReviewedBaseline(
            [new ReviewedEvent("cli.command_run", "Learn which commands are used to prioritise work.", 90, "optOut", "team", [new ReviewedField("command", "Command", "interaction"), new ReviewedField("duration_ms", "DurationMs", "technical")])],
            [new ReviewedContext(contextType, [new ReviewedField("os", "Os", "technical"), new ReviewedField("folder", "Folder", "technical", folderHashing)])]).Write();

    [Fact]
    public async Task A_reviewed_context_reports_nothing_and_a_new_one_is_reported_on_its_declaration()
    {
        await AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + Context + Event, [(BaselinePath, BaselineWithContext("keyed"))]);
        await AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + Context + Event, [(BaselinePath, Baseline())],
            expected: Change(9, "context 'App.RunContext' is new"));
    }

    [Fact]
    public async Task A_field_that_starts_being_sent_hashed_is_a_change_to_review()
    {
        await AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + Context + Event, [(BaselinePath, BaselineWithContext(null))],
            expected: Change(8, "field 'folder' of context 'App.RunContext' is now sent as a hash (keyed)"));
    }

    [Fact]
    public async Task A_context_that_is_gone_is_reported_in_the_baseline()
    {
        var baseline = BaselineWithContext("keyed", contextType: "App.RetiredContext");
        var line = baseline.Split('\n').Select((text, index) => (text, index)).First(l => l.text.Contains("App.RetiredContext", StringComparison.Ordinal)).index;
        await AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + Event, [(BaselinePath, baseline)],
            expected: new DiagnosticResult("GOV031", DiagnosticSeverity.Warning).WithSpan(BaselinePath, line - 1, 7, line - 1, 7)
                .WithMessage("The reviewed baseline lists context 'App.RetiredContext', which is no longer declared; review it and update telemetry.reviewed.json (code fix, or dotnet build -p:GovernanceUpdateBaseline=true)"));
    }

    [Fact]
    public async Task An_event_that_carries_a_context_with_personal_data_is_reviewed_as_opt_in()
    {
        await AnalyzeWithFilesAsync<ReviewedBaselineAnalyzer>(Usings + """
            [TelemetryContext]
            public partial record RunContext
            {
                [TelemetryField("The user's display name.", DataClass = DataClass.Personal)] public string DisplayName { get; init; } = "";
            }

            [TelemetryEvent("cli.command_run", Purpose = "Learn which commands are used to prioritise work.", RetentionDays = 90, Consent = {|#0:Consent.OptOut|})]
            public partial record CommandRun
            {
                [TelemetryField("The command that ran, from a fixed list.", DataClass = DataClass.Interaction)] public string Command { get; init; } = "";
                [TelemetryField("Wall time in milliseconds.")] public int DurationMs { get; init; }
            }
            """,
            [(BaselinePath, new ReviewedBaseline(
                [new ReviewedEvent("cli.command_run", "Learn which commands are used to prioritise work.", 90, "optOut", "team", [new ReviewedField("command", "Command", "interaction"), new ReviewedField("duration_ms", "DurationMs", "technical")])],
                [new ReviewedContext("App.RunContext", [new ReviewedField("display_name", "DisplayName", "personal")])]).Write())],
            expected: Change(0, "consent of 'cli.command_run' changed optOut → optIn"));
    }

    [Fact]
    public void Review_diagnostics_link_to_the_configured_rules_document()
    {
        // A new event (GOV030 in code), a removed one (GOV031, at compilation end) and a changed library (GOV030 in the baseline).
        const string RulesDocument = "https://wiki.example.org/governance/rules.html";
        var compilation = AnalyzerRunner.Compile(Usings + Event.Replace("cli.command_run", "cli.renamed", StringComparison.Ordinal)).AddReferences(SyncLibrary(retention: 60));
        var options = Governance.Testing.AnalyzerInputs.Create(new Dictionary<string, string> { ["governance.help_base_url"] = RulesDocument }, ("/0/" + ReviewedBaseline.FileName, BaselineWithLibrary()));
        var diagnostics = AnalyzerRunner.Run(compilation, [new ReviewedBaselineAnalyzer()], options).AssertNoExceptions().Diagnostics;

        Assert.Equal(["GOV030", "GOV031"], diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(RulesDocument + "#" + d.Id.ToLowerInvariant(), d.Descriptor.HelpLinkUri));
    }

    [Fact]
    public async Task Nothing_is_reported_while_the_build_updates_the_baseline()
    {
        await AnalyzeAsync<ReviewedBaselineAnalyzer>(Usings + Event, "build_property.GovernanceUpdateBaseline = true");
    }
}
