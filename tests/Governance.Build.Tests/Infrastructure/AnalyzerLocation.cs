using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.Build.Tests.Infrastructure;

/// <summary>
/// Where the analyzers put an expiry diagnostic, worked out from the syntax tree: the value of the event attribute's
/// <c>Expires</c> argument, else the attribute's name. The task's text scan must land on the same line and column.
/// </summary>
internal static class AnalyzerLocation
{
    /// <summary>"(line,column)" of the expiry diagnostic for the event attribute whose first argument is <paramref name="eventNameArgument"/>.</summary>
    public static string Of(string source, string eventNameArgument)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var attribute = root.DescendantNodes().OfType<AttributeSyntax>()
            .Single(a => (a.Name.ToString().EndsWith("TelemetryEvent", StringComparison.Ordinal) || a.Name.ToString().EndsWith("TelemetryEventAttribute", StringComparison.Ordinal)) && a.ArgumentList!.Arguments[0].Expression.ToString() == eventNameArgument);
        var expires = attribute.ArgumentList!.Arguments.LastOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Expires");
        var position = expires is null ? attribute.Name.GetLocation() : expires.Expression.GetLocation();
        var start = position.GetLineSpan().StartLinePosition;
        return $"({start.Line + 1},{start.Character + 1})";
    }
}
