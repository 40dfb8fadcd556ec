using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Declarations;
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

        /// <summary>The same rule for an opt-out event that carries a context with personal data.</summary>
        private static readonly DiagnosticDescriptor CarriedContext = new DiagnosticDescriptor(
            DiagnosticIds.PersonalDataInOptOutEvent,
            title: "Personal or sensitive field in an opt-out event",
            messageFormat: "Event '{0}' is opt-out but carries context '{1}', whose field '{2}' is classified {3}: personal and sensitive data needs the user's agreement (Consent = Consent.OptIn), or leave the context out of this event (IncludeContext = false)",
            category: "Governance.Consent",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Personal and sensitive data may only be collected with consent. An event that carries a Personal or Sensitive field, its own or one of a common context it includes, must be opt-in; the generated emitter already treats it so, and the declaration must say it.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.PersonalDataInOptOutEvent));

        /// <summary>The same rule on a context field, for the opt-out events of referenced assemblies that carry it (their own build could not see this context).</summary>
        private static readonly DiagnosticDescriptor CarriedByReferencedEvents = new DiagnosticDescriptor(
            DiagnosticIds.PersonalDataInOptOutEvent,
            title: "Personal or sensitive field in an opt-out event",
            messageFormat: "Field '{0}' of context '{1}' is classified {2}, but opt-out events of the product carry the context: {3}; personal and sensitive data needs the user's agreement: classify the field lower, or keep personal data out of the context",
            category: "Governance.Consent",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Personal and sensitive data may only be collected with consent. An event that carries a Personal or Sensitive field, its own or one of a common context it includes, must be opt-in; the generated emitter already treats it so, and the declaration must say it.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.PersonalDataInOptOutEvent));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor, CarriedContext, CarriedByReferencedEvents);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            if (context.Owner is ContextDeclaration contextDeclaration)
            {
                ContextRules.ReportAgainstReferencedEvents(context, contextDeclaration, CarriedByReferencedEvents, DataClassKind.Personal,
                    evt => evt.Consent == ConsentKind.OptOut);
                return;
            }

            var declaration = context.Declaration;
            if (!declaration.Consent.IsPresent || declaration.Consent.Value != ConsentKind.OptOut)
            {
                return;
            }

            var argument = DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "Consent", declaration.Type);
            if (ContextRules.FirstCarriedField(context, DataClassKind.Personal) is { } carried)
            {
                context.Report(CarriedContext, argument, new[] { argument }, context.EventDisplayName, carried.Context.Type.DisplayName, carried.Field.PropertyName, carried.Field.DataClass.ToMemberName());
            }

            var consentLocation = argument;
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
