using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Configuration;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>
    /// GOV021: expiry where the policy requires it, and no further ahead than its horizon. The horizon counts from today,
    /// so that part is checked here only when the compiler is given a date, like GOV020, and otherwise by the build task.
    /// </summary>
    internal sealed class ExpiryPolicyRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.ExpiryOutsidePolicy,
            title: "Event expiry is missing or beyond the policy horizon",
            messageFormat: ExpiryConventions.OutsidePolicyMessageFormat,
            category: ExpiryConventions.Category,
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
                context.Report(Descriptor, location, context.EventDisplayName, ExpiryConventions.BeyondHorizon(expiry, policy.ExpiryHorizonDays, latest));
            }
        }
    }
}
