using System.Reflection;

namespace Governance.Benchmarks.Infrastructure;

/// <summary>Paths and versions the project file records at build time (assembly metadata), so nothing is guessed.</summary>
internal static class BuildInfo
{
    private static readonly Dictionary<string, string> Values = typeof(BuildInfo).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Where(a => a.Value is not null)
        .GroupBy(a => a.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last().Value!, StringComparer.Ordinal);

    public static string? Get(string key) => Values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public static string Require(string key) =>
        Get(key) ?? throw new InvalidOperationException($"The build did not record '{key}'; build tests/Benchmarks with dotnet build.");

    /// <summary>The repository root (with a trailing separator).</summary>
    public static string RepoRoot => Require("RepoRoot");
}
