using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Configuration;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV020: an event past its expiry date must stop being collected (answers "when is it deleted?").</summary>
    internal sealed class ExpiredEventRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.ExpiredEvent,
            title: "Event is past its expiry date",
            messageFormat: "Event '{0}' expired on {1}: stop collecting it, or extend Expires after a new review (the policy allows up to {2})",
            category: "Governance.Lifecycle",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Expires says when a team agreed to stop collecting an event. After that date the build fails until the event is removed or a new review extends it, so temporary telemetry does not become permanent by neglect.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.ExpiredEvent));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override void Analyze(EventRuleContext context)
        {
            var policy = context.Options.Lifecycle;
            var expires = context.Declaration.Expires;
            if (policy.Today is not { } today || policy.Horizon is not { } horizon || !expires.IsValid || expires.Value is null
                || !LifecyclePolicy.TryParseDate(expires.Value, out var expiry) || expiry >= today)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ExtendTo, LifecyclePolicy.Format(horizon));
            context.Report(Descriptor, DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "Expires", context.Declaration.Type), properties,
                context.EventDisplayName, LifecyclePolicy.Format(expiry), LifecyclePolicy.Format(horizon));
        }
    }
}
