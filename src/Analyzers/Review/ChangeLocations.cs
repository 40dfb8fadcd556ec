using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Baseline;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers.Review
{
    /// <summary>Where a reviewer should look for each kind of change: the argument, the field, or the event's (context's) attribute.</summary>
    internal sealed class ChangeLocations
    {
        private readonly TelemetryTypeDeclaration _declaration;
        private readonly AttributeSyntax? _attribute;
        private readonly CancellationToken _cancellationToken;

        public ChangeLocations(TelemetryTypeDeclaration declaration, AttributeSyntax? attribute, CancellationToken cancellationToken)
        {
            _declaration = declaration;
            _attribute = attribute;
            _cancellationToken = cancellationToken;
        }

        public Location For(ReviewedChange change) => change.Kind switch
        {
            ReviewedChangeKind.PurposeChanged => Argument("Purpose"),
            ReviewedChangeKind.RetentionChanged => Argument("RetentionDays"),
            ReviewedChangeKind.ConsentChanged => Argument("Consent"),
            ReviewedChangeKind.AccessChanged => Argument("Access"),
            ReviewedChangeKind.ContextInclusionChanged => Argument("IncludeContext"),
            ReviewedChangeKind.FieldAdded => Field(change.Field, dataClass: false),
            ReviewedChangeKind.FieldRenamed => Field(change.After, dataClass: false),
            ReviewedChangeKind.DataClassChanged => Field(change.Field, dataClass: true),
            ReviewedChangeKind.HashingChanged => Field(change.Field, dataClass: false),
            _ => Attribute(),
        };

        private Location Argument(string name) => DiagnosticLocations.ArgumentOrAttribute(_attribute, name, _declaration.Type);

        /// <summary>Where a change to the event as a whole is reported: the name of its attribute, else the type.</summary>
        public static Location OfEvent(AttributeSyntax? attribute, INamedTypeSymbol type) =>
            attribute is not null ? attribute.Name.GetLocation() : DiagnosticLocations.FirstLocation(type);

        private Location Attribute() => OfEvent(_attribute, _declaration.Type);

        private Location Field(string? wireName, bool dataClass)
        {
            foreach (var field in _declaration.Fields)
            {
                if (field.WireName == wireName)
                {
                    return dataClass
                        ? FieldLocations.DataClassOrProperty(field, _declaration.Type, _cancellationToken)
                        : InheritedFromAnotherEvent.LocationFor(_declaration.Type, field.Property);
                }
            }

            return Attribute();
        }
    }
}
