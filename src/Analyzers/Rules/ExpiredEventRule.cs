using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Configuration;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>
    /// GOV020: an event past its expiry date must stop being collected (answers "when is it deleted?"). Checked here only
    /// when the compiler is given a date (a pin, or the IDE's design-time build); a command-line build gives none, and
    /// the build task checks after compile instead (src/Build/CheckTelemetryExpiry.cs), so no date is a compiler input.
    /// </summary>
    internal sealed class ExpiredEventRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.ExpiredEvent,
            title: "Event is past its expiry date",
            messageFormat: ExpiryConventions.ExpiredMessageFormat,
            category: ExpiryConventions.Category,
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
