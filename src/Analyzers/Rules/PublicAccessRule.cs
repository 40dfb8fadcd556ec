using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV014: data anyone may see must be anonymous (answers "who has access?").</summary>
    internal sealed class PublicAccessRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.NonAnonymousPublicEvent,
            title: "Public event with identifying fields",
            messageFormat: "Event '{0}' has public access but {1}: public data must be anonymous; restrict Access or drop those fields",
            category: "Governance.Access",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Access = DataAccess.Public means the data may be published. Identifiers, even pseudonymised ones, link records to a person; personal and sensitive data identify them directly. None of it may be public, whether the event declares it or carries it in a common context.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.NonAnonymousPublicEvent));

        /// <summary>The same rule on a context field, for the public events of referenced assemblies that carry it (their own build could not see this context).</summary>
        private static readonly DiagnosticDescriptor CarriedByReferencedEvents = new DiagnosticDescriptor(
            DiagnosticIds.NonAnonymousPublicEvent,
            title: "Public event with identifying fields",
            messageFormat: "Field '{0}' of context '{1}' is classified {2}, but public events of the product carry the context: {3}; public data must be anonymous: keep identifying data out of the context",
            category: "Governance.Access",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Access = DataAccess.Public means the data may be published. Identifiers, even pseudonymised ones, link records to a person; personal and sensitive data identify them directly. None of it may be public, whether the event declares it or carries it in a common context.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.NonAnonymousPublicEvent));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor, CarriedByReferencedEvents);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            if (context.Owner is ContextDeclaration contextDeclaration)
            {
                ContextRules.ReportAgainstReferencedEvents(context, contextDeclaration, CarriedByReferencedEvents, DataClassKind.Identifier,
                    evt => evt.Access == AccessKind.Public);
                return;
            }

            var declaration = context.Declaration;
            if (!declaration.Access.IsPresent || declaration.Access.Value != AccessKind.Public)
            {
                return;
            }

            var identifying = new List<string>();
            foreach (var field in declaration.Fields)
            {
                if (field.DataClass.Value >= DataClassKind.Identifier)
                {
                    identifying.Add("'" + field.Property.Name + "' (" + field.DataClass.Value.ToMemberName() + ")");
                }
            }

            foreach (var carried in context.ContextsCarried)
            {
                foreach (var field in carried.Fields)
                {
                    if (field.DataClass >= DataClassKind.Identifier)
                    {
                        identifying.Add("'" + field.PropertyName + "' (" + field.DataClass.ToMemberName() + ", of context '" + carried.Type.DisplayName + "')");
                    }
                }
            }

            if (identifying.Count > 0)
            {
                var fields = identifying.Count == 1 ? "its field " + identifying[0] + " is not anonymous" : "its fields " + string.Join(", ", identifying) + " are not anonymous";
                context.Report(Descriptor, DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "Access", declaration.Type), context.EventDisplayName, fields);
            }
        }
    }
}
