using System.Collections.Immutable;
using Governance.Benchmarks.Infrastructure;
using Governance.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace Governance.Benchmarks.Compiler;

/// <summary>
/// Build time in process, side by side: Governance's generator on the events project and the LoggerMessage generator
/// on its twin (a fresh <see cref="GeneratorDriver"/> and compilation per run), then Governance's analyzers and a
/// no-op analyzer through <see cref="CompilationWithAnalyzers"/> on the events project with its generated code.
/// Runs are interleaved (one of each per iteration) so drift on a shared machine hits every contender alike.
/// </summary>
internal sealed class BuildTimeBenchmark
{
    private const string BaselinePath = "/bench/telemetry.reviewed.json";

    private readonly CompilerComponents _components;
    private readonly Action<string> _log;

    public BuildTimeBenchmark(CompilerComponents components, Action<string> log)
    {
        _components = components;
        _log = log;
    }

    public CompileSizeResult Run(int eventCount, int warmups, int iterations)
    {
        var project = SyntheticProject.Create(eventCount);
        var directory = "/bench/n" + eventCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var eventTrees = CompilationFactory.Parse(project.EventSources(), Path.Combine(directory, "events"));
        var loggingTrees = CompilationFactory.Parse(project.LoggingSources(), Path.Combine(directory, "logging"));
        var baseline = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(BaselinePath, project.BaselineJson()));
        _log($"N={eventCount}: {project.FileCount} files, {project.FieldCount} fields; verifying");

        var verification = Verify(project, eventTrees, loggingTrees, baseline, out var analysisTrees);
        _log($"N={eventCount}: verified ({verification.DiagnosticsWithoutBaseline} GOV030 without a baseline, {verification.DiagnosticsWithBaseline} diagnostics with it); "
            + $"{warmups} warm-up and {iterations} measured iterations");

        var governanceGenerator = new List<Sample>();
        var governanceDriver = new List<double>();
        var loggingGenerator = new List<Sample>();
        var loggingDriver = new List<double>();
        var analyzers = new List<Sample>();
        var noOp = new List<Sample>();
        var binding = new List<Sample>();
        var analyzerTimes = _components.GovernanceAnalyzers.ToDictionary(a => a, _ => new List<double>());
        AnalyzerTelemetryInfo?[] lastTelemetry = new AnalyzerTelemetryInfo?[_components.GovernanceAnalyzers.Length];
        var noOpAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer());

        for (var i = 0; i < warmups + iterations; i++)
        {
            var measured = i >= warmups;

            // The order alternates between iterations, so neither side always runs on the heap the other left behind.
            Sample ours = default, theirs = default, analyzed = default, baselineRun = default;
            double ourTiming = 0, theirTiming = 0;
            int diagnostics = 0, noOpDiagnostics = 0;
            AnalyzerTelemetryInfo[] telemetry = Array.Empty<AnalyzerTelemetryInfo>();
            void Ours()
            {
                ours = RunGenerator(_components.GovernanceGenerators, eventTrees, CompilationFactory.EventReferences, baseline, out ourTiming);
                analyzed = RunAnalyzers(_components.GovernanceAnalyzers, analysisTrees, baseline, out diagnostics, out telemetry);
            }

            void Theirs()
            {
                theirs = RunGenerator(_components.LoggingGenerators, loggingTrees, CompilationFactory.LoggingReferences, ImmutableArray<AdditionalText>.Empty, out theirTiming);
                baselineRun = RunAnalyzers(noOpAnalyzers, analysisTrees, baseline, out noOpDiagnostics, out _);
            }

            if (i % 2 == 0)
            {
                Ours();
                Theirs();
            }
            else
            {
                Theirs();
                Ours();
            }

            var bound = Measure.Once(() => CompilationFactory.Create("Bench", analysisTrees, CompilationFactory.EventReferences).GetDiagnostics());

            if (diagnostics != verification.ExpectedDiagnosticsWithBaseline || noOpDiagnostics != 0)
            {
                throw new InvalidOperationException($"N={eventCount}: the analyzers reported {diagnostics} diagnostics (expected {verification.ExpectedDiagnosticsWithBaseline}); the no-op analyzer {noOpDiagnostics}.");
            }

            if (!measured)
            {
                continue;
            }

            governanceGenerator.Add(ours);
            governanceDriver.Add(ourTiming);
            loggingGenerator.Add(theirs);
            loggingDriver.Add(theirTiming);
            analyzers.Add(analyzed);
            noOp.Add(baselineRun);
            binding.Add(bound);
            for (var a = 0; a < telemetry.Length; a++)
            {
                analyzerTimes[_components.GovernanceAnalyzers[a]].Add(telemetry[a].ExecutionTime.TotalMilliseconds);
                lastTelemetry[a] = telemetry[a];
            }

            _log($"  N={eventCount} #{i - warmups + 1}: Governance generator {ours.Milliseconds:F1} ms, LoggerMessage {theirs.Milliseconds:F1} ms, "
                + $"analyzers {analyzed.Milliseconds:F1} ms vs no-op {baselineRun.Milliseconds:F1} ms, binding {bound.Milliseconds:F1} ms");
        }

        // Each analyzer alone against the no-op analyzer (paired runs), to say which one the added time comes from.
        var soloRepeats = iterations >= 10 ? 3 : 1;
        var solo = new List<AnalyzerSolo>();
        foreach (var analyzer in _components.GovernanceAnalyzers)
        {
            var deltas = new List<double>();
            var deltaBytes = new List<double>();
            for (var r = 0; r < soloRepeats; r++)
            {
                var aloneFirst = r % 2 == 0;
                var reference = aloneFirst ? default : RunAnalyzers(noOpAnalyzers, analysisTrees, baseline, out _, out _);
                var alone = RunAnalyzers(ImmutableArray.Create(analyzer), analysisTrees, baseline, out _, out _);
                if (aloneFirst)
                {
                    reference = RunAnalyzers(noOpAnalyzers, analysisTrees, baseline, out _, out _);
                }

                deltas.Add(alone.Milliseconds - reference.Milliseconds);
                deltaBytes.Add(alone.AllocatedBytes - reference.AllocatedBytes);
            }

            solo.Add(new AnalyzerSolo(analyzer.GetType().Name, Stats.Of(deltas), Stats.Of(deltaBytes)));
            _log($"  N={eventCount}: {analyzer.GetType().Name} alone adds {Stats.Of(deltas).Median:F1} ms, {Stats.Of(deltaBytes).Median / 1e6:F1} MB over the no-op analyzer");
        }

        // What the analyzers add, per iteration: the paired wall-time difference against the no-op analyzer, but never
        // less than the time the driver measured inside their callbacks (the difference is noisy on a shared machine).
        var deltaMs = analyzers.Zip(noOp, (a, b) => a.Milliseconds - b.Milliseconds).ToList();
        var callbackMs = Enumerable.Range(0, analyzers.Count).Select(i => analyzerTimes.Values.Sum(times => times[i])).ToList();
        var addedMs = deltaMs.Zip(callbackMs, Math.Max).ToList();
        var addedBytes = analyzers.Zip(noOp, (a, b) => (double)(a.AllocatedBytes - b.AllocatedBytes)).ToList();
        var totalMs = governanceGenerator.Zip(addedMs, (g, a) => g.Milliseconds + a).ToList();
        var totalBytes = governanceGenerator.Zip(addedBytes, (g, a) => g.AllocatedBytes + a).ToList();
        var addedCpu = analyzers.Zip(noOp, (a, b) => a.CpuMilliseconds - b.CpuMilliseconds).Zip(callbackMs, Math.Max).ToList();
        var totalCpu = governanceGenerator.Zip(addedCpu, (g, a) => g.CpuMilliseconds + a).ToList();

        return new CompileSizeResult(
            eventCount,
            project.FileCount,
            project.FieldCount,
            warmups,
            iterations,
            verification,
            Stats.Of(governanceGenerator.Select(s => s.Milliseconds)),
            Stats.Of(governanceGenerator.Select(s => (double)s.AllocatedBytes)),
            Stats.Of(governanceDriver),
            Stats.Of(loggingGenerator.Select(s => s.Milliseconds)),
            Stats.Of(loggingGenerator.Select(s => (double)s.AllocatedBytes)),
            Stats.Of(loggingDriver),
            Stats.Of(analyzers.Select(s => s.Milliseconds)),
            Stats.Of(analyzers.Select(s => (double)s.AllocatedBytes)),
            Stats.Of(noOp.Select(s => s.Milliseconds)),
            Stats.Of(noOp.Select(s => (double)s.AllocatedBytes)),
            Stats.Of(deltaMs),
            Stats.Of(callbackMs),
            Stats.Of(addedMs),
            Stats.Of(addedBytes),
            Stats.Of(totalMs),
            Stats.Of(totalBytes),
            Stats.Of(totalCpu),
            Stats.Of(loggingGenerator.Select(s => s.CpuMilliseconds)),
            Stats.Of(binding.Select(s => s.Milliseconds)),
            Stats.Of(binding.Select(s => (double)s.AllocatedBytes)),
            _components.GovernanceAnalyzers.Select((a, index) => new AnalyzerTiming(
                a.GetType().Name,
                Stats.Of(analyzerTimes[a]),
                lastTelemetry[index]?.SymbolActionsCount ?? 0,
                lastTelemetry[index]?.OperationActionsCount ?? 0,
                lastTelemetry[index]?.SyntaxNodeActionsCount ?? 0,
                lastTelemetry[index]?.CompilationEndActionsCount ?? 0)).ToList(),
            solo);
    }

    /// <summary>One generator run on a fresh compilation and a fresh driver; the driver's own timing comes out too.</summary>
    private static Sample RunGenerator(ImmutableArray<ISourceGenerator> generators, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, ImmutableArray<AdditionalText> additionalTexts, out double driverTimingMs)
    {
        var compilation = CompilationFactory.Create("Bench", trees, references);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, additionalTexts, CompilationFactory.ParseOptions, optionsProvider: null, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        var sample = Measure.Once(() => driver = driver.RunGenerators(compilation));
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("The generator failed.", result.Exception);
        }

        driverTimingMs = driver.GetTimingInfo().ElapsedTime.TotalMilliseconds;
        return sample;
    }

    /// <summary>All diagnostics of the given analyzers over a fresh compilation, single-threaded, with execution times.</summary>
    private static Sample RunAnalyzers(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<SyntaxTree> trees, ImmutableArray<AdditionalText> additionalTexts, out int diagnosticCount, out AnalyzerTelemetryInfo[] telemetry)
    {
        var compilation = CompilationFactory.Create("Bench", trees, CompilationFactory.EventReferences);
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalTexts),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        ImmutableArray<Diagnostic> diagnostics = default;
        var sample = Measure.Once(() => diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
        if (exceptions.Count > 0)
        {
            throw new InvalidOperationException("An analyzer threw.", exceptions[0]);
        }

        diagnosticCount = diagnostics.Length;
        telemetry = analyzers.Select(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult()).ToArray();
        return sample;
    }

    /// <summary>
    /// Untimed checks: both generators run cleanly and their output compiles without errors; Governance's analyzers
    /// report exactly nothing with the reviewed baseline, and exactly one GOV030 per event without it (so they saw
    /// every event). Returns the events project with its generated code, which the analyzers then run on.
    /// </summary>
    private CompileVerification Verify(SyntheticProject project, ImmutableArray<SyntaxTree> eventTrees, ImmutableArray<SyntaxTree> loggingTrees, ImmutableArray<AdditionalText> baseline, out ImmutableArray<SyntaxTree> analysisTrees)
    {
        var (ourOutput, ourFiles, ourChars) = Generate(_components.GovernanceGenerators, eventTrees, CompilationFactory.EventReferences, baseline, "Governance");
        var (theirOutput, theirFiles, theirChars) = Generate(_components.LoggingGenerators, loggingTrees, CompilationFactory.LoggingReferences, ImmutableArray<AdditionalText>.Empty, "LoggerMessage");
        if (ourFiles != project.EventCount + 1)
        {
            throw new InvalidOperationException($"Governance generated {ourFiles} files for {project.EventCount} events (expected one per event and the manifest).");
        }

        var ourProblems = ourOutput.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var theirProblems = theirOutput.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var errors = ourProblems.Concat(theirProblems).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("A synthetic project does not compile:\n" + string.Join("\n", errors.Take(20)));
        }

        analysisTrees = ourOutput.SyntaxTrees.ToImmutableArray();
        RunAnalyzers(_components.GovernanceAnalyzers, analysisTrees, baseline, out var withBaseline, out _);
        var withoutBaseline = AnalyzerDiagnostics(analysisTrees);
        var expectedWithout = project.EventCount;
        var byId = string.Join(", ", withoutBaseline.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " x" + g.Count()));
        if (withBaseline != 0)
        {
            throw new InvalidOperationException($"The analyzers reported {withBaseline} diagnostics on N={project.EventCount} clean events with their reviewed baseline (expected 0).");
        }

        if (withoutBaseline.Length != expectedWithout || withoutBaseline.Any(d => d.Id != "GOV030"))
        {
            throw new InvalidOperationException($"Without a baseline the analyzers reported {byId}; expected GOV030 x{expectedWithout} and nothing else:\n"
                + string.Join("\n", withoutBaseline.Where(d => d.Id != "GOV030").Take(20)));
        }

        return new CompileVerification(
            ourFiles,
            ourChars,
            theirFiles,
            theirChars,
            ourProblems.Count(d => d.Severity == DiagnosticSeverity.Error),
            ourProblems.Count(d => d.Severity == DiagnosticSeverity.Warning),
            theirProblems.Count(d => d.Severity == DiagnosticSeverity.Error),
            theirProblems.Count(d => d.Severity == DiagnosticSeverity.Warning),
            0,
            withBaseline,
            expectedWithout,
            withoutBaseline.Length,
            byId);
    }

    private ImmutableArray<Diagnostic> AnalyzerDiagnostics(ImmutableArray<SyntaxTree> trees)
    {
        var compilation = CompilationFactory.Create("Bench", trees, CompilationFactory.EventReferences);
        return compilation.WithAnalyzers(_components.GovernanceAnalyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    private static (Compilation Output, int Files, long Chars) Generate(ImmutableArray<ISourceGenerator> generators, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, ImmutableArray<AdditionalText> additionalTexts, string name)
    {
        var compilation = CompilationFactory.Create("Bench", trees, references);
        var driver = CSharpGeneratorDriver.Create(generators, additionalTexts, CompilationFactory.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null || diagnostics.Length > 0)
        {
            throw new InvalidOperationException($"The {name} generator did not run cleanly: {result.Exception?.Message} {string.Join("; ", diagnostics.Take(10))}");
        }

        return (output, result.GeneratedSources.Length, result.GeneratedSources.Sum(s => (long)s.SourceText.Length));
    }
}
