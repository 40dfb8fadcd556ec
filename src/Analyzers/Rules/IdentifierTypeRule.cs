using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Rules
{
    /// <summary>
    /// GOV015: only a type that can hold an identifier is classified <c>Identifier</c> or declared
    /// <c>Pseudonymize = true</c> (answers "what data?"). A bool sent as a 64-character hash of "True" is still a bool,
    /// and the documents would promise an identifier of a user, device or account that is not there.
    /// </summary>
    internal sealed class IdentifierTypeRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.HashOfNonIdentifierType,
            title: "Identifier or pseudonymised field of a type that cannot hold an identifier",
            messageFormat: "Field '{0}' of {1} is {2}, but its type '{3}' {4}: {5}",
            category: "Governance.Documentation",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Identifier fields, and fields declared Pseudonymize = true, are sent as keyed hashes, and the documents say they identify a user, device or account, or hide a value. Only strings, GUIDs and whole numbers of 32 or 64 bits (and lists of them) can hold such a value: a hashed bool, date, duration, small or fractional number, or enum still says what it says, and a map holds one value per key, not identifiers.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.HashOfNonIdentifierType));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            var owner = context.Owner;
            foreach (var field in owner.Fields)
            {
                if (!field.IsHashed || field.Type.IsError || !field.Type.IsSupported || !InheritedFromAnotherEvent.Owns(owner.Type, field.Property)
                    || (field.Type.Shape != FieldShapeKind.Map && IdentifierKinds.CanHoldIdentifier(field.Type.Kind)))
                {
                    continue;
                }

                // Where the declaration asks for the hash, and what the fix changes: the class, or the flag.
                var byPseudonymize = field.Pseudonymize.Value && field.DataClass.Value != DataClassKind.Identifier;
                var location = byPseudonymize
                    ? DiagnosticLocations.NamedArgument(DiagnosticLocations.AttributeOf(field.FieldAttribute!, context.CancellationToken), "Pseudonymize")?.GetLocation()
                        ?? InheritedFromAnotherEvent.LocationFor(owner.Type, field.Property)
                    : FieldLocations.DataClassOrProperty(field, owner.Type, context.CancellationToken);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.HashRequestedBy, byPseudonymize ? "Pseudonymize" : "DataClass");
                var (what, instead) = field.Type.Shape == FieldShapeKind.Map
                    ? ("is a map", "its values are counts or labels per key, not identifiers; send identifiers as a list or as fields of their own")
                    : ("cannot hold an identifier", Reason(field.Type.Kind) + (byPseudonymize ? "; remove Pseudonymize" : "; classify it Technical or Interaction"));
                context.Report(Descriptor, location, properties,
                    field.Property.Name, owner.DisplayName, byPseudonymize ? "declared Pseudonymize = true" : "classified Identifier",
                    field.Property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), what, instead);
            }
        }

        private static string Reason(FieldKind kind) => kind switch
        {
            FieldKind.Boolean => "a keyed hash of a yes or no takes two values and still says which",
            FieldKind.Enum => "an enum takes only its declared members, each of which its hash still stands for",
            FieldKind.DateTime or FieldKind.DateTimeOffset or FieldKind.TimeSpan => "a date or a duration is a measurement, not the identity of a user, device or account",
            FieldKind.Single or FieldKind.Double or FieldKind.Decimal => "a fractional number is a measurement, not the identity of a user, device or account",
            _ => "a number this small takes too few values to identify a user, device or account",
        };
    }
}
