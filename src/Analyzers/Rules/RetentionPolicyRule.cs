using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV022: no event keeps data longer than the organisation's policy allows (answers "when is it deleted?").</summary>
    internal sealed class RetentionPolicyRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.RetentionAbovePolicy,
            title: "Retention is longer than the policy allows",
            messageFormat: "Event '{0}' keeps data for {1} days, longer than the policy's {2}: shorten RetentionDays",
            category: "Governance.Lifecycle",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "An organisation sets the longest it will keep telemetry (governance.max_retention_days). An event that asks for longer is a policy exception, which needs a decision, not a build.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.RetentionAbovePolicy));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override void Analyze(EventRuleContext context)
        {
            var retention = context.Declaration.RetentionDays;
            if (context.Options.Lifecycle.MaxRetentionDays is not { } max || !retention.IsPresent || !retention.IsValid || retention.Value <= max)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.MaxRetentionDays, max.ToString(CultureInfo.InvariantCulture));
            context.Report(Descriptor, DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "RetentionDays", context.Declaration.Type), properties,
                context.EventDisplayName, retention.Value.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
        }
    }
}
