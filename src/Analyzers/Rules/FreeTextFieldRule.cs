using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.Analyzers.Privacy;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV013: free text can carry anything, so it is either bounded or treated as personal (answers "what data?").</summary>
    internal sealed class FreeTextFieldRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.FreeTextField,
            title: "Free-text field can carry anything",
            messageFormat: "Field '{0}' of event '{1}' looks like free text ('{2}'), which can carry anything a user typed or a program printed: send a bounded value (an enum, a length, a flag), or classify it Personal in an opt-in event",
            category: "Governance.Privacy",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Messages, comments, queries, URLs, paths and stack traces hold whatever was typed or printed: names, e-mail addresses, file paths with user names, secrets. A description cannot bound them, so they are sent only as personal data, with consent, or not at all.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.FreeTextField));

        private static readonly DiagnosticDescriptor ContextDescriptor = ContextMessages.For(Descriptor);

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor, ContextDescriptor);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            var declaration = context.Owner;
            foreach (var field in declaration.Fields)
            {
                if (field.Type.Kind != FieldKind.String || field.DataClass.Value >= DataClassKind.Personal
                    || context.Classifier.IsAllowed(field.Property.Name) || context.Classifier.IsAllowed(field.WireName)
                    || !InheritedFromAnotherEvent.Owns(declaration.Type, field.Property))
                {
                    continue;
                }

                var freeText = PersonalDataNameClassifier.FindFreeText(field.Property.Name);
                if (freeText is not null)
                {
                    context.Report(context.ForOwner(Descriptor, ContextDescriptor), InheritedFromAnotherEvent.LocationFor(declaration.Type, field.Property), field.Property.Name, context.OwnerName, freeText);
                }
            }
        }
    }
}
