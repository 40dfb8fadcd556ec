using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.Analyzers.Privacy;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Naming;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV013: free text can carry anything, so it is either bounded or treated as personal (answers "what data?").</summary>
    internal sealed class FreeTextFieldRule : EventRule
    {
        private const string PseudonymizeArgument = "Pseudonymize";

        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.FreeTextField,
            title: "Free-text field can carry anything",
            messageFormat: "Field '{0}' of event '{1}' looks like free text ('{2}'), which can carry anything a user typed or a program printed: send a bounded value (an enum, a length, a flag), or classify it Personal in an opt-in event",
            category: "Governance.Privacy",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Messages, details and errors, comments, queries, URLs, paths, stack traces and exception data, command-line arguments and parameters, and user-agent strings hold whatever was typed or printed: names, e-mail addresses, file paths with user names, secrets. A description cannot bound them, so they are sent only as personal data, with consent, as a keyed hash, or not at all.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.FreeTextField));

        private static readonly DiagnosticDescriptor ContextDescriptor = ContextMessages.For(Descriptor);

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor, ContextDescriptor);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            var declaration = context.Owner;
            foreach (var field in declaration.Fields)
            {
                // Identifier fields and pseudonymised ones leave as a keyed hash: whatever the text held, it is not sent.
                if (field.Type.Kind != FieldKind.String || field.DataClass.Value >= DataClassKind.Identifier || IsPseudonymized(field)
                    || context.Classifier.IsAllowed(field.Property.Name) || context.Classifier.IsAllowed(field.WireName)
                    || !InheritedFromAnotherEvent.Owns(declaration.Type, field.Property))
                {
                    continue;
                }

                var freeText = context.Classifier.FindFreeText(field.Property.Name);
                if (freeText is null && !WireNames.IsDefault(field.WireName, field.Property.Name))
                {
                    freeText = context.Classifier.FindFreeText(field.WireName);
                }
                if (freeText is not null)
                {
                    context.Report(context.ForOwner(Descriptor, ContextDescriptor), InheritedFromAnotherEvent.LocationFor(declaration.Type, field.Property), field.Property.Name, context.OwnerName, freeText);
                }
            }
        }

        /// <summary><c>[TelemetryField(..., Pseudonymize = true)]</c>, read by name so that it works with any runtime version.</summary>
        private static bool IsPseudonymized(FieldDeclaration field)
        {
            if (field.FieldAttribute is null)
            {
                return false;
            }

            foreach (var argument in field.FieldAttribute.NamedArguments)
            {
                if (argument.Key == PseudonymizeArgument && argument.Value.Value is true)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
