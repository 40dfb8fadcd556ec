using System.Threading;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>Where to report a problem with a field's classification.</summary>
    internal static class FieldLocations
    {
        /// <summary>The <c>DataClass = ...</c> argument when written, else the property's name.</summary>
        public static Location DataClassOrProperty(FieldDeclaration field, INamedTypeSymbol eventType, CancellationToken cancellationToken)
        {
            if (field.FieldAttribute is not null)
            {
                var argument = DiagnosticLocations.NamedArgument(DiagnosticLocations.AttributeOf(field.FieldAttribute, cancellationToken), "DataClass");
                if (argument is not null)
                {
                    return argument.GetLocation();
                }
            }

            return InheritedFromAnotherEvent.LocationFor(eventType, field.Property);
        }
    }
}
