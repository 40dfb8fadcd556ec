using System.Reflection;
using System.Text.RegularExpressions;
using Governance.OpenTelemetry;
using YamlDotNet.RepresentationModel;

namespace Governance.Hosting.Tests;

/// <summary>
/// The collector configuration in docs/opentelemetry.md is an example, not run against a collector; this checks that
/// it parses and hangs together, and that it routes by the attributes Governance actually sends.
/// </summary>
public sealed partial class CollectorRecipeTests
{
    private static readonly string[] SectionsOfAComponent = { "receivers", "processors", "exporters", "connectors", "extensions" };

    [Fact]
    public void The_collector_recipe_parses_and_every_pipeline_uses_declared_components()
    {
        var root = Recipe();
        var known = new HashSet<string>(SectionsOfAComponent.Concat(new[] { "service" }));
        Assert.All(root.Children.Keys, key => Assert.Contains(Scalar(key), known));

        var receivers = Names(root, "receivers");
        var exporters = Names(root, "exporters");
        var connectors = Names(root, "connectors");
        var processors = Names(root, "processors");
        var pipelines = (YamlMappingNode)((YamlMappingNode)root.Children[new YamlScalarNode("service")]).Children[new YamlScalarNode("pipelines")];
        Assert.NotEmpty(pipelines.Children);

        var receivingConnectors = new HashSet<string>();
        var exportingConnectors = new HashSet<string>();
        foreach (var (nameNode, pipelineNode) in pipelines.Children)
        {
            var name = Scalar(nameNode);
            Assert.Matches("^logs(/[a-z_]+)?$", name);
            var pipeline = (YamlMappingNode)pipelineNode;
            var pipelineReceivers = List(pipeline, "receivers");
            var pipelineExporters = List(pipeline, "exporters");
            Assert.NotEmpty(pipelineReceivers);
            Assert.NotEmpty(pipelineExporters);
            Assert.All(pipelineReceivers, r => Assert.True(receivers.Contains(r) || connectors.Contains(r), $"{name}: receiver '{r}' is not declared"));
            Assert.All(pipelineExporters, e => Assert.True(exporters.Contains(e) || connectors.Contains(e), $"{name}: exporter '{e}' is not declared"));
            Assert.All(List(pipeline, "processors"), p => Assert.Contains(p, processors));
            receivingConnectors.UnionWith(pipelineReceivers.Where(connectors.Contains));
            exportingConnectors.UnionWith(pipelineExporters.Where(connectors.Contains));
        }

        // A connector joins two pipelines: one exports into it, another receives from it.
        Assert.Equal(connectors.Order(), receivingConnectors.Order());
        Assert.Equal(connectors.Order(), exportingConnectors.Order());
    }

    [Fact]
    public void The_routes_lead_to_pipelines_that_exist_and_test_attributes_Governance_sends()
    {
        var root = Recipe();
        var pipelines = ((YamlMappingNode)((YamlMappingNode)root.Children[new YamlScalarNode("service")]).Children[new YamlScalarNode("pipelines")])
            .Children.Keys.Select(Scalar).ToHashSet();
        var routing = (YamlMappingNode)((YamlMappingNode)root.Children[new YamlScalarNode("connectors")]).Children[new YamlScalarNode("routing")];

        Assert.All(List(routing, "default_pipelines"), p => Assert.Contains(p, pipelines));
        var routes = (YamlSequenceNode)routing.Children[new YamlScalarNode("table")];
        Assert.NotEmpty(routes.Children);
        var sent = typeof(TelemetryAttributes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet();
        foreach (var route in routes.Children.Cast<YamlMappingNode>())
        {
            Assert.All(List(route, "pipelines"), p => Assert.Contains(p, pipelines));
            var statement = Scalar(route.Children[new YamlScalarNode("statement")]);
            var attributes = AttributeReference().Matches(statement).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(attributes);
            Assert.All(attributes, a => Assert.Contains(a, sent));
        }
    }

    /// <summary>The one YAML block of docs/opentelemetry.md, parsed.</summary>
    private static YamlMappingNode Recipe()
    {
        var root = typeof(CollectorRecipeTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        var markdown = File.ReadAllText(Path.Combine(root, "docs", "opentelemetry.md")).ReplaceLineEndings("\n");
        var block = Assert.Single(YamlBlock().Matches(markdown));
        var stream = new YamlStream();
        stream.Load(new StringReader(block.Groups[1].Value));
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static HashSet<string> Names(YamlMappingNode root, string section) =>
        root.Children.TryGetValue(new YamlScalarNode(section), out var node) && node is YamlMappingNode components
            ? components.Children.Keys.Select(Scalar).ToHashSet()
            : new HashSet<string>();

    private static List<string> List(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlSequenceNode)value).Children.Select(Scalar).ToList() : new List<string>();

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex("attributes\\[\"([^\"]+)\"\\]")]
    private static partial Regex AttributeReference();
}
