using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Governance.Testing;

namespace Governance.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated files with the committed baselines under Snapshots/&lt;case&gt;/. Run the tests with
/// GOVERNANCE_UPDATE_SNAPSHOTS=1 to rewrite the baselines after an intended change, then review the diff.
/// </summary>
internal static class Snapshot
{
    private static bool Updating => Environment.GetEnvironmentVariable("GOVERNANCE_UPDATE_SNAPSHOTS") == "1";

    /// <summary>Stands for the tool's version in baselines, so a version bump does not rewrite every snapshot.</summary>
    private const string VersionPlaceholder = "{ToolVersion}";

    public static void Verify(string caseName, IReadOnlyDictionary<string, string> generated)
    {
        var files = generated.ToDictionary(f => f.Key, f => f.Value.Replace(Governance.CodeAnalysis.Model.ToolInfo.Version, VersionPlaceholder, StringComparison.Ordinal));
        var directory = RepoPaths.InRepo("tests", "Governance.Generators.Tests", "Snapshots", caseName);
        if (Updating)
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            foreach (var (name, content) in files)
            {
                File.WriteAllText(Path.Combine(directory, name), content);
            }

            return;
        }

        Assert.True(Directory.Exists(directory), $"No snapshot for '{caseName}'. Run with GOVERNANCE_UPDATE_SNAPSHOTS=1 to create it.");
        var expectedNames = Directory.GetFiles(directory).Select(p => Path.GetFileName(p)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(expectedNames, files.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList());
        foreach (var (name, content) in files)
        {
            var expected = File.ReadAllText(Path.Combine(directory, name)).ReplaceLineEndings("\n");
            Assert.True(expected == content, $"Snapshot {caseName}/{name} differs. Actual:\n{content}");
        }
    }

    /// <summary>The generated files plus the manifest's JSON and Markdown constants as readable files.</summary>
    public static Dictionary<string, string> WithManifestDocuments(IReadOnlyDictionary<string, string> sources)
    {
        var files = new Dictionary<string, string>(sources, StringComparer.Ordinal);
        if (sources.TryGetValue("Governance.TelemetryManifest.g.cs", out var manifest))
        {
            files["telemetry-manifest.json"] = ReadConstant(manifest, "Json");
            files["telemetry-privacy.md"] = ReadConstant(manifest, "Markdown");
        }

        return files;
    }

    public static string ReadConstant(string source, string name)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var declarator = root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == name);
        var literal = (LiteralExpressionSyntax)declarator.Initializer!.Value;
        return literal.Token.ValueText;
    }
}
