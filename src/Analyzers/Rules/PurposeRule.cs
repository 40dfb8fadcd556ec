using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV001: every event says why it is collected, in words (answers "why collect it?").</summary>
    internal sealed class PurposeRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.MissingPurpose,
            title: "Event has no purpose",
            messageFormat: "Event '{0}' {1}: say why this data is collected",
            category: "Governance.Purpose",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Data may only be collected for a stated purpose. Purpose must explain, in words a user would understand, why the event is collected; placeholders such as 'TODO' or a few words do not.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.MissingPurpose));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override void Analyze(EventRuleContext context)
        {
            var purpose = context.Declaration.Purpose;
            if (purpose.IsPresent && !purpose.IsValid)
            {
                return; // Not a constant string: the compiler already reports the argument.
            }

            var problem = TextQuality.FindProblem(purpose.Value, purpose.IsPresent, "purpose", context.Options.PurposeMinWords, context.Declaration.Name ?? string.Empty);
            if (problem is not null)
            {
                var location = DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "Purpose", context.Declaration.Type);
                context.Report(Descriptor, location, context.EventDisplayName, problem);
            }
        }
    }
}
