using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Governance.Benchmarks.Infrastructure;
using Governance.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Governance.Benchmarks.Compiler;

/// <summary>
/// Where the build time goes, component by component, side by side in one process (issue 17's profiling): the
/// Governance generator, the LoggerMessage generator, the reference generator (the same attribute lookup with a
/// trivial transform: Roslyn's own share), and Governance's analyzers all together and each alone, with the reviewed
/// baseline and without it, each against the no-op analyzer and against a no-op analyzer that also asks for
/// operations (what the driver costs an analyzer that registers operation actions, before its callbacks run).
/// Every contender runs once per iteration, in an order that rotates, so drift on a shared machine reaches them all.
/// Figures: wall time, processor time of this process and allocated bytes (deterministic: other processes do not
/// change them), median and min, and for analyzers the time inside their callbacks (<c>logAnalyzerExecutionTime</c>).
/// With <c>--compare DIR</c> a second build of the generator and analyzers (a copy of their files in DIR, loaded in a
/// context of its own) runs beside this repository's, contender for contender: an A/B of a prototype in one process.
/// </summary>
internal sealed class ComponentBenchmark
{
    private const string BaselinePath = "/bench/telemetry.reviewed.json";

    private readonly IReadOnlyList<(string Label, CompilerComponents Components)> _builds;
    private readonly Action<string> _log;

    public ComponentBenchmark(IReadOnlyList<(string Label, CompilerComponents Components)> builds, Action<string> log)
    {
        _builds = builds;
        _log = log;
    }

    public ComponentResults Run(int eventCount, int warmups, int iterations, IReadOnlyCollection<string>? only)
    {
        var project = SyntheticProject.Create(eventCount);
        var directory = "/bench/n" + eventCount.ToString(CultureInfo.InvariantCulture);
        var eventTrees = CompilationFactory.Parse(project.EventSources(), Path.Combine(directory, "events"));
        var loggingTrees = CompilationFactory.Parse(project.LoggingSources(), Path.Combine(directory, "logging"));
        var baseline = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(BaselinePath, project.BaselineJson()));
        var none = ImmutableArray<AdditionalText>.Empty;

        var contenders = new List<Contender>();
        string? firstOutput = null;
        foreach (var (label, components) in _builds)
        {
            // The analyzers run over the events with the code this build's generator produced, checked first.
            var analysisTrees = Generate(components.GovernanceGenerators, eventTrees, baseline, label, out var generatedChars);
            var prefix = _builds.Count == 1 ? string.Empty : label + ": ";
            var output = Check(components.GovernanceAnalyzers, analysisTrees, baseline, expected: 0, eventCount, prefix)
                + Check(components.GovernanceAnalyzers, analysisTrees, none, expected: eventCount, eventCount, prefix)
                + string.Join("\n", analysisTrees.Select(t => t.FilePath + "\n" + t));

            // Two builds must agree exactly: the same generated sources and the same diagnostics (id, place, message).
            if (firstOutput is not null && output != firstOutput)
            {
                throw new InvalidOperationException($"N={eventCount}: {prefix}generated sources or diagnostics differ from {_builds[0].Label}'s.");
            }

            firstOutput ??= output;
            _log($"N={eventCount}: {prefix}verified{(_builds.Count > 1 && label != _builds[0].Label ? " (generated sources and diagnostics identical to " + _builds[0].Label + "'s)" : string.Empty)}; {generatedChars:N0} chars generated");

            contenders.Add(Contender.Generator(prefix + "Governance generator", components.GovernanceGenerators, eventTrees, CompilationFactory.EventReferences, baseline));
            foreach (var (suffix, texts) in new[] { (" (baseline)", baseline), (" (no baseline)", none) })
            {
                contenders.Add(Contender.Analyzers(prefix + "all analyzers" + suffix, components.GovernanceAnalyzers, analysisTrees, texts));
                foreach (var analyzer in components.GovernanceAnalyzers)
                {
                    // Only the baseline analyzer reads the baseline: the others run once.
                    if (suffix == " (no baseline)" && analyzer.GetType().Name != "ReviewedBaselineAnalyzer")
                    {
                        continue;
                    }

                    contenders.Add(Contender.Analyzers(prefix + analyzer.GetType().Name + (analyzer.GetType().Name == "ReviewedBaselineAnalyzer" ? suffix : string.Empty), ImmutableArray.Create(analyzer), analysisTrees, texts));
                }
            }

            // What the driver's parse of this output costs (it parses every added source): the share of the generator's
            // time that only emitting less can lower.
            var generatedTexts = analysisTrees.Skip(eventTrees.Length).Select(t => t.GetText().ToString()).ToArray();
            contenders.Add(Contender.Parse(prefix + "parse of the Governance generator's output", generatedTexts));

            if (_builds.Count == 1 || label == _builds[0].Label)
            {
                contenders.Add(Contender.Analyzers("no-op analyzer", ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer()), analysisTrees, baseline));
                contenders.Add(Contender.Analyzers("no-op operation analyzer", ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpOperationAnalyzer()), analysisTrees, baseline));
                contenders.Add(Contender.Analyzers("no-op syntax node analyzer", ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpSyntaxNodeAnalyzer()), analysisTrees, baseline));
            }
        }

        var first = _builds[0].Components;
        contenders.Add(Contender.Generator("LoggerMessage generator", first.LoggingGenerators, loggingTrees, CompilationFactory.LoggingReferences, none));
        var loggingOutput = Generate(first.LoggingGenerators, loggingTrees, CompilationFactory.LoggingReferences, none, "logging", out _);
        contenders.Add(Contender.Parse("parse of the LoggerMessage generator's output", loggingOutput.Skip(loggingTrees.Length).Select(t => t.GetText().ToString()).ToArray()));
        contenders.Add(Contender.Generator("reference generator", ImmutableArray.Create<ISourceGenerator>(new ReferenceGenerator().AsSourceGenerator()), eventTrees, CompilationFactory.EventReferences, none));
        if (only is { Count: > 0 })
        {
            contenders.RemoveAll(c => !only.Any(o => c.Name.Contains(o, StringComparison.OrdinalIgnoreCase)));
        }

        _log($"N={eventCount}: {contenders.Count} contenders, {warmups} warm-up and {iterations} measured iterations");
        for (var i = 0; i < warmups + iterations; i++)
        {
            var measured = i >= warmups;
            for (var k = 0; k < contenders.Count; k++)
            {
                var contender = contenders[(i + k) % contenders.Count];
                contender.RunOnce(measured);
            }

            if (measured)
            {
                _log($"  N={eventCount} #{i - warmups + 1}: " + string.Join(", ", contenders.Select(c => $"{c.Name} {c.Cpu[^1]:F0}")) + " ms cpu");
            }
        }

        return new ComponentResults(
            eventCount,
            warmups,
            iterations,
            contenders.Select(c => new ComponentResult(c.Name, Stats.Of(c.Wall), Stats.Of(c.Cpu), Stats.Of(c.Bytes), Stats.Of(c.Callbacks), c.Diagnostics)).ToList());
    }

    private static ImmutableArray<SyntaxTree> Generate(ImmutableArray<ISourceGenerator> generators, ImmutableArray<SyntaxTree> trees, ImmutableArray<AdditionalText> texts, string label, out long chars) =>
        Generate(generators, trees, CompilationFactory.EventReferences, texts, label, out chars);

    private static ImmutableArray<SyntaxTree> Generate(ImmutableArray<ISourceGenerator> generators, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, ImmutableArray<AdditionalText> texts, string label, out long chars)
    {
        var compilation = CompilationFactory.Create("Bench", trees, references);
        var driver = CSharpGeneratorDriver.Create(generators, texts, CompilationFactory.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).ToList();
        if (result.Exception is not null || diagnostics.Length > 0 || errors.Count > 0)
        {
            throw new InvalidOperationException($"The generator did not run cleanly: {result.Exception?.Message} {string.Join("; ", diagnostics.Concat(errors))}");
        }

        chars = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        if (Environment.GetEnvironmentVariable("GOVERNANCE_BENCH_DUMP") is { Length: > 0 } dumpRoot)
        {
            var dump = Path.Combine(dumpRoot, label.Replace(' ', '-'));
            // What the generator wrote, to look at (file sizes, where the characters go).
            Directory.CreateDirectory(dump);
            foreach (var source in result.GeneratedSources)
            {
                File.WriteAllText(Path.Combine(dump, source.HintName), source.SourceText.ToString());
            }
        }

        return output.SyntaxTrees.ToImmutableArray();
    }

    /// <summary>Checks the count and ids; returns every diagnostic as text (id, place, message) to compare builds with.</summary>
    private static string Check(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<SyntaxTree> trees, ImmutableArray<AdditionalText> texts, int expected, int eventCount, string prefix)
    {
        var diagnostics = CompilationFactory.Create("Bench", trees, CompilationFactory.EventReferences)
            .WithAnalyzers(analyzers, new AnalyzerOptions(texts)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (diagnostics.Length != expected || diagnostics.Any(d => d.Id != "GOV030"))
        {
            throw new InvalidOperationException($"N={eventCount}: {prefix}the analyzers reported {diagnostics.Length} diagnostics (expected GOV030 x{expected}): "
                + string.Join("\n", diagnostics.Where(d => d.Id != "GOV030").Take(10)));
        }

        return string.Join("\n", diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal)) + "\n";
    }

    /// <summary>One thing to measure, and what it measured.</summary>
    private sealed class Contender
    {
        private readonly Func<(int Diagnostics, double CallbackMs)> _work;

        private Contender(string name, Func<(int, double)> work)
        {
            Name = name;
            _work = work;
        }

        public string Name { get; }

        public List<double> Wall { get; } = new();

        public List<double> Cpu { get; } = new();

        public List<double> Bytes { get; } = new();

        public List<double> Callbacks { get; } = new();

        public int Diagnostics { get; private set; }

        public static Contender Generator(string name, ImmutableArray<ISourceGenerator> generators, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, ImmutableArray<AdditionalText> texts) =>
            new(name, () =>
            {
                var compilation = CompilationFactory.Create("Bench", trees, references);
                GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, texts, CompilationFactory.ParseOptions, optionsProvider: null, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
                driver = driver.RunGenerators(compilation);
                var result = driver.GetRunResult().Results.Single();
                if (result.Exception is not null)
                {
                    throw new InvalidOperationException($"{name} failed.", result.Exception);
                }

                return (0, 0);
            });

        public static Contender Parse(string name, IReadOnlyList<string> sources) =>
            new(name, () =>
            {
                foreach (var source in sources)
                {
                    CSharpSyntaxTree.ParseText(source, CompilationFactory.ParseOptions).GetRoot();
                }

                return (0, 0);
            });

        public static Contender Analyzers(string name, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<SyntaxTree> trees, ImmutableArray<AdditionalText> texts) =>
            new(name, () =>
            {
                var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(texts), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
                var withAnalyzers = CompilationFactory.Create("Bench", trees, CompilationFactory.EventReferences).WithAnalyzers(analyzers, options);
                var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                var callbacks = analyzers.Sum(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
                return (diagnostics.Length, callbacks);
            });

        public void RunOnce(bool measured)
        {
            (int Diagnostics, double CallbackMs) outcome = default;
            var sample = Measure.Once(() => outcome = _work());
            if (!measured)
            {
                return;
            }

            Wall.Add(sample.Milliseconds);
            Cpu.Add(sample.CpuMilliseconds);
            Bytes.Add(sample.AllocatedBytes);
            Callbacks.Add(outcome.CallbackMs);
            Diagnostics = outcome.Diagnostics;
        }
    }

    /// <summary>A text table of the results, with each contender's ratio to the LoggerMessage generator.</summary>
    public static string Format(ComponentResults results)
    {
        var text = new StringBuilder();
        var logging = results.Components.FirstOrDefault(c => c.Name == "LoggerMessage generator");
        text.AppendLine(CultureInfo.InvariantCulture, $"N = {results.Events:N0}: {results.Iterations} iterations after {results.Warmups} warm-up; median (min); ratios by median to the LoggerMessage generator");
        text.AppendLine("| component | wall ms | cpu ms | allocated MB | callbacks ms | diagnostics | cpu / LoggerMessage | alloc / LoggerMessage |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var c in results.Components)
        {
            var cpuRatio = logging is null ? string.Empty : (c.CpuMs.Median / logging.CpuMs.Median).ToString("F2", CultureInfo.InvariantCulture) + "x";
            var allocRatio = logging is null ? string.Empty : (c.Bytes.Median / logging.Bytes.Median).ToString("F2", CultureInfo.InvariantCulture) + "x";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {c.Name} | {c.WallMs.Median:F0} ({c.WallMs.Min:F0}) | {c.CpuMs.Median:F0} ({c.CpuMs.Min:F0}) | {c.Bytes.Median / 1e6:F1} | {c.CallbacksMs.Median:F0} | {c.Diagnostics} | {cpuRatio} | {allocRatio} |");
        }

        return text.ToString();
    }
}

internal sealed record ComponentResult(string Name, Stats WallMs, Stats CpuMs, Stats Bytes, Stats CallbacksMs, int Diagnostics);

internal sealed record ComponentResults(int Events, int Warmups, int Iterations, IReadOnlyList<ComponentResult> Components);

/// <summary>
/// The no-op analyzer that also registers an operation action (doing nothing): the analyzer driver then builds the
/// <see cref="IOperation"/> tree of every method body, which is what any analyzer with operation actions costs.
/// </summary>
#pragma warning disable RS1001 // No [DiagnosticAnalyzer]: handed to the driver directly, like NoOpAnalyzer.
internal sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
{
#pragma warning disable RS2008 // Release tracking is for shipped analyzers; this one never ships or reports.
    private static readonly DiagnosticDescriptor Never = new("BENCH001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
        context.RegisterOperationAction(static _ => { }, OperationKind.SimpleAssignment, OperationKind.ObjectCreation);
    }
}

/// <summary>
/// The no-op analyzer that also registers a syntax node action for object creations and assignments (doing nothing):
/// what the driver costs an analyzer that finds its candidates in syntax instead of in operations.
/// </summary>
#pragma warning disable RS1001 // No [DiagnosticAnalyzer]: handed to the driver directly, like NoOpAnalyzer.
internal sealed class NoOpSyntaxNodeAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
{
#pragma warning disable RS2008 // Release tracking is for shipped analyzers; this one never ships or reports.
    private static readonly DiagnosticDescriptor Never = new("BENCH002", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
        context.RegisterSyntaxNodeAction(
            static _ => { },
            Microsoft.CodeAnalysis.CSharp.SyntaxKind.ObjectCreationExpression,
            Microsoft.CodeAnalysis.CSharp.SyntaxKind.ImplicitObjectCreationExpression,
            Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression);
    }
}
