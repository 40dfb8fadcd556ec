using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV004: every field of an event or context has a type whose content can be described and bounded (answers "what data?").</summary>
    internal sealed class FieldTypeRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.UnsupportedFieldType,
            title: "Field type cannot be documented or bounded",
            messageFormat: "Field '{0}' of event '{1}' has type '{2}', which {3}",
            category: "Governance.Documentation",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A field must hold what a sentence can describe: one value (a string, bool, number, enum, DateTime, DateTimeOffset, TimeSpan or Guid, or their nullable forms), a list of such values (IReadOnlyList<T> or T[]), or one value per member of an enum (IReadOnlyDictionary<TEnum, TValue>). Objects, other collections, maps keyed by values chosen at run time, exceptions, streams and delegates can carry anything, personal data included, so they are refused.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.UnsupportedFieldType));

        private static readonly DiagnosticDescriptor ContextDescriptor = ContextMessages.For(Descriptor);

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor, ContextDescriptor);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            foreach (var field in context.Owner.Fields)
            {
                if (field.Type.IsSupported || field.Type.IsError || field.Type.UnsupportedReason is null
                    || !InheritedFromAnotherEvent.Owns(context.Owner.Type, field.Property))
                {
                    continue;
                }

                var location = InheritedFromAnotherEvent.IsInherited(context.Owner.Type, field.Property)
                    ? InheritedFromAnotherEvent.LocationFor(context.Owner.Type, field.Property)
                    : DiagnosticLocations.PropertyType(field.Property, context.CancellationToken);
                context.Report(context.ForOwner(Descriptor, ContextDescriptor), location, field.Property.Name, context.OwnerName,
                    field.Property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), field.Type.UnsupportedReason);
            }
        }
    }
}
