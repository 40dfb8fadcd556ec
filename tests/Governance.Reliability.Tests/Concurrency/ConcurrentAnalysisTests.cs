using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.Generators;
using Governance.Reliability.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.Reliability.Tests.Concurrency;

/// <summary>
/// The analyzers and the generator give the same answer however many threads run them at once. The input is the
/// deliberately wrong sample plus the real sample's events and baseline, under a lifecycle policy, so every kind of
/// action runs: symbol, operation, compilation-end and additional-file analysis, with dozens of diagnostics.
/// </summary>
public sealed class ConcurrentAnalysisTests
{
    private const int Runs = 24;

    private static readonly IReadOnlyDictionary<string, string> Policy = new Dictionary<string, string>
    {
        ["governance.today"] = "2026-11-27",
        ["governance.max_retention_days"] = "60",
        ["governance.require_expiry"] = "true",
    };

    [Fact]
    public async Task Analyzers_report_the_same_diagnostics_on_every_concurrent_run()
    {
        var compilation = GeneratedSampleCompilation();
        var options = AnalyzerInputs.Create(Policy, ("/samples/TodoCli/telemetry.reviewed.json", File.ReadAllText(RepoPaths.InRepo("samples", "TodoCli", "telemetry.reviewed.json"))));

        // The reference: one run with the compiler's concurrency switched off.
        var reference = await AnalyzeAsync(compilation, options, concurrent: false);
        var ids = reference.Select(d => d.Split('|')[0]).Distinct().ToList();
        Assert.True(ids.Count >= 15, "the input should exercise most rules, got: " + string.Join(", ", ids));
        Assert.Contains("GOV012", ids); // operation analysis
        Assert.Contains("GOV005", ids); // compilation-end analysis (duplicate names are among the mistakes' rules)
        Assert.Contains("GOV030", ids); // additional-file analysis

        // Many concurrent runs at once, each on its own copy of the compilation so no run reuses another's caches.
        var results = new ConcurrentBag<IReadOnlyList<string>>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, Runs),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) },
            async (_, _) => results.Add(await AnalyzeAsync(compilation.Clone(), options, concurrent: true)));

        Assert.Equal(Runs, results.Count);
        Assert.All(results, result => Assert.Equal(reference, result));
    }

    [Fact]
    public void Generator_produces_the_same_files_on_every_concurrent_run()
    {
        var compilation = SampleCompilation();
        var reference = Generate(compilation);
        Assert.True(reference.Count >= 10, "too little output to compare");

        var results = new ConcurrentBag<IReadOnlyList<string>>();
        Parallel.For(0, Runs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, _ => results.Add(Generate(compilation.Clone())));

        Assert.Equal(Runs, results.Count);
        Assert.All(results, result => Assert.Equal(reference, result));
    }

    private static Compilation SampleCompilation() =>
        Toolchain.Compile(
            new[] { "samples/Mistakes/Telemetry.cs", "samples/Mistakes/PrivacyMistakes.cs", "samples/TodoCli/Telemetry/Events.cs" }
                .Select(path => ("/" + path, File.ReadAllText(RepoPaths.InRepo(path.Split('/'))))));

    private static Compilation GeneratedSampleCompilation()
    {
        var outcome = Toolchain.Run(SampleCompilation(), analyzers: false);
        Assert.Null(outcome.Crash());
        return outcome.Output;
    }

    /// <summary>Every analyzer diagnostic as "id|file|span|message", in ordinal order.</summary>
    private static async Task<IReadOnlyList<string>> AnalyzeAsync(Compilation compilation, AnalyzerOptions options, bool concurrent)
    {
        var exceptions = new ConcurrentBag<Exception>();
        var diagnostics = await compilation
            .WithAnalyzers(Toolchain.Analyzers, new CompilationWithAnalyzersOptions(options, (e, _, _) => exceptions.Add(e), concurrent, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics
            .Select(d => $"{d.Id}|{d.Location.GetLineSpan().Path}|{d.Location.SourceSpan}|{d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Hint name and text of every generated file, in ordinal order.</summary>
    private static IReadOnlyList<string> Generate(Compilation compilation)
    {
        var result = CSharpGeneratorDriver.Create(new TelemetryGenerator())
            .WithUpdatedParseOptions(Toolchain.ParseOptions)
            .RunGenerators(compilation)
            .GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).OrderBy(s => s, StringComparer.Ordinal).ToList();
    }
}
