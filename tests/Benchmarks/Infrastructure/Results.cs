using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Benchmarks.Infrastructure;

// The figures each part of the harness measures, saved as JSON in the results directory; the report is written
// from these files only, so every number in docs/benchmarks.md was measured by the run that wrote it.

/// <summary>Build time in process (generators and analyzers), for one project size.</summary>
/// <remarks>
/// <see cref="AddedByAnalyzersMs"/> is, per iteration, the larger of <see cref="AnalyzersMinusNoOpMs"/> (paired wall
/// time against the no-op analyzer) and <see cref="AnalyzerCallbacksMs"/> (time inside Governance's analyzer callbacks,
/// from logAnalyzerExecutionTime); <see cref="GovernanceTotalMs"/> is the generator plus that.
/// </remarks>
internal sealed record CompileSizeResult(
    int Events,
    int Files,
    int Fields,
    int Warmups,
    int Iterations,
    CompileVerification Verification,
    Stats GovernanceGeneratorMs,
    Stats GovernanceGeneratorBytes,
    Stats GovernanceGeneratorDriverTimingMs,
    Stats LoggingGeneratorMs,
    Stats LoggingGeneratorBytes,
    Stats LoggingGeneratorDriverTimingMs,
    Stats AnalyzersMs,
    Stats AnalyzersBytes,
    Stats NoOpAnalyzerMs,
    Stats NoOpAnalyzerBytes,
    Stats AnalyzersMinusNoOpMs,
    Stats AnalyzerCallbacksMs,
    Stats AddedByAnalyzersMs,
    Stats AddedByAnalyzersBytes,
    Stats GovernanceTotalMs,
    Stats GovernanceTotalBytes,
    Stats GovernanceTotalCpuMs,
    Stats LoggingGeneratorCpuMs,
    Stats CompilerBindingMs,
    Stats CompilerBindingBytes,
    IReadOnlyList<AnalyzerTiming> AnalyzerTimings,
    IReadOnlyList<AnalyzerSolo> AnalyzersAlone)
{
    /// <summary>Governance (generator + what its analyzers add) over the LoggerMessage generator, by medians.</summary>
    public double TimeRatio => GovernanceTotalMs.Median / LoggingGeneratorMs.Median;

    public double AllocationRatio => GovernanceTotalBytes.Median / LoggingGeneratorBytes.Median;

    /// <summary>The same ratio in processor time of the process, which other processes on the machine do not inflate.</summary>
    public double CpuTimeRatio => GovernanceTotalCpuMs.Median / LoggingGeneratorCpuMs.Median;
}

/// <summary>What the untimed checks of one size found: the output compiles and the analyzers report what they should.</summary>
internal sealed record CompileVerification(
    int GovernanceGeneratedFiles,
    long GovernanceGeneratedChars,
    int LoggingGeneratedFiles,
    long LoggingGeneratedChars,
    int GovernanceOutputErrors,
    int GovernanceOutputWarnings,
    int LoggingOutputErrors,
    int LoggingOutputWarnings,
    int ExpectedDiagnosticsWithBaseline,
    int DiagnosticsWithBaseline,
    int ExpectedDiagnosticsWithoutBaseline,
    int DiagnosticsWithoutBaseline,
    string DiagnosticsWithoutBaselineById);

/// <summary>Time inside one analyzer's callbacks (logAnalyzerExecutionTime) and how many callbacks ran.</summary>
internal sealed record AnalyzerTiming(string Analyzer, Stats ExecutionMs, int SymbolActions, int OperationActions, int SyntaxNodeActions, int CompilationEndActions);

/// <summary>One analyzer run alone through CompilationWithAnalyzers, minus the no-op analyzer (paired runs).</summary>
internal sealed record AnalyzerSolo(string Analyzer, Stats AddedMs, Stats AddedBytes);

internal sealed record CompileResults(bool Quick, string Harness, string Roslyn, string LoggingGenerator, IReadOnlyList<CompileSizeResult> Sizes);

/// <summary>One replayed edit in a generator driver that tracks its steps.</summary>
internal sealed record EditResult(
    string Generator,
    string Edit,
    Stats Milliseconds,
    Stats AllocatedBytes,
    Stats TrackedMilliseconds,
    int New,
    int Modified,
    int Unchanged,
    int Cached,
    int Removed,
    string Steps)
{
    /// <summary>Outputs the edit made the generator produce again (new or changed source).</summary>
    public int Regenerated => New + Modified + Removed;
}

internal sealed record IdeResults(bool Quick, int Events, int Iterations, Stats InitialGovernanceMs, Stats InitialLoggingMs, IReadOnlyList<EditResult> Edits);

/// <summary>Wall times of dotnet build for one variant of the synthetic project, in one compiler-server mode.</summary>
internal sealed record CliVariantResult(
    string Variant,
    string Mode,
    string Description,
    Stats CleanBuildSeconds,
    Stats NoOpBuildSeconds,
    double AnalyzerSeconds,
    double GeneratorSeconds,
    IReadOnlyList<string> ReportedComponents);

internal sealed record CliResults(bool Quick, int Events, int Repetitions, string SdkVersion, string CompilerVersion, string PackageVersion, IReadOnlyList<CliVariantResult> Variants);

/// <summary>One run-time benchmark case from BenchmarkDotNet.</summary>
internal sealed record RuntimeCase(string Method, string Approach, int Fields, string State, double MeanNs, double ErrorNs, double StdDevNs, double MedianNs, long? AllocatedBytes);

internal sealed record RuntimeResults(bool Quick, string Job, string Toolchain, IReadOnlyList<RuntimeCase> Cases);

internal sealed record MachineInfo(
    string Cpu,
    int LogicalCores,
    string Os,
    string Runtime,
    string Sdk,
    string RoslynInProcess,
    string RoslynInSdk,
    string Date);

internal static class ResultFiles
{
    public const string Compile = "compile.json";
    public const string Ide = "ide.json";
    public const string Cli = "cli-build.json";
    public const string Runtime = "runtime.json";
    public const string Machine = "machine.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Save<T>(string directory, string name, T value)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name), JsonSerializer.Serialize(value, Json));
    }

    public static T? Load<T>(string directory, string name)
        where T : class
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) : null;
    }
}
