using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV011: personal and sensitive data is only collected with the user's agreement (answers "opt-in or opt-out?").</summary>
    internal sealed class PersonalDataConsentRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.PersonalDataInOptOutEvent,
            title: "Personal or sensitive field in an opt-out event",
            messageFormat: "Field '{0}' of event '{1}' is classified {2}, but the event is opt-out: personal and sensitive data needs the user's agreement (Consent = Consent.OptIn)",
            category: "Governance.Consent",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Personal and sensitive data may only be collected with consent. An event that carries a Personal or Sensitive field must be opt-in; the generated emitter already treats it so, and the declaration must say it.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.PersonalDataInOptOutEvent));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override void Analyze(EventRuleContext context)
        {
            var declaration = context.Declaration;
            if (!declaration.Consent.IsPresent || declaration.Consent.Value != ConsentKind.OptOut)
            {
                return;
            }

            var consentLocation = DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "Consent", declaration.Type);
            foreach (var field in declaration.Fields)
            {
                // Inherited fields count too: the consent belongs to this event, whoever declared the field.
                if (field.DataClass.Value < DataClassKind.Personal)
                {
                    continue;
                }

                var location = FieldLocations.DataClassOrProperty(field, declaration.Type, context.CancellationToken);
                context.Report(Descriptor, location, new[] { consentLocation }, field.Property.Name, context.EventDisplayName, field.DataClass.Value.ToMemberName());
            }
        }
    }
}
