using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV023: every event has someone who answers for it.</summary>
    internal sealed class OwnerRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.MissingOwner,
            title: "Event has no owner",
            messageFormat: "Event '{0}' has no owner: set Owner to the team or person who answers for it, such as a team address",
            category: "Governance.Lifecycle",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Questions, deletion requests and expiry reviews need someone to go to. Owner names the team or person answerable for the event.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.MissingOwner));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override void Analyze(EventRuleContext context)
        {
            var owner = context.Declaration.Owner;
            if (owner.IsPresent && !owner.IsValid)
            {
                return; // Not a constant string: the compiler already reports the argument.
            }

            if (string.IsNullOrWhiteSpace(owner.Value))
            {
                context.Report(Descriptor, DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "Owner", context.Declaration.Type), context.EventDisplayName);
            }
        }
    }
}
