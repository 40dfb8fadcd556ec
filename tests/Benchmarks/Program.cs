using System.Globalization;
using Governance.Benchmarks.Cli;
using Governance.Benchmarks.Compiler;
using Governance.Benchmarks.DataFlow;
using Governance.Benchmarks.Hosting;
using Governance.Benchmarks.Infrastructure;
using Governance.Benchmarks.Report;
using Governance.Benchmarks.Runtime;

namespace Governance.Benchmarks;

/// <summary>
/// The benchmark harness. Each part writes its figures as JSON to the results directory; <c>report</c> writes
/// docs/benchmarks.md from those files. run-benchmarks.sh runs every part and then the report.
/// </summary>
public static class Program
{
    private const string Usage = """
        Usage: Governance.Benchmarks <command> [--quick] [--results DIR] [options]

        Commands:
          compile   build time in process: generator and analyzers vs the LoggerMessage generator (N = 100, 1,000, 5,000)
          components where the build time goes, side by side: each generator, the analyzers together and each alone, with
                    and without the reviewed baseline, processor time and allocations (--sizes, --iterations,
                    --only NAME[,NAME], --compare DIR: a copy of another build's generator and analyzers to run beside
                    this one, --base DIR: such a copy instead of this build); prints a table and writes components-N.json
          emit      compiling the generated code: the N = 1,000 project compiled in process with this build's generated
                    sources and without them (--sizes, --iterations, --compare DIR[,DIR]: other builds, each a directory
                    with its Governance.Generators.dll and Governance.dll, side by side); prints a table, writes emit-N.json
          ide       IDE responsiveness: edits replayed in a step-tracking generator driver (N = 1,000)
          cli       dotnet build of the N = 1,000 project with and without Governance (clean and no-op builds)
          runtime   run-time cost of Track against logging and a dictionary call (BenchmarkDotNet)
          hosting   the TodoService sample under load: 1,000 concurrent requests with and without telemetry; also writes its
                    section of docs/benchmarks.md in place (--out PATH), leaving the other sections as they are
          dataflow  the data-flow rule (GOV012) alone on 100,000 lines of ordinary C# with a few events, against a no-op
                    analyzer; also writes its section of docs/benchmarks.md in place (--out PATH)
          machine   record the machine, runtime, SDK and compiler versions
          report    write the Markdown report from the results (--out PATH, default docs/benchmarks.md)

        Options:
          --quick         N = 100 only, few iterations, BenchmarkDotNet's dry job: a smoke test, not a measurement
          --results DIR   where results are written and read (default tests/Benchmarks/artifacts/results)
          --sizes LIST    compile: comma-separated project sizes instead of the default
          --events N      ide, cli: project size instead of the default
          --repetitions N cli: builds of each kind per variant; hosting: measured rounds (default 40)
          --lines N       dataflow: size of the code base in lines (default 100,000)
          --iterations N  compile, ide: measured iterations instead of the default
          --short         runtime: BenchmarkDotNet's ShortRun job (indicative figures in minutes, not the full measurement)
        Anything after -- is passed to BenchmarkDotNet (runtime).
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var options = Options.Parse(args.Skip(1).ToArray());
        void Log(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

        switch (args[0])
        {
            case "compile":
                RunCompile(options, Log);
                return 0;
            case "ide":
                RunIde(options, Log);
                return 0;
            case "components":
                RunComponents(options, Log);
                return 0;
            case "emit":
                RunEmit(options, Log);
                return 0;
            case "cli":
                ResultFiles.Save(options.Results, ResultFiles.Cli, new CommandLineBuildBenchmark(Log).Run(options.Events ?? (options.Quick ? 100 : 1000), options.Repetitions ?? (options.Quick ? 1 : 5), options.Quick));
                return 0;
            case "runtime":
                ResultFiles.Save(options.Results, ResultFiles.Runtime, RuntimeBenchmarkRunner.Run(options.Quick, options.Short, options.Passthrough, Log));
                return 0;
            case "hosting":
                var load = new ServiceLoadBenchmark(Log).Run(options.Quick ? 100 : 1000, options.Repetitions ?? (options.Quick ? 1 : 40), options.Quick);
                ResultFiles.Save(options.Results, ServiceLoadResults.FileName, load);
                if (!options.Quick)
                {
                    var report = options.Out ?? Path.Combine(BuildInfo.RepoRoot, "docs", "benchmarks.md");
                    HostingReport.UpdateInPlace(report, load);
                    Log($"wrote the hosting section of {report}");
                }

                return 0;
            case "dataflow":
                RunDataFlow(options, Log);
                return 0;
            case "machine":
                var machine = Machine.Describe();
                ResultFiles.Save(options.Results, ResultFiles.Machine, machine);
                Log($"{machine.Cpu}, {machine.LogicalCores} cores, {machine.Os}, {machine.Runtime}, SDK {machine.Sdk}, Roslyn {machine.RoslynInProcess} (in process) / {machine.RoslynInSdk} (SDK)");
                return 0;
            case "report":
                var output = options.Out ?? Path.Combine(BuildInfo.RepoRoot, "docs", "benchmarks.md");
                var markdown = MarkdownReport.Write(options.Results, options.Quick);
                Directory.CreateDirectory(Path.GetDirectoryName(output)!);
                File.WriteAllText(output, markdown);
                Log($"wrote {output}");
                Console.WriteLine();
                Console.WriteLine(MarkdownReport.TargetsSummary(options.Results, options.Quick));
                return 0;
            default:
                Console.Error.WriteLine($"Unknown command '{args[0]}'.");
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static void RunCompile(Options options, Action<string> log)
    {
        var components = CompilerComponents.Load();
        log($"Roslyn {CompilerComponents.RoslynInformationalVersion}; Governance generator {components.GovernanceGeneratorPath}; "
            + $"LoggerMessage generator {components.LoggingPackageVersion} ({components.LoggingGeneratorPath})");
        var sizes = options.Sizes ?? (options.Quick ? new[] { 100 } : new[] { 100, 1000, 5000 });
        var benchmark = new BuildTimeBenchmark(components, log);
        var results = new List<CompileSizeResult>();
        foreach (var size in sizes)
        {
            var (warmups, iterations) = options.Quick ? (1, 3) : size switch { <= 100 => (3, 15), <= 1000 => (2, 10), _ => (1, 6) };
            var result = benchmark.Run(size, warmups, options.Iterations ?? iterations);
            results.Add(result);
            log($"N={size}: Governance generator {result.GovernanceGeneratorMs.Median:F1} ms + analyzers {result.AddedByAnalyzersMs.Median:F1} ms = {result.GovernanceTotalMs.Median:F1} ms "
                + $"vs LoggerMessage {result.LoggingGeneratorMs.Median:F1} ms: {result.TimeRatio:F2}x time, {result.AllocationRatio:F2}x allocations");
            ResultFiles.Save(options.Results, ResultFiles.Compile, Compile(options, components, results));
        }
    }

    private static void RunDataFlow(Options options, Action<string> log)
    {
        var components = CompilerComponents.Load();
        var lines = options.Lines ?? (options.Quick ? 10_000 : 100_000);
        var result = new DataFlowBenchmark(components, log).Run(lines, options.Quick ? 1 : 2, options.Iterations ?? (options.Quick ? 2 : 7), options.Quick);
        ResultFiles.Save(options.Results, DataFlowResults.FileName, result);
        if (!options.Quick)
        {
            var report = options.Out ?? Path.Combine(BuildInfo.RepoRoot, "docs", "benchmarks.md");
            DataFlowReport.UpdateInPlace(report, result);
            log($"wrote the dataflow section of {report}");
        }
    }

    private static CompileResults Compile(Options options, CompilerComponents components, List<CompileSizeResult> results) => new(
        options.Quick,
        "measured harness (warm-up, then repeated runs in one process; median and min; allocations from GC.GetTotalAllocatedBytes)",
        CompilerComponents.RoslynInformationalVersion,
        "Microsoft.Extensions.Logging.Abstractions " + components.LoggingPackageVersion + " (analyzers/dotnet/roslyn4.4/cs)",
        results);

    private static void RunComponents(Options options, Action<string> log)
    {
        var builds = new List<(string, CompilerComponents)> { (options.Base is null ? "this build" : "base", CompilerComponents.Load(options.Base)) };
        if (options.Compare is not null)
        {
            builds.Add(("compared", CompilerComponents.Load(options.Compare)));
        }

        var benchmark = new ComponentBenchmark(builds, log);
        foreach (var size in options.Sizes ?? new[] { 1000 })
        {
            var (warmups, iterations) = options.Quick ? (1, 2) : size switch { <= 100 => (3, 15), <= 1000 => (2, 7), _ => (1, 3) };
            var results = benchmark.Run(size, warmups, options.Iterations ?? iterations, options.Only);
            ResultFiles.Save(options.Results, "components-" + size.ToString(CultureInfo.InvariantCulture) + ".json", results);
            Console.WriteLine(ComponentBenchmark.Format(results));
        }
    }

    private static void RunEmit(Options options, Action<string> log)
    {
        var builds = new List<GeneratedCodeBenchmark.Build> { GeneratedCodeBenchmark.ThisBuild() };
        foreach (var directory in options.Compare?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            var build = GeneratedCodeBenchmark.FromDirectory(directory);
            builds.Add(builds.Any(b => b.Label == build.Label) ? build with { Label = build.Label + " (" + (builds.Count + 1).ToString(CultureInfo.InvariantCulture) + ")" } : build);
        }

        var benchmark = new GeneratedCodeBenchmark(log);
        foreach (var size in options.Sizes ?? new[] { 1000 })
        {
            var results = benchmark.Run(size, builds, warmups: options.Quick ? 1 : 2, iterations: options.Iterations ?? (options.Quick ? 2 : 8));
            ResultFiles.Save(options.Results, "emit-" + size.ToString(CultureInfo.InvariantCulture) + ".json", results);
            Console.WriteLine(GeneratedCodeBenchmark.Format(results));
        }
    }

    private static void RunIde(Options options, Action<string> log)
    {
        var components = CompilerComponents.Load();
        var events = options.Events ?? (options.Quick ? 100 : 1000);
        var iterations = options.Iterations ?? (options.Quick ? 3 : 20);
        var result = new IdeReplayBenchmark(components, log).Run(events, iterations) with { Quick = options.Quick };
        ResultFiles.Save(options.Results, ResultFiles.Ide, result);
    }

    /// <summary>The command line after the command name.</summary>
    private sealed record Options(bool Quick, bool Short, string Results, string? Out, int[]? Sizes, int? Events, int? Iterations, int? Repetitions, int? Lines, string[] Passthrough, string[]? Only = null, string? Compare = null, string? Base = null)
    {
        public static Options Parse(string[] args)
        {
            var quick = false;
            var shortRun = false;
            var results = Path.Combine(BuildInfo.RepoRoot, "tests", "Benchmarks", "artifacts", "results");
            string? output = null;
            int[]? sizes = null;
            int? events = null, iterations = null, repetitions = null, lines = null;
            var passthrough = Array.Empty<string>();
            string[]? only = null;
            string? compare = null;
            string? baseBuild = null;
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--quick":
                        quick = true;
                        break;
                    case "--short":
                        shortRun = true;
                        break;
                    case "--results":
                        results = Path.GetFullPath(Next());
                        break;
                    case "--out":
                        output = Path.GetFullPath(Next());
                        break;
                    case "--sizes":
                        sizes = Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                        break;
                    case "--events":
                        events = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--iterations":
                        iterations = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--repetitions":
                        repetitions = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--only":
                        only = Next().Split(',');
                        break;
                    case "--base":
                        baseBuild = Path.GetFullPath(Next());
                        break;
                    case "--compare":
                        compare = Path.GetFullPath(Next());
                        break;
                    case "--lines":
                        lines = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--":
                        passthrough = args[(i + 1)..];
                        i = args.Length;
                        break;
                    default:
                        throw new ArgumentException($"Unknown option '{args[i]}'.");
                }
            }

            return new Options(quick, shortRun, results, output, sizes, events, iterations, repetitions, lines, passthrough, only, compare, baseBuild);
        }
    }
}
