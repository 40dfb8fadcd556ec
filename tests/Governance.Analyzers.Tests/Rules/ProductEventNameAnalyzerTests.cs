using Microsoft.CodeAnalysis.Testing;
using Governance.Analyzers.Rules;
using Governance.Analyzers.Tests.Infrastructure;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

/// <summary>GOV008: an event name is declared once in the whole product, the events of referenced assemblies included.</summary>
public sealed class ProductEventNameAnalyzerTests
{
    private const string Started = """
        [TelemetryEvent({|#0:"app.started"|}, Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
        public partial record Started;
        """;

    private static DiagnosticResult DeclaredHere(string name, string assembly) =>
        Diagnostic("GOV008").WithLocation(0)
            .WithMessage($"Event name '{name}' is already declared by assembly '{assembly}', which this assembly references: each event name must be declared once in the whole product");

    private static DiagnosticResult DeclaredByReferences(string name, string assemblies) =>
        Diagnostic("GOV008")
            .WithMessage($"Event name '{name}' is declared by more than one assembly of the product ({assemblies}): each event name must be declared once in the whole product");

    [Fact]
    public async Task Distinct_names_across_the_product_are_accepted()
    {
        await WithReferences(
            [ReferencedLibrary.Build("Sync", new LibraryEvent("sync.finished")), ReferencedLibrary.Build("Storage", new LibraryEvent("storage.compacted"))],
            () => AnalyzeAsync<ProductEventNameAnalyzer>(Usings + Started));
    }

    [Fact]
    public async Task Without_referenced_events_nothing_is_reported()
    {
        await AnalyzeAsync<ProductEventNameAnalyzer>(Usings + Started);
    }

    [Fact]
    public async Task A_name_a_referenced_assembly_declares_is_reported_on_this_assemblys_declaration()
    {
        await WithReferences(
            [ReferencedLibrary.Build("Sync", new LibraryEvent("app.started"))],
            () => AnalyzeAsync<ProductEventNameAnalyzer>(Usings + Started, expected: DeclaredHere("app.started", "Sync")));
    }

    [Fact]
    public async Task A_name_that_reaches_the_assembly_through_another_library_names_its_declaring_assembly()
    {
        // Sync was built against Storage: its manifest carries Storage's event, which this assembly does not reference.
        await WithReferences(
            [ReferencedLibrary.Build("Sync", new LibraryEvent("sync.finished"), new LibraryEvent("app.started", Assembly: "Storage"))],
            () => AnalyzeAsync<ProductEventNameAnalyzer>(Usings + Started, expected: DeclaredHere("app.started", "Storage")));
    }

    [Fact]
    public async Task Two_referenced_assemblies_with_one_name_are_reported_on_the_product_declaration()
    {
        await WithReferences(
            [ReferencedLibrary.Build("Sync", new LibraryEvent("shared.done")), ReferencedLibrary.Build("Storage", new LibraryEvent("shared.done"))],
            () => AnalyzeAsync<ProductEventNameAnalyzer>(
                "using Governance;\n\n[assembly: {|#1:TelemetryProduct(\"Contoso Notes\")|}]\n\nnamespace App;\n\n" + Started.Replace("{|#0:\"app.started\"|}", "\"app.started\"", StringComparison.Ordinal),
                expected: DeclaredByReferences("shared.done", "'Storage' and 'Sync'").WithLocation(1)));
    }

    [Fact]
    public async Task Without_a_product_declaration_a_clash_between_references_is_reported_on_the_assembly()
    {
        await WithReferences(
            [ReferencedLibrary.Build("Sync", new LibraryEvent("shared.done")), ReferencedLibrary.Build("Storage", new LibraryEvent("shared.done")), ReferencedLibrary.Build("Search", new LibraryEvent("shared.done"))],
            () => AnalyzeAsync<ProductEventNameAnalyzer>(
                Usings + Started.Replace("{|#0:\"app.started\"|}", "\"app.started\"", StringComparison.Ordinal),
                expected: DeclaredByReferences("shared.done", "'Search', 'Storage' and 'Sync'")));
    }

    [Fact]
    public async Task A_reference_whose_manifest_cannot_be_read_declares_nothing()
    {
        // A manifest that is not one: the analyzers neither fail nor invent names.
        await WithReferences(
            [ReferencedLibrary.Build("Sync", new LibraryEvent("sync.finished")), ReferencedLibrary.WithManifest("Odd", "{\"manifestVersion\":1,\"events\":[{\"name\":\"app.started\"}]}")],
            () => AnalyzeAsync<ProductEventNameAnalyzer>(Usings + Started.Replace("{|#0:\"app.started\"|}", "\"app.started\"", StringComparison.Ordinal)));
    }
}
