using System.Runtime.InteropServices;

namespace Governance.Testing;

/// <summary>The compiler of the SDK this repository builds with (global.json applies), run as a user's build runs it.</summary>
public static class SdkCompiler
{
    private static readonly Lazy<string> Lazy = new(Find);

    /// <summary>The path of the SDK's csc.dll, for <c>dotnet exec</c>.</summary>
    public static string Path => Lazy.Value;

    private static string Find()
    {
        var version = DotnetCli.Run(RepoPaths.Root, ["--version"]).AssertSucceeded().Output.Trim();
        var dotnetRoot = System.IO.Path.GetFullPath(System.IO.Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var csc = System.IO.Path.Combine(dotnetRoot, "sdk", version, "Roslyn", "bincore", "csc.dll");
        if (!File.Exists(csc))
        {
            throw new InvalidOperationException($"no compiler at {csc}");
        }

        return csc;
    }
}
