using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.Reliability.Tests.Infrastructure;

namespace Governance.Reliability.Tests.Concurrency;

/// <summary>
/// Every analyzer says it is safe to run concurrently and says what it does with generated code, so the compiler
/// may run it on many threads at once and never reports on our own emitters.
/// </summary>
public sealed class AnalyzerRegistrationTests
{
    public static TheoryData<string> AnalyzerNames => new(Toolchain.Analyzers.Select(a => a.GetType().Name));

    [Fact]
    public void The_package_has_analyzers_to_check() =>
        Assert.True(Toolchain.Analyzers.Length >= 3, string.Join(", ", Toolchain.Analyzers.Select(a => a.GetType().Name)));

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void Analyzer_enables_concurrent_execution_and_skips_generated_code(string name)
    {
        var analyzer = Toolchain.Analyzers.Single(a => a.GetType().Name == name);
        var context = new RecordingAnalysisContext();

        analyzer.Initialize(context);

        Assert.True(context.ConcurrentExecutionEnabled, $"{name} does not call EnableConcurrentExecution()");
        Assert.Equal(GeneratedCodeAnalysisFlags.None, context.GeneratedCodeAnalysis);
        Assert.True(context.Registrations > 0, $"{name} registers no actions");
    }

    /// <summary>Records what an analyzer asks of the host during <see cref="DiagnosticAnalyzer.Initialize"/>.</summary>
    private sealed class RecordingAnalysisContext : AnalysisContext
    {
        public bool ConcurrentExecutionEnabled { get; private set; }

        /// <summary>Null until the analyzer configures it: an analyzer that never does gets the host's default.</summary>
        public GeneratedCodeAnalysisFlags? GeneratedCodeAnalysis { get; private set; }

        public int Registrations { get; private set; }

        public override void EnableConcurrentExecution() => ConcurrentExecutionEnabled = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCodeAnalysis = analysisMode;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => Registrations++;

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Registrations++;

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registrations++;

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registrations++;

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registrations++;

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registrations++;

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registrations++;

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registrations++;

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Registrations++;

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registrations++;

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Registrations++;

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registrations++;

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registrations++;
    }
}
