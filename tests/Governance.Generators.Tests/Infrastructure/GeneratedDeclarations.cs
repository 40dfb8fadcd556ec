using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.Generators.Tests.Infrastructure;

/// <summary>
/// The event declarations a generated file hands to <c>TelemetryEventDescriptor.FromDeclaration</c>, decoded (the
/// runtime's compact form: a positional JSON array), so tests read what a descriptor will say, not how it is spelled.
/// </summary>
internal sealed record GeneratedDeclaration(string Name, string Purpose, int RetentionDays, int Consent, int Access, string? Assembly, bool IncludesContext)
{
    public static IReadOnlyList<GeneratedDeclaration> In(string source) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(call => call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromDeclaration" })
            .Select(call => Decode((string)((LiteralExpressionSyntax)call.ArgumentList.Arguments.Single().Expression).Token.Value!))
            .ToList();

    private static GeneratedDeclaration Decode(string declaration)
    {
        using var json = JsonDocument.Parse(declaration);
        var items = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(1, items[0].GetInt32()); // the version the runtime reads
        return new GeneratedDeclaration(
            items[1].GetString()!, items[2].GetString()!, items[3].GetInt32(), items[4].GetInt32(), items[5].GetInt32(), items[9].GetString(), items[10].GetBoolean());
    }
}
