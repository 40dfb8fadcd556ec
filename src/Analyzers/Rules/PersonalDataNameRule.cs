using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.Analyzers.Privacy;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV010: a field whose name looks like personal data must be classified as such (answers "what data?").</summary>
    internal sealed class PersonalDataNameRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.PersonalDataName,
            title: "Field looks like personal data but is not classified as such",
            messageFormat: "Field '{0}' of event '{1}' looks like {2} ({3}) but is {4}: classify it {5}, or list the name in governance.pii.allowed_names if it holds no personal data",
            category: "Governance.Privacy",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A field's name is the first clue to what it holds. When the name looks like personal data (contact details, names, online identifiers, credentials, health, precise location...), its data class must say so, so that consent, pseudonymisation and access rules apply.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.PersonalDataName));

        private static readonly DiagnosticDescriptor ContextDescriptor = ContextMessages.For(Descriptor);

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor, ContextDescriptor);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            var declaration = context.Owner;
            INamedTypeSymbol? holderType = null;
            var holder = FieldHolder.Nothing;
            foreach (var field in declaration.Fields)
            {
                if (field.DataClass.Value >= DataClassKind.Identifier || field.Type.IsError || !InheritedFromAnotherEvent.Owns(declaration.Type, field.Property))
                {
                    continue;
                }

                // A field is read with the type that declares it (the event, a base record, a context type), once per type.
                if (!SymbolEqualityComparer.Default.Equals(holderType, field.Property.ContainingType))
                {
                    holderType = field.Property.ContainingType;
                    holder = context.Classifier.ReadHolder(holderType.Name);
                }

                var match = context.Classifier.Classify(field.Property.Name, field.Type.Kind, holder);
                if (match is null && !Governance.CodeAnalysis.Naming.WireNames.IsDefault(field.WireName, field.Property.Name))
                {
                    match = context.Classifier.Classify(field.WireName, field.Type.Kind, holder);
                }

                if (match is null)
                {
                    continue;
                }

                var current = field.DataClass.IsPresent ? "classified " + field.DataClass.Value.ToMemberName() : "not classified";
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticProperties.SuggestedClass, match.Category.DataClass.ToMemberName())
                    .Add(DiagnosticProperties.HasFieldAttribute, field.FieldAttribute is null ? "false" : "true")
                    .Add(DiagnosticProperties.Hashable, IsHashable(field.Type.Kind) ? "true" : "false");
                context.Report(
                    context.ForOwner(Descriptor, ContextDescriptor),
                    FieldLocations.DataClassOrProperty(field, declaration.Type, context.CancellationToken),
                    properties,
                    field.Property.Name,
                    context.OwnerName,
                    match.Category.Phrase,
                    match.Evidence,
                    current,
                    match.Category.DataClass.ToMemberName());
            }
        }

        /// <summary>Identifier fields are hashed as strings; these kinds make meaningful hash input (GOV015 refuses the others).</summary>
        private static bool IsHashable(FieldKind kind) => IdentifierKinds.CanHoldIdentifier(kind);
    }
}
