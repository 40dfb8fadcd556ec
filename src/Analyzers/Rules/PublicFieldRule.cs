using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>
    /// GOV016: a public field (a C# field, not a property) of an event or context type is never sent, which its author
    /// may not expect (answers "what data?"): the generated code reads properties only.
    /// </summary>
    internal sealed class PublicFieldRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.PublicFieldNotSent,
            title: "Public field is never sent",
            messageFormat: "'{0}' of {1} is a public field, and fields are never sent: only public properties are; make it a property to send it, or mark it [TelemetryIgnore] to keep it unsent",
            category: "Governance.Documentation",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Every public instance property of an event or context is a field and is sent; a public C# field is not read at all, so its value silently never arrives and the documents never mention it. Make it a property, or say with [TelemetryIgnore] that leaving it out is intended.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.PublicFieldNotSent));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            var owner = context.Owner;
            foreach (var field in owner.PublicFields)
            {
                // A field of a base event or context is reported where that type is analysed.
                if (!SymbolEqualityComparer.Default.Equals(field.ContainingType, owner.Type)
                    && (TelemetryEventReader.FindEventAttribute(field.ContainingType) is not null || TelemetryEventReader.FindContextAttribute(field.ContainingType) is not null))
                {
                    continue;
                }

                var location = DiagnosticLocations.FirstLocation(field);
                context.Report(Descriptor, location.IsInSource ? location : DiagnosticLocations.FirstLocation(owner.Type), field.Name, owner.DisplayName);
            }
        }
    }
}
