using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV007: every event says whether the user opts in or can opt out (answers "opt-in or opt-out?").</summary>
    internal sealed class ConsentRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.MissingConsent,
            title: "Event does not declare its consent model",
            messageFormat: "Event '{0}' {1}: set Consent = Consent.OptIn (sent only after the user agrees) or Consent.OptOut (sent unless the user refuses)",
            category: "Governance.Consent",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Whether an event waits for the user's agreement or is sent until the user refuses is a decision a team must make and a reviewer must see. Without it the emitter assumes opt-in.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.MissingConsent));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override void Analyze(EventRuleContext context)
        {
            var consent = context.Declaration.Consent;
            if (consent.IsPresent && consent.IsValid)
            {
                return;
            }

            var problem = consent.IsPresent ? "has a consent value that is neither OptIn nor OptOut" : "does not declare its consent model";
            var location = DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "Consent", context.Declaration.Type);
            context.Report(Descriptor, location, context.EventDisplayName, problem);
        }
    }
}
