using System.Reflection;

namespace Governance.Testing;

/// <summary>Paths of committed files that tests read: the schema, snapshots, rules.md.</summary>
public static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string ManifestSchema => Path.Combine(Root, "docs", "telemetry-manifest.schema.json");

    public static string InRepo(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());
}
