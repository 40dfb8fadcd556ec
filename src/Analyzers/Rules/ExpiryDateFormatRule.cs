using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Configuration;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV024: an expiry date that cannot be read is no expiry at all.</summary>
    internal sealed class ExpiryDateFormatRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.InvalidExpiryDate,
            title: "Event expiry is not a date",
            messageFormat: "Event '{0}' has Expires = \"{1}\", which is not a date written as yyyy-MM-dd",
            category: "Governance.Lifecycle",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Expires is a calendar date in ISO 8601 form (yyyy-MM-dd), so that tools, reviewers and the expiry rules read it the same way.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.InvalidExpiryDate));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override void Analyze(EventRuleContext context)
        {
            var expires = context.Declaration.Expires;
            if (expires.IsPresent && expires.IsValid && expires.Value is { } text && !LifecyclePolicy.TryParseDate(text, out _))
            {
                context.Report(Descriptor, DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "Expires", context.Declaration.Type), context.EventDisplayName, text);
            }
        }
    }
}
