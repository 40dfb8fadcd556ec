using System.Globalization;
using System.Text;
using Governance.Benchmarks.Infrastructure;
using Governance.Benchmarks.Synthetic;
using Governance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Governance.Benchmarks.Compiler;

/// <summary>
/// What compiling the generated code costs every build (issue 17): the synthetic events project compiled in process
/// (<see cref="Compilation.Emit(Stream, Stream?, Stream?, Stream?, IEnumerable{ResourceDescription}?, Microsoft.CodeAnalysis.Emit.EmitOptions?, IMethodSymbol?, Stream?, IEnumerable{EmbeddedText}?, Stream?, CancellationToken)"/>
/// with a portable PDB), with each build's generated sources added as plain source against that build's runtime, and
/// without them, every <c>client.Track(evt)</c> replaced by a plain call with the same argument. Each emit gets freshly
/// parsed trees and a fresh compilation; the builds and their baselines alternate in one process, so drift on a shared
/// machine reaches them all. Several builds side by side (<c>--compare DIR[,DIR]</c>: each a directory with another
/// build's <c>Governance.Generators.dll</c> and its runtime, <c>Governance.dll</c>) compare code-shape changes that the
/// components step cannot, since their generated sources differ by design. This build compiles against the runtime the
/// benchmark itself loads (its net8.0 build); a directory's <c>Governance.dll</c> must be of the same target to compare
/// with it (the two targets bind differently: 22 MB and about 0.1 s apart at N = 1,000, with or without the generated code), else compare
/// directories with each other.
/// </summary>
internal sealed class GeneratedCodeBenchmark
{
    private readonly Action<string> _log;

    public GeneratedCodeBenchmark(Action<string> log)
    {
        _log = log;
    }

    /// <summary>A generator and the runtime its generated code compiles against.</summary>
    public sealed record Build(string Label, ISourceGenerator Generator, MetadataReference Runtime);

    public static Build ThisBuild() =>
        new("this build", CompilerComponents.Load().GovernanceGenerators.Single(), MetadataReference.CreateFromFile(typeof(TelemetryClient).Assembly.Location));

    public static Build FromDirectory(string directory)
    {
        var full = Path.GetFullPath(directory);
        var generator = new AnalyzerFileReference(Path.Combine(full, "Governance.Generators.dll"), new CompilerComponents.IsolatedLoader(full)).GetGenerators(LanguageNames.CSharp).Single();
        return new(Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)), generator, MetadataReference.CreateFromFile(Path.Combine(full, "Governance.dll")));
    }

    public IReadOnlyList<GeneratedCodeResult> Run(int eventCount, IReadOnlyList<Build> builds, int warmups, int iterations)
    {
        var project = SyntheticProject.Create(eventCount);
        var directory = "/bench/n" + eventCount.ToString(CultureInfo.InvariantCulture) + "/events";
        var sources = project.EventSources().Select(f => (Path: Path.Combine(directory, f.Path), f.Text)).ToList();
        var calls = sources.Select(s => (s.Path, Text: s.Text.Replace("_client.Track(new", "global::System.GC.KeepAlive(new", StringComparison.Ordinal))).ToList();
        if (calls.SequenceEqual(sources))
        {
            throw new InvalidOperationException("The synthetic project has no '_client.Track(new' call to replace: the baseline would not differ.");
        }

        var cases = new List<Case>();
        foreach (var build in builds)
        {
            var references = SdkReferenceAssemblies.All.Add(build.Runtime);
            var generated = Generate(build, sources, references);
            _log($"N={eventCount}: {build.Label}: {generated.Count} generated files, {generated.Sum(g => (long)g.Text.Length):N0} characters");
            var without = new Case(build.Label, false, calls, references, 0);
            var with = new Case(build.Label, true, sources.Concat(generated).ToList(), references, generated.Sum(g => (long)g.Text.Length));
            foreach (var check in new[] { without, with })
            {
                var errors = check.NewCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                if (errors.Count > 0)
                {
                    throw new InvalidOperationException($"{build.Label} ({(check.WithGeneratedCode ? "with" : "without")} the generated code) does not compile: {errors[0]}");
                }
            }

            cases.Add(without);
            cases.Add(with);
        }

        for (var i = 0; i < warmups + iterations; i++)
        {
            for (var k = 0; k < cases.Count; k++)
            {
                cases[(i + k) % cases.Count].EmitOnce(measured: i >= warmups);
            }
        }

        return builds.Select(build =>
        {
            var without = cases.Single(c => c.Label == build.Label && !c.WithGeneratedCode);
            var with = cases.Single(c => c.Label == build.Label && c.WithGeneratedCode);
            var (withoutTime, withTime) = (Stats.Of(without.Milliseconds), Stats.Of(with.Milliseconds));
            return new GeneratedCodeResult(eventCount, build.Label, with.GeneratedCharacters, iterations,
                withoutTime.Median, withTime.Median, withoutTime.Min, withTime.Min,
                Stats.Of(without.Megabytes).Median, Stats.Of(with.Megabytes).Median);
        }).ToList();
    }

    public static string Format(IReadOnlyList<GeneratedCodeResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"N = {results[0].Events:N0}: {results[0].Iterations} iterations; medians (min)");
        text.AppendLine("| build | characters generated | compile without | compile with | the generated code costs | allocations without / with |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Build} | {r.GeneratedCharacters:N0} | {r.WithoutMs:F0} ms ({r.WithoutMinMs:F0}) | {r.WithMs:F0} ms ({r.WithMinMs:F0}) | {r.WithMs - r.WithoutMs:F0} ms, {r.WithMegabytes - r.WithoutMegabytes:F1} MB | {r.WithoutMegabytes:F1} / {r.WithMegabytes:F1} MB |");
        }

        return text.ToString();
    }

    private static List<(string Path, string Text)> Generate(Build build, List<(string Path, string Text)> sources, System.Collections.Immutable.ImmutableArray<MetadataReference> references)
    {
        var compilation = CompilationFactory.Create("Contoso.Bench", sources.Select(s => Parse(s.Path, s.Text)), references);
        var driver = CSharpGeneratorDriver.Create(new[] { build.Generator }, parseOptions: CompilationFactory.ParseOptions);
        var result = driver.RunGenerators(compilation).GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"{build.Label}: the generator failed: {result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
        }

        return result.GeneratedTrees.Select(t => (t.FilePath, t.GetText().ToString())).ToList();
    }

    private static SyntaxTree Parse(string path, string text) =>
        CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), CompilationFactory.ParseOptions, path);

    private sealed class Case(string label, bool withGeneratedCode, List<(string Path, string Text)> sources, System.Collections.Immutable.ImmutableArray<MetadataReference> references, long generatedCharacters)
    {
        public string Label { get; } = label;

        public bool WithGeneratedCode { get; } = withGeneratedCode;

        public long GeneratedCharacters { get; } = generatedCharacters;

        public List<double> Milliseconds { get; } = [];

        public List<double> Megabytes { get; } = [];

        public CSharpCompilation NewCompilation() => CompilationFactory.Create("Contoso.Bench", sources.Select(s => Parse(s.Path, s.Text)), references);

        public void EmitOnce(bool measured)
        {
            var compilation = NewCompilation();
            using var pe = new MemoryStream();
            using var pdb = new MemoryStream();
            var sample = Measure.Once(
                () => compilation.Emit(pe, pdb, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb)),
                out var result);
            if (!result.Success)
            {
                throw new InvalidOperationException($"{Label}: emit failed: {result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
            }

            if (measured)
            {
                Milliseconds.Add(sample.Milliseconds);
                Megabytes.Add(sample.AllocatedBytes / (1024.0 * 1024.0));
            }
        }
    }
}

/// <summary>One build's figures from <see cref="GeneratedCodeBenchmark"/>.</summary>
internal sealed record GeneratedCodeResult(
    int Events,
    string Build,
    long GeneratedCharacters,
    int Iterations,
    double WithoutMs,
    double WithMs,
    double WithoutMinMs,
    double WithMinMs,
    double WithoutMegabytes,
    double WithMegabytes);
