using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Configuration;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV021: expiry where the policy requires it, and no further ahead than its horizon.</summary>
    internal sealed class ExpiryPolicyRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.ExpiryOutsidePolicy,
            title: "Event expiry is missing or beyond the policy horizon",
            messageFormat: "Event '{0}' {1}",
            category: "Governance.Lifecycle",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Telemetry that is reviewed again from time to time stays honest. The policy can require every event to declare when it expires (governance.require_expiry) and limits how far ahead that may be (governance.expiry_horizon_days, 365 days by default).",
            helpLinkUri: HelpLinks.For(DiagnosticIds.ExpiryOutsidePolicy));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override void Analyze(EventRuleContext context)
        {
            var policy = context.Options.Lifecycle;
            var expires = context.Declaration.Expires;
            var location = DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "Expires", context.Declaration.Type);
            if (!expires.IsPresent || expires.Value is null)
            {
                if (policy.RequireExpiry)
                {
                    var limit = policy.Horizon is { } horizon ? ", at most " + LifecyclePolicy.Format(horizon) : string.Empty;
                    context.Report(Descriptor, location, context.EventDisplayName, "does not declare when it expires, and the policy requires it: set Expires (yyyy-MM-dd" + limit + ")");
                }

                return;
            }

            if (policy.Horizon is { } latest && LifecyclePolicy.TryParseDate(expires.Value, out var expiry) && expiry > latest)
            {
                context.Report(Descriptor, location, context.EventDisplayName,
                    "expires on " + LifecyclePolicy.Format(expiry) + ", beyond the policy horizon of " + policy.ExpiryHorizonDays.ToString(CultureInfo.InvariantCulture)
                    + " days (" + LifecyclePolicy.Format(latest) + "): set an earlier date and review the event again then");
            }
        }
    }
}
