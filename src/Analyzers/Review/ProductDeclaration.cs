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
        /// <summary>The assembly's <c>[assembly: TelemetryProduct]</c> attribute; <see cref="Location.None"/> when it has none.</summary>
        public static Location Location(Compilation compilation, CancellationToken cancellationToken)
        {
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && MetadataNames.Is(type, WellKnownTypeNames.TelemetryProductAttribute)
                    && attribute.ApplicationSyntaxReference is { } reference)
                {
                    return reference.GetSyntax(cancellationToken).GetLocation();
                }
            }

            return Microsoft.CodeAnalysis.Location.None;
        }
    }
}
