using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Governance.Testing;

/// <summary>The outcome of one dotnet command: exit code and everything it printed.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    private static readonly Regex DiagnosticLine = new(@"^(?<origin>[^\r\n]*?): (?<severity>warning|error) (?<id>[A-Z]+[0-9]+): (?<message>[^\r\n]*?)(?: \[[^\]\r\n]+\])?\r?$", RegexOptions.Multiline);

    /// <summary>Warnings and errors reported by the build, deduplicated (MSBuild repeats them in its summary).</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics =>
        DiagnosticLine.Matches(Output)
            .Select(m => new BuildDiagnostic(m.Groups["severity"].Value, m.Groups["id"].Value, m.Groups["message"].Value.Trim(), m.Value.TrimEnd('\r')))
            .Distinct()
            .ToList();

    public CommandResult AssertSucceeded()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException($"The command failed with exit code {ExitCode}:\n{Output}");
        }

        return this;
    }
}

public sealed record BuildDiagnostic(string Severity, string Id, string Message, string Line);

/// <summary>
/// Runs the dotnet CLI as a user would, in a clean environment: the variables the test host sets for itself
/// (MSBuild and VSTest) are removed so the child build is not steered by the parent's.
/// </summary>
public static class DotnetCli
{
    public static CommandResult Run(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
                || name is "DOTNET_HOST_PATH" or "DO_NOT_TRACK" or "CI")
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var gate = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(5)).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in time:\n{output}");
        }

        process.WaitForExit();
        lock (gate)
        {
            return new CommandResult(process.ExitCode, output.ToString());
        }
    }
}
