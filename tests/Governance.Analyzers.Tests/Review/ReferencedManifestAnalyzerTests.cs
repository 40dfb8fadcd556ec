using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Governance.Analyzers.Review;
using Governance.Analyzers.Tests.Infrastructure;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Review;

/// <summary>GOV033: a referenced assembly's manifest that this version cannot read is reported, not silently dropped.</summary>
public sealed class ReferencedManifestAnalyzerTests
{
    private const string Started = """
        [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
        public partial record Started;
        """;

    private static DiagnosticResult Unreadable(string assembly, string reason) =>
        new DiagnosticResult("GOV033", DiagnosticSeverity.Warning)
            .WithMessage($"The telemetry manifest of referenced assembly '{assembly}' cannot be read ({reason}), so its events are missing from this product's manifest, privacy document, notice and review: build it with this version of Governance, or upgrade Governance here to the version it was built with");

    [Fact]
    public async Task Readable_manifests_are_accepted()
    {
        await WithReferences(
            [ReferencedLibrary.Build("Sync", new LibraryEvent("sync.finished"))],
            () => AnalyzeAsync<ReferencedManifestAnalyzer>(Usings + Started));
    }

    [Fact]
    public async Task A_manifest_of_a_newer_version_is_reported_on_the_product_declaration_once_per_assembly()
    {
        await WithReferences(
            [ReferencedLibrary.WithManifest("Sync", """{"manifestVersion":3,"generator":{"name":"Governance","version":"9.0.0"}}"""),
             ReferencedLibrary.WithManifest("Storage", "not json")],
            () => AnalyzeAsync<ReferencedManifestAnalyzer>("using Governance;\n[assembly: {|#0:TelemetryProduct(\"Contoso Notes\")|}]\nnamespace App;\n" + Started,
                expected: [Unreadable("Storage", "expected 'null' at line 1, column 1").WithLocation(0), Unreadable("Sync", "'manifestVersion' is not 1 or 2").WithLocation(0)]));
    }

    [Fact]
    public async Task Without_a_product_declaration_it_is_reported_on_the_assembly()
    {
        await WithReferences(
            [ReferencedLibrary.WithManifest("Sync", """{"manifestVersion":3}""")],
            () => AnalyzeAsync<ReferencedManifestAnalyzer>(Usings + Started, expected: Unreadable("Sync", "'manifestVersion' is not 1 or 2")));
    }
}
