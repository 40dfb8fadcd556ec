using System.Text.Json;
using Json.Schema;

namespace Governance.Testing;

/// <summary>Validates manifests against the published schema, docs/telemetry-manifest.schema.json.</summary>
public static class ManifestSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(RepoPaths.ManifestSchema));

    /// <summary>The validation errors ("location: message"), empty when the manifest is valid.</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no detail reported)"];
    }
}
