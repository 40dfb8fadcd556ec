using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV002: every event says how long its data is kept (answers "when is it deleted?").</summary>
    internal sealed class RetentionRule : EventRule
    {
        /// <summary>Ten years: beyond this no telemetry retention is plausible; policy limits are GOV022's job.</summary>
        public const int MaxPlausibleDays = 3650;

        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.InvalidRetention,
            title: "Event has no valid retention period",
            messageFormat: "Event '{0}' {1}: set RetentionDays to the number of days the data is kept",
            category: "Governance.Retention",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Data must not be kept longer than needed, and users are told how long it is kept. RetentionDays must be between 1 and 3650 (ten years).",
            helpLinkUri: HelpLinks.For(DiagnosticIds.InvalidRetention));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override void Analyze(EventRuleContext context)
        {
            var retention = context.Declaration.RetentionDays;
            if (retention.IsPresent && !retention.IsValid)
            {
                return; // Not a constant int: the compiler already reports the argument.
            }

            string? problem = null;
            if (!retention.IsPresent)
            {
                problem = "has no retention period";
            }
            else if (retention.Value <= 0)
            {
                problem = "keeps data for " + retention.Value.ToString(CultureInfo.InvariantCulture) + " days, which is not a period";
            }
            else if (retention.Value > MaxPlausibleDays)
            {
                problem = "keeps data for " + retention.Value.ToString(CultureInfo.InvariantCulture) + " days, more than ten years";
            }

            if (problem is not null)
            {
                var location = DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "RetentionDays", context.Declaration.Type);
                context.Report(Descriptor, location, context.EventDisplayName, problem);
            }
        }
    }
}
