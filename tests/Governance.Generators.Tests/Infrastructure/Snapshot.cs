using Governance.Testing;

namespace Governance.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated files with the committed baselines under Snapshots/&lt;case&gt;/. Run the tests with
/// GOVERNANCE_UPDATE_SNAPSHOTS=1 to rewrite the baselines after an intended change: every snapshot test then fails
/// after writing (a run that rewrites can never pass), so review the diff and rerun without the variable. Under CI
/// the variable is refused: CI compares, it never accepts.
/// </summary>
internal static class Snapshot
{
    private const string UpdateVariable = "GOVERNANCE_UPDATE_SNAPSHOTS";

    /// <summary>Stands for the tool's version in baselines, so a version bump does not rewrite every snapshot.</summary>
    private const string VersionPlaceholder = "{ToolVersion}";

    public static void Verify(string caseName, IReadOnlyDictionary<string, string> generated) =>
        Verify(RepoPaths.InRepo("tests", "Governance.Generators.Tests", "Snapshots"), caseName, generated, Environment.GetEnvironmentVariable);

    /// <summary>Compares (or, when asked, rewrites) the case's baselines under <paramref name="root"/>, reading the environment through <paramref name="environment"/>.</summary>
    public static void Verify(string root, string caseName, IReadOnlyDictionary<string, string> generated, Func<string, string?> environment)
    {
        var files = generated.ToDictionary(f => f.Key, f => f.Value.Replace(Governance.CodeAnalysis.Model.ToolInfo.Version, VersionPlaceholder, StringComparison.Ordinal));
        var directory = Path.Combine(root, caseName);
        if (environment(UpdateVariable) == "1")
        {
            Assert.False(IsContinuousIntegration(environment("CI")), $"{UpdateVariable}=1 is refused under CI (CI is set): snapshots are rewritten on a developer's machine and reviewed, never accepted by a build.");
            var changed = Rewrite(directory, files);
            Assert.Fail(changed
                ? $"Snapshot '{caseName}' was rewritten ({UpdateVariable}=1). Review the diff (git diff -- tests/Governance.Generators.Tests/Snapshots/{caseName}), then rerun without {UpdateVariable}."
                : $"Snapshot '{caseName}' is up to date; nothing was rewritten. A run with {UpdateVariable}=1 never passes: rerun without it.");
        }

        Assert.True(Directory.Exists(directory), $"No snapshot for '{caseName}'. Run with {UpdateVariable}=1 to create it, then review it.");
        var expectedNames = Directory.GetFiles(directory).Select(p => Path.GetFileName(p)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(expectedNames, files.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList());
        foreach (var (name, content) in files)
        {
            var expected = File.ReadAllText(Path.Combine(directory, name)).ReplaceLineEndings("\n");
            Assert.True(expected == content, $"Snapshot {caseName}/{name} differs. Actual:\n{content}");
        }
    }

    /// <summary>CI is set to something other than empty, "false" or "0" (the runtime reads it the same way).</summary>
    private static bool IsContinuousIntegration(string? ci) =>
        ci is not null && ci.Trim().Length > 0 && !ci.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) && ci.Trim() != "0";

    /// <summary>Replaces the case's directory with the files; returns whether any file was added, removed or changed.</summary>
    private static bool Rewrite(string directory, IReadOnlyDictionary<string, string> files)
    {
        var before = Directory.Exists(directory)
            ? Directory.GetFiles(directory).ToDictionary(p => Path.GetFileName(p), p => File.ReadAllText(p).ReplaceLineEndings("\n"), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var changed = before.Count != files.Count || files.Any(f => !before.TryGetValue(f.Key, out var old) || old != f.Value);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), content);
        }

        return changed;
    }

    /// <summary>
    /// The generated files plus the documents the build task writes from the manifest compiled into the assembly
    /// (rendered here by the same code), as readable files.
    /// </summary>
    public static Dictionary<string, string> WithManifestDocuments(IReadOnlyDictionary<string, string> sources)
    {
        var files = new Dictionary<string, string>(sources, StringComparer.Ordinal);
        if (sources.TryGetValue("Governance.TelemetryManifest.g.cs", out var manifest))
        {
            files["telemetry-manifest.json"] = IndentedManifest(manifest);
            files["telemetry-privacy.md"] = PrivacyDocument(manifest);
        }

        return files;
    }

    /// <summary>The compact JSON of <c>[assembly: TelemetryManifest("...")]</c> in the generated manifest file.</summary>
    public static string CompiledManifest(string manifestSource) => Governance.Testing.CompiledManifest.FromSource(manifestSource);

    /// <summary>telemetry-manifest.json as the build task writes it from the compiled manifest.</summary>
    public static string IndentedManifest(string manifestSource) => Governance.Testing.CompiledManifest.IndentedJson(CompiledManifest(manifestSource));

    /// <summary>telemetry-privacy.md as the build task writes it from the compiled manifest.</summary>
    public static string PrivacyDocument(string manifestSource) => Governance.Testing.CompiledManifest.PrivacyDocument(CompiledManifest(manifestSource));
}
