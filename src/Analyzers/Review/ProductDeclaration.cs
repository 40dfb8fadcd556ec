using System.Threading;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers.Review
{
    /// <summary>
    /// Where the product is declared: the place for diagnostics about the whole product that no declaration of this
    /// assembly caused (a referenced assembly's event that clashes or changed).
    /// </summary>
    internal static class ProductDeclaration
    {
        /// <summary>The assembly's <c>[assembly: TelemetryProduct]</c> attribute as written, or null when it has none.</summary>
        public static SyntaxReference? Find(Compilation compilation, CancellationToken cancellationToken)
        {
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (attribute.AttributeClass is { } type && MetadataNames.Is(type, WellKnownTypeNames.TelemetryProductAttribute)
                    && attribute.ApplicationSyntaxReference is { } reference)
                {
                    return reference;
                }
            }

            return null;
        }

        /// <summary>The attribute's location; <see cref="Location.None"/> when the assembly has none.</summary>
        public static Location Location(Compilation compilation, CancellationToken cancellationToken) =>
            Find(compilation, cancellationToken)?.GetSyntax(cancellationToken).GetLocation() ?? Microsoft.CodeAnalysis.Location.None;
    }
}
