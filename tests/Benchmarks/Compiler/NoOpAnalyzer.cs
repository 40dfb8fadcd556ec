using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Governance.Benchmarks.Compiler;

/// <summary>
/// The baseline for analyzer cost: an analyzer that asks for every named type and does nothing with it. Running it
/// through <see cref="CompilationWithAnalyzers"/> costs what any analyzer costs before it does work of its own
/// (binding the whole compilation to produce compilation events, and the analyzer driver), so Governance's analyzers
/// minus this is what they add. Handed to the driver directly, never loaded by a compiler, so it is not attributed.
/// </summary>
#pragma warning disable RS1001 // No [DiagnosticAnalyzer]: see above.
internal sealed class NoOpAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    // One enabled descriptor, or the driver would treat the analyzer as switched off and skip it.
#pragma warning disable RS2008 // Release tracking is for shipped analyzers; this one never ships or reports.
    private static readonly DiagnosticDescriptor Never = new(
        "BENCH000",
        "Never reported",
        "Never reported",
        "Benchmark",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);
#pragma warning restore RS2008

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
    }
}
