using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Governance.Analyzers.Tests.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeFixes;
using Governance.Testing;

namespace Governance.Analyzers.Tests;

/// <summary>
/// The rule catalogue stays in one piece: every id in the central list has a descriptor, a help link to its own
/// section of rules.md, a section with the required parts, a row in the summary table, and a line in
/// AnalyzerReleases.Unshipped.md, all agreeing on title, severity, category and whether a code fix exists.
/// </summary>
public sealed partial class RuleCatalogueTests
{
    private static readonly string RulesDocument = File.ReadAllText(RepoPaths.InRepo("rules.md"));

    private static readonly IReadOnlyList<DiagnosticDescriptor> Descriptors =
        AnalyzerRunner.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).ToList();

    private static readonly IReadOnlyList<string> CentralIds =
        typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();

    private static readonly IReadOnlySet<string> FixableIds =
        typeof(MakePartialCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToHashSet();

    public static TheoryData<string> Ids => new(CentralIds);

    [Fact]
    public void The_central_list_and_the_descriptors_name_the_same_ids()
    {
        Assert.NotEmpty(CentralIds);
        Assert.Equal(CentralIds, Descriptors.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(CentralIds, id => Assert.Matches("^GOV[0-9]{3}$", id));
    }

    [Fact]
    public void Descriptors_sharing_an_id_agree_on_everything_users_see()
    {
        foreach (var group in Descriptors.GroupBy(d => d.Id))
        {
            Assert.Single(group.Select(d => (d.Title.ToString(), d.Category, d.DefaultSeverity, d.HelpLinkUri)).Distinct());
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_links_to_its_own_documented_section(string id)
    {
        var descriptor = Descriptors.First(d => d.Id == id);
        Assert.Equal(HelpLinks.For(id), descriptor.HelpLinkUri);
        Assert.Equal(PackageProjectUrl + "/blob/main/rules.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
        Assert.StartsWith("Governance.", descriptor.Category, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));

        var section = Section(id);
        Assert.Contains($"<a id=\"{id.ToLowerInvariant()}\"></a>\n## {id} — {descriptor.Title}\n", RulesDocument, StringComparison.Ordinal);
        var severity = descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning";
        Assert.Contains($"**Severity:** {severity} · **Code fix:** {(FixableIds.Contains(id) ? "yes" : "no")}", section, StringComparison.Ordinal);
        foreach (var part in new[] { "### Why", "### Non-compliant", "### Compliant", "### Options", "### How to fix" })
        {
            Assert.Contains(part + "\n", section, StringComparison.Ordinal);
        }

        Assert.Matches(new Regex("### Non-compliant\n\n```(csharp|ini|json)\n"), section);
        Assert.Matches(new Regex("### Compliant\n\n```(csharp|ini|json)\n"), section);
        Assert.Contains($"| [{id}](#{id.ToLowerInvariant()}) | {descriptor.Title} | {severity} | {(FixableIds.Contains(id) ? "yes" : "no")} |", RulesDocument, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_links_come_from_the_one_project_url_of_the_package()
    {
        // Generated into the analyzer assembly from Directory.Build.props at build time (PackageMetadata.targets).
        Assert.Equal(PackageMetadata.ProjectUrl, PackageProjectUrl);
        Assert.Equal(HelpLinks.DefaultRulesDocument, PackageProjectUrl + "/blob/main/rules.md");
        Assert.StartsWith("https://", PackageProjectUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_document_has_no_section_for_an_unknown_id_and_no_broken_anchor()
    {
        var sections = SectionHeading().Matches(RulesDocument).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(CentralIds, sections.OrderBy(id => id, StringComparer.Ordinal));

        var anchors = new HashSet<string>(AnchorDefinition().Matches(RulesDocument).Select(m => m.Groups[1].Value));
        foreach (Match heading in HeadingLine().Matches(RulesDocument))
        {
            anchors.Add(Slug(heading.Groups[1].Value));
        }

        var links = AnchorLink().Matches(RulesDocument).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Contains(link, anchors));
    }

    [Fact]
    public void Release_tracking_lists_every_rule_with_its_category_and_severity()
    {
        var rows = File.ReadAllLines(RepoPaths.InRepo("src", "Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Where(l => l.StartsWith("GOV", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

        Assert.Equal(CentralIds, rows.Select(r => r[0]).OrderBy(id => id, StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var descriptor = Descriptors.First(d => d.Id == row[0]);
            Assert.Equal(descriptor.Category, row[1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
        }
    }

    /// <summary>PackageProjectUrl as Directory.Build.props sets it: the package's metadata and the links' base.</summary>
    private static string PackageProjectUrl =>
        XDocument.Load(RepoPaths.InRepo("Directory.Build.props")).Descendants("PackageProjectUrl").Single().Value.TrimEnd('/');

    private static string Section(string id)
    {
        var start = RulesDocument.IndexOf($"## {id} — ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"rules.md has no section for {id}");
        var next = RulesDocument.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return next < 0 ? RulesDocument[start..] : RulesDocument[start..next];
    }

    /// <summary>GitHub's heading anchor: lower case, spaces to dashes, punctuation dropped.</summary>
    private static string Slug(string heading) =>
        new string(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_').ToArray()).Replace(' ', '-');

    [GeneratedRegex("^## (GOV[0-9]{3}) — ", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex("<a id=\"([a-z0-9-]+)\"></a>")]
    private static partial Regex AnchorDefinition();

    [GeneratedRegex("^#+ (.+)$", RegexOptions.Multiline)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"\]\(#([a-z0-9-]+)\)")]
    private static partial Regex AnchorLink();
}
