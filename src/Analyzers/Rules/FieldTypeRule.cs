using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV004: every field has a type whose content can be described and bounded (answers "what data?").</summary>
    internal sealed class FieldTypeRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.UnsupportedFieldType,
            title: "Field type cannot be documented or bounded",
            messageFormat: "Field '{0}' of event '{1}' has type '{2}', which {3}",
            category: "Governance.Documentation",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A field must hold one value a sentence can describe: a string, bool, number, enum, DateTime, DateTimeOffset, TimeSpan or Guid, or their nullable forms. Objects, collections, exceptions, streams and delegates can carry anything, personal data included, so they are refused.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.UnsupportedFieldType));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override void Analyze(EventRuleContext context)
        {
            foreach (var field in context.Declaration.Fields)
            {
                if (field.Type.IsSupported || field.Type.IsError || field.Type.UnsupportedReason is null
                    || !InheritedFromAnotherEvent.Owns(context.Declaration.Type, field.Property))
                {
                    continue;
                }

                var location = InheritedFromAnotherEvent.IsInherited(context.Declaration.Type, field.Property)
                    ? InheritedFromAnotherEvent.LocationFor(context.Declaration.Type, field.Property)
                    : DiagnosticLocations.PropertyType(field.Property, context.CancellationToken);
                context.Report(Descriptor, location, field.Property.Name, context.EventDisplayName,
                    field.Property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), field.Type.UnsupportedReason);
            }
        }
    }
}
