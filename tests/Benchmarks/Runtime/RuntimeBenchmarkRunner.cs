using System.Text.RegularExpressions;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Governance.Benchmarks.Infrastructure;

namespace Governance.Benchmarks.Runtime;

/// <summary>Runs <see cref="TrackBenchmarks"/> with BenchmarkDotNet and keeps what the report needs.</summary>
internal static partial class RuntimeBenchmarkRunner
{
    public static RuntimeResults Run(bool quick, bool shortRun, string[] args, Action<string> log)
    {
        // Quick: the dry job in process (no project generated and built per case), only to prove the path works.
        // Short: BenchmarkDotNet's ShortRun (3 warm-ups, 3 iterations), out of process, for indicative figures in minutes.
        var job = quick ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Dry")
            : shortRun ? Job.ShortRun.WithId("ShortRun")
            : Job.Default.WithId("Default");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(Path.Combine(BuildInfo.RepoRoot, "tests", "Benchmarks", "artifacts", "BenchmarkDotNet"))
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared, BenchmarkDotNet.Order.MethodOrderPolicy.Declared));
        var summary = BenchmarkRunner.Run<TrackBenchmarks>(config, args);
        if (summary.HasCriticalValidationErrors || summary.Reports.Length == 0)
        {
            throw new InvalidOperationException("BenchmarkDotNet did not run the benchmarks: " + string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
        }

        var cases = new List<RuntimeCase>();
        foreach (var report in summary.Reports)
        {
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var state = report.BenchmarkCase.Parameters["State"]?.ToString() ?? "?";
            var statistics = report.ResultStatistics;
            if (statistics is null)
            {
                throw new InvalidOperationException($"{method} ({state}) produced no measurements; see the BenchmarkDotNet log.");
            }

            var name = MethodName().Match(method);
            cases.Add(new RuntimeCase(
                method,
                name.Groups["approach"].Value,
                name.Groups["fields"].Success ? int.Parse(name.Groups["fields"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                state,
                statistics.Mean,
                statistics.ConfidenceInterval.Margin,
                statistics.StandardDeviation,
                statistics.Median,
                report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase)));
        }

        log($"runtime: {cases.Count} cases measured ({job.Id} job)");
        return new RuntimeResults(quick, quick ? "Job.Dry in process (one cold invocation per case: not a measurement)"
                : shortRun ? "Job.ShortRun (3 warm-ups, 3 iterations: indicative only)"
                : "Job.Default (BenchmarkDotNet's automatic warm-up and iteration counts)", summary.BenchmarksCases.FirstOrDefault()?.Job.Infrastructure.Toolchain?.Name ?? "default toolchain (a generated project per run, out of process)", cases);
    }

    [GeneratedRegex("^(?<approach>[A-Za-z]+?)(?<fields>[0-9]+)?$")]
    private static partial Regex MethodName();
}
