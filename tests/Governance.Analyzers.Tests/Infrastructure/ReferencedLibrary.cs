using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Governance.Testing;

namespace Governance.Analyzers.Tests.Infrastructure;

/// <summary>One event as a referenced assembly's manifest records it.</summary>
internal sealed record LibraryEvent(string Name, int RetentionDays = 30, string Consent = "optOut", string? Assembly = null, params string[] Fields);

/// <summary>
/// A compiled library that carries a manifest (<c>[assembly: Governance.TelemetryManifest("...")]</c>), as the
/// generator compiles one into every assembly with events: what an application's analyzers read from its references.
/// </summary>
internal static class ReferencedLibrary
{
    /// <summary>The library's image; <see cref="LibraryEvent.Assembly"/> names another declaring assembly (a dependency's event it carries).</summary>
    public static MetadataReference Build(string assemblyName, params LibraryEvent[] events)
    {
        var manifest = new Dictionary<string, object?>
        {
            ["manifestVersion"] = 1,
            ["generator"] = new { name = "Governance", version = "1.0.0" },
            ["product"] = new Dictionary<string, object?> { ["name"] = assemblyName, ["assembly"] = assemblyName, ["dataController"] = null, ["privacyContact"] = null, ["privacyPolicyUrl"] = null, ["securityContact"] = null },
            ["events"] = events.Select(e => new Dictionary<string, object?>
            {
                ["name"] = e.Name,
                ["assembly"] = e.Assembly ?? assemblyName,
                ["sourceType"] = assemblyName + ".Event",
                ["purpose"] = "Measure how long " + e.Name + " takes to size the service.",
                ["retentionDays"] = e.RetentionDays,
                ["consent"] = e.Consent,
                ["access"] = "team",
                ["owner"] = null,
                ["expires"] = null,
                ["dataClasses"] = e.Fields.Length == 0 ? Array.Empty<string>() : new[] { "technical" },
                ["fields"] = e.Fields.Select(f => new { name = f, property = f, type = "int", description = "A count.", dataClass = "technical" }).ToArray(),
            }).ToArray(),
        };
        return WithManifest(assemblyName, JsonSerializer.Serialize(manifest));
    }

    /// <summary>A library whose manifest attribute holds <paramref name="json"/> exactly, readable or not.</summary>
    public static MetadataReference WithManifest(string assemblyName, string json)
    {
        var source = "[assembly: Governance.TelemetryManifest(" + SymbolDisplay.FormatLiteral(json, quote: true) + ")]";
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            SdkReferenceAssemblies.All.Add(MetadataReference.CreateFromFile(typeof(TelemetryClient).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
