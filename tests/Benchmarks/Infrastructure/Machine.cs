using System.Diagnostics;
using System.Runtime.InteropServices;
using Governance.Benchmarks.Compiler;

namespace Governance.Benchmarks.Infrastructure;

/// <summary>What the figures were measured on: processor, cores, OS, runtime, SDK and both compilers.</summary>
internal static class Machine
{
    public static MachineInfo Describe()
    {
        var sdk = DotnetVersion();
        return new MachineInfo(
            Cpu(),
            Environment.ProcessorCount,
            OperatingSystem(),
            RuntimeInformation.FrameworkDescription + " (" + RuntimeInformation.RuntimeIdentifier + ")",
            sdk,
            Short(CompilerComponents.RoslynInformationalVersion),
            SdkRoslynVersion(sdk),
            DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The dotnet root: shared/Microsoft.NETCore.App/&lt;version&gt;/ is three levels below it.</summary>
    public static string DotnetRoot =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    /// <summary>The version of the compiler in the SDK that <c>dotnet build</c> uses here.</summary>
    public static string SdkRoslynVersion(string sdk)
    {
        var path = Path.Combine(DotnetRoot, "sdk", sdk, "Roslyn", "bincore", "Microsoft.CodeAnalysis.dll");
        return File.Exists(path) ? Short(FileVersionInfo.GetVersionInfo(path).ProductVersion ?? "unknown") : "unknown";
    }

    public static string DotnetVersion()
    {
        var start = new ProcessStartInfo("dotnet", "--version")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = BuildInfo.RepoRoot,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }

    private static string Cpu()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    private static string OperatingSystem()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").Where(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)).Select(l => l["PRETTY_NAME=".Length..].Trim('"')).FirstOrDefault()
            : null;
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? "Linux " + File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : RuntimeInformation.OSDescription;
        return pretty is null ? kernel : pretty + ", " + kernel;
    }

    private static string Short(string version) => version.Split('+')[0];
}
