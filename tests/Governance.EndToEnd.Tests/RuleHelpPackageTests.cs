using System.IO.Compression;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.EndToEnd.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.EndToEnd.Tests;

/// <summary>
/// Help that exists: the packed package carries the rules' documentation, and every diagnostic of the packed
/// analyzers links, by default, to a section of it at the package's project URL. Reads the .nupkg only; no consumer
/// build.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class RuleHelpPackageTests
{
    private const string DocumentEntry = "docs/rules.md";

    private readonly PackageFixture _packages;

    public RuleHelpPackageTests(PackageFixture packages)
    {
        _packages = packages;
    }

    [Fact]
    public void Every_rule_links_to_a_section_of_the_documentation_inside_the_package()
    {
        Assert.Contains(DocumentEntry, _packages.PackageEntries("Governance"));
        var document = _packages.PackageFile("Governance", DocumentEntry);
        Assert.Equal(File.ReadAllText(RepoPaths.InRepo("rules.md")), document);
        var anchors = AnchorDefinition().Matches(document).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var projectUrl = ProjectUrl().Match(_packages.PackageFile("Governance", "Governance.nuspec")).Groups[1].Value.TrimEnd('/');
        Assert.StartsWith("https://", projectUrl, StringComparison.Ordinal);

        var descriptors = PackedAnalyzers().SelectMany(a => a.SupportedDiagnostics).ToList();
        Assert.Contains(descriptors, d => d.Id == "GOV001");
        Assert.All(descriptors, descriptor =>
        {
            var anchor = descriptor.Id.ToLowerInvariant();
            Assert.Equal(projectUrl + "/blob/main/rules.md#" + anchor, descriptor.HelpLinkUri);
            Assert.Contains(anchor, anchors);
        });
    }

    /// <summary>The analyzers as the package ships them, loaded from the .nupkg in a context of their own.</summary>
    private List<DiagnosticAnalyzer> PackedAnalyzers()
    {
        var directory = Directory.CreateDirectory(Path.Combine(_packages.Root, "packed-analyzers")).FullName;
        var path = Path.Combine(directory, "Governance.Analyzers.dll");
        using (var archive = ZipFile.OpenRead(_packages.PackagePath("Governance")))
        {
            archive.GetEntry("analyzers/dotnet/cs/Governance.Analyzers.dll")!.ExtractToFile(path, overwrite: true);
        }

        // Roslyn itself resolves from the test's own context, as a compiler host provides it to analyzers.
        var assembly = new AssemblyLoadContext("packed-analyzers", isCollectible: true).LoadFromAssemblyPath(path);
        return assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
    }

    [GeneratedRegex("<a id=\"([a-z0-9-]+)\"></a>")]
    private static partial Regex AnchorDefinition();

    [GeneratedRegex("<projectUrl>([^<]+)</projectUrl>")]
    private static partial Regex ProjectUrl();
}
