using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Governance.Reliability.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.Reliability.Tests.Ports;

/// <summary>
/// The 31 real events of six products ported to Governance (tests/TestData/ports, see its README) compile as written:
/// legacy names under the pattern the README gives, contexts, lists, enum-keyed maps, omitted nulls and pseudonymised
/// fields give no error, the generated code compiles without a warning, and the manifest holds what the port declares.
/// The blocks the README expects to be refused (dynamic-key maps, under GOVERNANCE_PORT_REFUSED) give GOV004 on each map.
/// </summary>
public sealed class PortedTelemetryTests
{
    /// <summary>The README's pattern, which accepts all 31 names.</summary>
    private const string EventNamePattern = "^[A-Za-z][A-Za-z0-9]*([./_-][A-Za-z0-9]+)*$";

    /// <summary>
    /// The heuristics the README expects to speak up on this material (personal-looking names, free text): warnings a
    /// team reviews, whose exact list belongs to the vocabulary; and GOV030, as there is no reviewed baseline.
    /// </summary>
    private static readonly HashSet<string> ExpectedWarnings = ["GOV010", "GOV013", "GOV030"];

    public static TheoryData<string, int, int, int, int> Products => new()
    {
        // file, events in the main block, context fields, lists, enum-keyed maps (README, "Counts")
        { "DotNetCli", 6, 20, 1, 0 },
        { "NuGet", 5, 0, 5, 2 },
        { "PowerShell", 5, 2, 2, 0 },
        { "Bicep", 4, 1, 1, 0 },
        { "PowerToys", 4, 3, 3, 0 },
    };

    public static TheoryData<string, string[]> Refused => new()
    {
        { "DotNetCli", ["OptionValues"] },
        { "NuGet", ["ResourcesDetails", "HttpStatusCodes"] },
        { "AzurePowerShell", ["CustomProperties"] },
        { "Bicep", ["DisableNextLineCodes", "DisableNextLineCodesInReferencedFiles", "RuleLevels"] },
        { "PowerToys", ["EditorFormats"] },
    };

    [Theory]
    [MemberData(nameof(Products))]
    public void A_ported_product_compiles_and_its_manifest_holds_what_it_declares(string file, int events, int contextFields, int lists, int maps)
    {
        var outcome = Check(file, Port(file), [], file);

        var manifest = Manifest(outcome);
        Assert.Equal(events, manifest.GetProperty("events").GetArrayLength());
        Assert.Equal(contextFields, manifest.TryGetProperty("context", out var context) ? context.GetProperty("fields").GetArrayLength() : 0);
        Assert.True(contextFields > 0 || !manifest.TryGetProperty("context", out _), "A product without context fields has no 'context' in its manifest.");
        var fields = AllFields(manifest).ToList();
        Assert.Equal(lists, fields.Count(f => f.TryGetProperty("shape", out var shape) && shape.GetString() == "list"));
        Assert.Equal(maps, fields.Count(f => f.TryGetProperty("shape", out var shape) && shape.GetString() == "map"));
        Assert.All(fields.Where(f => f.GetProperty("dataClass").GetString() == "identifier"), f => Assert.Equal("keyed", f.GetProperty("hashing").GetString()));
        Assert.Empty(ManifestSchema.Validate(outcome.ManifestDocument()!));
    }

    [Fact]
    public void Azure_PowerShell_builds_as_its_two_modules_each_with_its_context()
    {
        // Az.Accounts and Az.Tools.Predictor are two modules with two telemetry clients; both declare HashMacAddress, OS
        // and PowerShellVersion, so as one assembly their contexts clash (GOV009), as the README foresaw.
        var (accounts, predictor) = SplitAzure();
        var accountsManifest = Manifest(Check("AzurePowerShell", accounts, [], "Ports.AzurePowerShell"));
        var predictorManifest = Manifest(Check("AzurePowerShell", predictor, [], "Ports.AzurePowerShell.Predictor"));

        Assert.Equal(1, accountsManifest.GetProperty("events").GetArrayLength());
        Assert.Equal(11, accountsManifest.GetProperty("context").GetProperty("fields").GetArrayLength());
        Assert.Equal(4, predictorManifest.GetProperty("events").GetArrayLength());
        Assert.Equal(7, predictorManifest.GetProperty("context").GetProperty("fields").GetArrayLength());

        var together = Run(Toolchain.Compile([("/ports/AzurePowerShell.cs", Port("AzurePowerShell"))], assemblyName: "Ports.AzurePowerShell"));
        Assert.Contains(together.AnalyzerDiagnostics, d => d.Id == "GOV009" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'HashMacAddress'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void The_dynamic_key_maps_are_refused_with_GOV004_and_the_rest_still_generates(string file, string[] maps)
    {
        var source = Port(file);
        var compilation = file == "AzurePowerShell"
            ? Toolchain.Compile([("/ports/" + file + ".cs", SplitAzure().Accounts)], Refusing, "Ports.AzurePowerShell")
            : Toolchain.Compile([("/ports/" + file + ".cs", source)], Refusing, "Ports." + file);
        var outcome = Run(compilation);

        Assert.Null(outcome.Crash());
        Assert.Empty(outcome.GeneratedCodeProblems());
        var refused = outcome.AnalyzerDiagnostics.Where(d => d.Id == "GOV004").ToList();
        Assert.Equal(maps.Order(StringComparer.Ordinal), refused.Select(d => PropertyAt(d)).Order(StringComparer.Ordinal));
        Assert.All(refused, d => Assert.Contains("key it by an enum", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    private static readonly CSharpParseOptions Refusing = Toolchain.ParseOptions.WithPreprocessorSymbols("GOVERNANCE_PORT_REFUSED");

    private static ToolchainOutcome Check(string file, string source, MetadataReference[] references, string assemblyName)
    {
        var outcome = Run(Toolchain.Compile([("/ports/" + file + ".cs", source)], assemblyName: assemblyName, references: references));
        Assert.Null(outcome.Crash());
        Assert.Empty(outcome.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Empty(outcome.AnalyzerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        Assert.Empty(outcome.AnalyzerDiagnostics.Where(d => !ExpectedWarnings.Contains(d.Id)).Select(d => d.ToString()));
        return outcome;
    }

    private static ToolchainOutcome Run(Compilation compilation) =>
        Toolchain.Run(compilation, options: AnalyzerInputs.Create(new Dictionary<string, string> { ["governance.event_name_pattern"] = EventNamePattern }));

    private static string Port(string file) => File.ReadAllText(RepoPaths.InRepo("tests", "TestData", "ports", file + ".cs.txt"));

    /// <summary>The Azure PowerShell port as its two modules: the Predictor namespace becomes an assembly of its own.</summary>
    private static (string Accounts, string Predictor) SplitAzure()
    {
        var text = Port("AzurePowerShell");
        var split = text.IndexOf("// Az.Tools.Predictor:", StringComparison.Ordinal);
        Assert.True(split > 0, "The Azure PowerShell port no longer has its Predictor part where this test splits it.");
        const string Header = "using System;\nusing System.Collections.Generic;\nusing Governance;\n\n[assembly: TelemetryProduct(\"Az.Tools.Predictor\")]\n\n";
        return (text[..split], Header + text[split..]);
    }

    private static JsonElement Manifest(ToolchainOutcome outcome) => JsonDocument.Parse(outcome.ManifestDocument()!).RootElement;

    private static IEnumerable<JsonElement> AllFields(JsonElement manifest) =>
        manifest.GetProperty("events").EnumerateArray().SelectMany(e => e.GetProperty("fields").EnumerateArray())
            .Concat(manifest.TryGetProperty("context", out var context) ? context.GetProperty("fields").EnumerateArray() : []);

    /// <summary>The name of the property a GOV004 diagnostic sits on (its type).</summary>
    private static string PropertyAt(Diagnostic diagnostic)
    {
        var node = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan);
        var property = node.AncestorsAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().First();
        return property.Identifier.ValueText;
    }
}
