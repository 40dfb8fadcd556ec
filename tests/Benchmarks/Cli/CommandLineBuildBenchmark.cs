using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Governance.Benchmarks.Infrastructure;
using Governance.Benchmarks.Synthetic;
using Governance.Testing;

namespace Governance.Benchmarks.Cli;

/// <summary>
/// Build time from outside, as a developer sees it: <c>dotnet build</c> of the synthetic project with the Governance
/// package (packed from this repository) and of the same sources without it (the runtime library referenced as a
/// plain assembly, and a one-line stand-in for the generated <c>Track</c> methods), plus the LoggerMessage twin for
/// context. Each is measured as a clean build (<c>--no-incremental</c>) and as a no-op incremental build, with the
/// compiler server off (every csc starts cold, as this machine and many CI agents run) and on (a warm VBCSCompiler,
/// as in a developer's inner loop). Projects live in a temporary directory, never in the repository.
/// </summary>
internal sealed partial class CommandLineBuildBenchmark
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);

    private readonly Action<string> _log;

    public CommandLineBuildBenchmark(Action<string> log)
    {
        _log = log;
    }

    public CliResults Run(int eventCount, int repetitions, bool quick)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var root = Path.Combine(Path.GetTempPath(), "governance-bench-" + stamp);
        var version = "0.1.0-bench." + stamp;
        Directory.CreateDirectory(root);
        _log($"cli: working in {root}");
        try
        {
            return Run(root, version, eventCount, repetitions, quick);
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("GOVERNANCE_BENCH_KEEP") is null)
            {
                TryDelete(root);
            }
        }
    }

    private CliResults Run(string root, string version, int eventCount, int repetitions, bool quick)
    {
        var feed = Path.Combine(root, "feed");
        var packages = Path.Combine(root, "packages");
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = packages };

        // The package, packed from this repository's sources into the temporary directory (outputs there too).
        _log($"cli: packing Governance {version}");
        DotnetCli.Run(
            BuildInfo.RepoRoot,
            new[] { "pack", Path.Combine(BuildInfo.RepoRoot, "src", "Abstractions", "Governance.Abstractions.csproj"), "-c", "Release", "-o", feed, "--artifacts-path", Path.Combine(root, "pack-artifacts"), "-p:Version=" + version },
            timeout: BuildTimeout).AssertSucceeded();

        var project = SyntheticProject.Create(eventCount);
        WriteWorkspace(root, feed);
        var variants = new[]
        {
            new Variant("governance", "the events, with the Governance package (generator, analyzers, build task)", root),
            new Variant("no-package", "the same sources without the package: Governance.dll as a plain reference, a stand-in Track", root),
            new Variant("logging", "the [LoggerMessage] twin, with Microsoft.Extensions.Logging.Abstractions (its generator)", root),
        };
        WriteProject(variants[0], project.EventSources(), $"<PackageReference Include=\"Governance\" Version=\"{version}\" />", project.BaselineJson());
        var governanceDll = Path.Combine(packages, "governance", version, "lib", "netstandard2.0", "Governance.dll");
        WriteProject(variants[1], project.EventSources().Append(new SourceFile("WithoutGovernance.cs", StandInSource)), $"<Reference Include=\"Governance\" HintPath=\"{governanceDll}\" />", null);
        WriteProject(variants[2], project.LoggingSources(), $"<PackageReference Include=\"Microsoft.Extensions.Logging.Abstractions\" Version=\"{BuildInfo.Require("LoggingAbstractionsVersion")}\" />", null);

        // Restore once (not measured); the no-package variant needs the package's runtime library, so it goes second.
        foreach (var variant in variants)
        {
            DotnetCli.Run(variant.Directory, new[] { "restore" }, environment, BuildTimeout).AssertSucceeded();
        }

        var sdk = Machine.DotnetVersion();
        var modes = quick ? new[] { false } : new[] { false, true };
        var results = new List<CliVariantResult>();
        foreach (var sharedCompilation in modes)
        {
            var mode = sharedCompilation ? "compiler server on" : "compiler server off";
            var modeEnvironment = new Dictionary<string, string?>(environment) { ["UseSharedCompilation"] = sharedCompilation ? "true" : "false" };
            var serversBefore = CompilerServerProcesses();
            try
            {
                results.AddRange(MeasureMode(variants, mode, modeEnvironment, repetitions));
            }
            finally
            {
                // Shut down only the compiler server this benchmark started (by process id); it would idle for 10 minutes.
                foreach (var pid in CompilerServerProcesses().Except(serversBefore))
                {
                    try
                    {
                        Process.GetProcessById(pid).Kill();
                    }
                    catch (ArgumentException)
                    {
                    }
                    catch (InvalidOperationException)
                    {
                    }
                }
            }
        }

        return new CliResults(quick, eventCount, repetitions, sdk, Machine.SdkRoslynVersion(sdk), version, results);
    }

    private IEnumerable<CliVariantResult> MeasureMode(Variant[] variants, string mode, Dictionary<string, string?> environment, int repetitions)
    {
        // Warm-up: one clean build of each variant (the file cache, the compiler server when it is on), checked.
        foreach (var variant in variants)
        {
            var warmup = Build(variant, environment, clean: true, detailedLog: null);
            var diagnostics = warmup.Result.Diagnostics;
            if (diagnostics.Count > 0)
            {
                throw new InvalidOperationException($"The {variant.Name} build is not clean:\n" + string.Join("\n", diagnostics.Take(20).Select(d => d.Line)));
            }

            _log($"cli [{mode}] {variant.Name}: warm-up clean build {warmup.Seconds:F1} s, no warnings");
        }

        var clean = variants.ToDictionary(v => v, _ => new List<double>());
        var noOp = variants.ToDictionary(v => v, _ => new List<double>());
        for (var r = 0; r < repetitions; r++)
        {
            // Interleaved, so drift on a shared machine hits every variant alike.
            foreach (var variant in variants)
            {
                clean[variant].Add(Build(variant, environment, clean: true, detailedLog: null).Seconds);
                noOp[variant].Add(Build(variant, environment, clean: false, detailedLog: null).Seconds);
                _log($"cli [{mode}] {variant.Name} #{r + 1}: clean {clean[variant][^1]:F2} s, no-op {noOp[variant][^1]:F2} s");
            }
        }

        foreach (var variant in variants)
        {
            // One more clean build with a detailed log, where -p:ReportAnalyzer=true puts the compiler's analyzer and
            // generator times (not measured for wall time: detailed logging slows the build).
            var log = Path.Combine(variant.Directory, "build-detailed.log");
            Build(variant, environment, clean: true, detailedLog: log);
            var report = CompilerReport.Parse(File.ReadAllText(log));
            _log($"cli [{mode}] {variant.Name}: compiler reports analyzers {report.AnalyzerSeconds:F3} s, generators {report.GeneratorSeconds:F3} s; "
                + string.Join(", ", report.Components.Where(c => c.StartsWith("Governance", StringComparison.Ordinal)
                    || c.StartsWith("Microsoft.Extensions.Logging", StringComparison.Ordinal)
                    // The SDK's analyzers analyse generated code too, so the package changes their time as well (issue 17).
                    || c.Contains("NetAnalyzers", StringComparison.Ordinal))));
            yield return new CliVariantResult(
                variant.Name,
                mode,
                variant.Description,
                Stats.Of(clean[variant]),
                Stats.Of(noOp[variant]),
                report.AnalyzerSeconds,
                report.GeneratorSeconds,
                report.Components);
        }
    }

    private static (CommandResult Result, double Seconds) Build(Variant variant, Dictionary<string, string?> environment, bool clean, string? detailedLog)
    {
        var arguments = new List<string> { "build", "--no-restore", "-p:ReportAnalyzer=true", "-nologo" };
        if (clean)
        {
            arguments.Add("--no-incremental");
        }

        if (detailedLog is null)
        {
            arguments.Add("-v:m");
        }
        else
        {
            arguments.Add("-v:q");
            arguments.Add("-flp:v=d;logfile=" + detailedLog);
        }

        var stopwatch = Stopwatch.StartNew();
        var result = DotnetCli.Run(variant.Directory, arguments, environment, BuildTimeout);
        stopwatch.Stop();
        result.AssertSucceeded();
        return (result, stopwatch.Elapsed.TotalSeconds);
    }

    private const string StandInSource = """
        // Stands in for client.Track, so the same sources compile without the Governance package: without its generator
        // the events implement no ITelemetryEvent, which the runtime's Track asks for.
        namespace Contoso.Bench;

        public static class WithoutGovernance
        {
            public static void Track(this Governance.TelemetryClient client, object evt)
            {
            }
        }
        """;

    private static void WriteWorkspace(string root, string feed)
    {
        // Stop MSBuild from looking above the temporary directory, and restore from the packed feed and the local cache.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        var cache = BuildInfo.Require("NuGetPackageRoot");
        File.WriteAllText(Path.Combine(root, "NuGet.Config"), LocalFeedNuGetConfig.Create("governance-bench", feed, cache));
    }

    private static void WriteProject(Variant variant, IEnumerable<SourceFile> sources, string reference, string? baseline)
    {
        Directory.CreateDirectory(variant.Directory);
        File.WriteAllText(Path.Combine(variant.Directory, "Contoso.Bench.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <AssemblyName>Contoso.Bench</AssemblyName>
                <RootNamespace>Contoso.Bench</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                {reference}
              </ItemGroup>
            </Project>
            """);
        foreach (var file in sources)
        {
            File.WriteAllText(Path.Combine(variant.Directory, file.Path), file.Text, new UTF8Encoding(false));
        }

        if (baseline is not null)
        {
            File.WriteAllText(Path.Combine(variant.Directory, "telemetry.reviewed.json"), baseline, new UTF8Encoding(false));
        }
    }

    /// <summary>Process ids of running compiler servers (VBCSCompiler).</summary>
    private static HashSet<int> CompilerServerProcesses()
    {
        var ids = new HashSet<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(directory, "cmdline")).Contains("VBCSCompiler", StringComparison.Ordinal))
                {
                    ids.Add(pid);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return ids;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed record Variant(string Name, string Description, string Root)
    {
        public string Directory => Path.Combine(Root, Name);
    }

    /// <summary>
    /// The tables csc prints with <c>/reportanalyzer</c> (MSBuild shows them at detailed verbosity): total analyzer and
    /// generator execution time, and one row per assembly.
    /// </summary>
    internal sealed partial record CompilerReport(double AnalyzerSeconds, double GeneratorSeconds, IReadOnlyList<string> Components)
    {
        public static CompilerReport Parse(string log)
        {
            double analyzers = 0, generators = 0;
            var components = new List<string>();
            string? section = null;
            foreach (var line in log.Split('\n'))
            {
                var total = TotalLine().Match(line);
                if (total.Success)
                {
                    section = total.Groups["kind"].Value;
                    var seconds = double.Parse(total.Groups["seconds"].Value, CultureInfo.InvariantCulture);
                    if (section == "analyzer")
                    {
                        analyzers += seconds;
                    }
                    else
                    {
                        generators += seconds;
                    }

                    continue;
                }

                var row = AssemblyRow().Match(line);
                if (row.Success && section is not null)
                {
                    components.Add($"{row.Groups["name"].Value} ({section}): {row.Groups["seconds"].Value} s");
                }
            }

            return new CompilerReport(analyzers, generators, components);
        }

        [GeneratedRegex(@"Total (?<kind>analyzer|generator) execution time: (?<seconds>[0-9.]+) seconds")]
        private static partial Regex TotalLine();

        // "   0.233   47   Microsoft.CodeAnalysis.NetAnalyzers, Version=10.0.401.0, ..." (assembly rows; per-analyzer rows have no version).
        [GeneratedRegex(@"^\s+(?<seconds><?[0-9.]+)\s+<?[0-9]+\s+(?<name>[A-Za-z][\w.]*), Version=")]
        private static partial Regex AssemblyRow();
    }
}
