using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Governance.CodeAnalysis.Documents;
using Governance.CodeAnalysis.Manifest;

namespace Governance.Testing;

/// <summary>
/// The manifest the generator compiles into an assembly (<c>[assembly: Governance.TelemetryManifest("...")]</c>), and
/// the documents the build task writes from it, rendered by the same shared code the task links.
/// </summary>
public static class CompiledManifest
{
    /// <summary>The hint name of the generated file that carries the manifest.</summary>
    public const string HintName = "Governance.TelemetryManifest.g.cs";

    /// <summary>The compact JSON of the manifest attribute in the generated manifest file's source.</summary>
    public static string FromSource(string manifestSource)
    {
        var attribute = CSharpSyntaxTree.ParseText(manifestSource).GetRoot().DescendantNodes().OfType<AttributeListSyntax>()
            .Where(list => list.Target?.Identifier.ValueText == "assembly")
            .SelectMany(list => list.Attributes)
            .Single(a => a.Name.ToString() == "global::Governance.TelemetryManifestAttribute");
        return ((LiteralExpressionSyntax)attribute.ArgumentList!.Arguments.Single().Expression).Token.ValueText;
    }

    /// <summary><c>telemetry-manifest.json</c> as the build task writes it from the compact manifest.</summary>
    public static string IndentedJson(string compactJson) => ManifestJsonWriter.Write(ManifestJsonReader.Read(compactJson));

    /// <summary><c>telemetry-privacy.md</c> as the build task writes it from the compact manifest.</summary>
    public static string PrivacyDocument(string compactJson) => PrivacyDocumentWriter.Write(ManifestJsonReader.Read(compactJson));

    /// <summary><c>telemetry-privacy.html</c> as the build task writes it from the compact manifest.</summary>
    public static string PrivacyPage(string compactJson) => PrivacyDocumentWriter.WriteHtml(ManifestJsonReader.Read(compactJson));
}
