using System.Collections.Immutable;
using System.Globalization;
using Governance.Benchmarks.Compiler;
using Governance.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Governance.Benchmarks.DataFlow;

/// <summary>
/// What GOV012 (<c>PersonalDataFlowAnalyzer</c>) costs on a large code base of ordinary C# with a few events
/// (<see cref="OrdinaryCodeBase"/>): the analyzer alone through <see cref="CompilationWithAnalyzers"/> against the
/// no-op analyzer, in paired runs on a fresh compilation each (the order alternates), single-threaded like the
/// compile step. Both pay for binding the whole compilation, which a build pays anyway; the difference is what the
/// rule adds. Every run must report exactly the flows the code base plants.
/// </summary>
internal sealed class DataFlowBenchmark
{
    private const string AnalyzerName = "PersonalDataFlowAnalyzer";

    private readonly CompilerComponents _components;
    private readonly Action<string> _log;

    public DataFlowBenchmark(CompilerComponents components, Action<string> log)
    {
        _components = components;
        _log = log;
    }

    public DataFlowResults Run(int lines, int warmups, int iterations, bool quick)
    {
        var code = OrdinaryCodeBase.Create(lines);
        var trees = CompilationFactory.Parse(code.Files, "/bench/dataflow");
        var analyzer = _components.GovernanceAnalyzers.Single(a => a.GetType().Name == AnalyzerName);
        var rule = ImmutableArray.Create(analyzer);
        var noOp = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer());
        _log($"dataflow: {code.Lines:N0} lines in {code.Files.Count:N0} files, {code.EventTypes} event types, {code.Sends} sends ({code.ExpectedFindings} with personal data); "
            + $"{warmups} warm-up and {iterations} measured pairs");

        var compileErrors = CompilationFactory.Create("Ordinary", trees, CompilationFactory.EventReferences).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        if (compileErrors > 0)
        {
            throw new InvalidOperationException($"The generated code base does not compile ({compileErrors} errors).");
        }

        var added = new List<double>();
        var addedCpu = new List<double>();
        var addedBytes = new List<double>();
        var callbacks = new List<double>();
        var alone = new List<double>();
        var baseline = new List<double>();
        for (var i = 0; i < warmups + iterations; i++)
        {
            Sample ruleRun = default, noOpRun = default;
            var findings = 0;
            var callbackMs = 0.0;
            void Rule() => ruleRun = Run(trees, rule, out findings, out callbackMs);
            void Baseline() => noOpRun = Run(trees, noOp, out _, out _);
            if (i % 2 == 0)
            {
                Rule();
                Baseline();
            }
            else
            {
                Baseline();
                Rule();
            }

            if (findings != code.ExpectedFindings)
            {
                throw new InvalidOperationException($"GOV012 reported {findings} flows; the code base plants {code.ExpectedFindings}.");
            }

            if (i < warmups)
            {
                continue;
            }

            // As in the compile step: the larger of the paired difference and the time spent inside the rule's callbacks,
            // so that noise on a shared machine can hide nothing the rule itself did.
            added.Add(Math.Max(ruleRun.Milliseconds - noOpRun.Milliseconds, callbackMs));
            addedCpu.Add(ruleRun.CpuMilliseconds - noOpRun.CpuMilliseconds);
            addedBytes.Add(ruleRun.AllocatedBytes - noOpRun.AllocatedBytes);
            callbacks.Add(callbackMs);
            alone.Add(ruleRun.Milliseconds);
            baseline.Add(noOpRun.Milliseconds);
            _log($"  dataflow #{i - warmups + 1}: GOV012 {ruleRun.Milliseconds:F0} ms vs no-op {noOpRun.Milliseconds:F0} ms (callbacks {callbackMs:F1} ms)");
        }

        var result = new DataFlowResults(
            quick,
            DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            code.Lines,
            code.Files.Count,
            code.EventTypes,
            code.Sends,
            code.ExpectedFindings,
            Stats.Of(alone),
            Stats.Of(baseline),
            Stats.Of(added),
            Stats.Of(addedCpu),
            Stats.Of(callbacks),
            Stats.Of(addedBytes));
        _log($"dataflow: GOV012 adds {result.Added.Median:F0} ms (processor {result.AddedCpu.Median:F0} ms; callbacks {result.Callbacks.Median:F1} ms) = "
            + $"{result.SecondsPer100kLines:F3} s per 100k lines (target < {DataFlowResults.TargetSecondsPer100kLines:F1} s)");
        return result;
    }

    private static Sample Run(ImmutableArray<SyntaxTree> trees, ImmutableArray<DiagnosticAnalyzer> analyzers, out int findings, out double callbackMs)
    {
        CompilationWithAnalyzers? withAnalyzers = null;
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        var sample = Measure.Once(() =>
        {
            withAnalyzers = CompilationFactory.Create("Ordinary", trees, CompilationFactory.EventReferences).WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        });
        findings = diagnostics.Count(d => d.Id == "GOV012");
        callbackMs = withAnalyzers!.GetAnalyzerTelemetryInfoAsync(analyzers[0], CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
        return sample;
    }
}

/// <summary>The figures of the <c>dataflow</c> step (dataflow.json).</summary>
internal sealed record DataFlowResults(
    bool Quick,
    string Date,
    int Lines,
    int Files,
    int EventTypes,
    int Sends,
    int Findings,
    Stats WithRule,
    Stats WithNoOp,
    Stats Added,
    Stats AddedCpu,
    Stats Callbacks,
    Stats AddedBytes)
{
    public const string FileName = "dataflow.json";

    public const double TargetSecondsPer100kLines = 0.2;

    /// <summary>The median time the rule adds (per pair, the larger of the wall-time difference and its callbacks), in seconds per 100,000 lines.</summary>
    public double SecondsPer100kLines => Added.Median / 1000 * 100_000 / Lines;
}
