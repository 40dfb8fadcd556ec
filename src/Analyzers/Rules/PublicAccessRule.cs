using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
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
            description: "Access = DataAccess.Public means the data may be published. Identifiers, even pseudonymised ones, link records to a person; personal and sensitive data identify them directly. None of it may be public.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.NonAnonymousPublicEvent));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override void Analyze(EventRuleContext context)
        {
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

            if (identifying.Count > 0)
            {
                var fields = identifying.Count == 1 ? "its field " + identifying[0] + " is not anonymous" : "its fields " + string.Join(", ", identifying) + " are not anonymous";
                context.Report(Descriptor, DiagnosticLocations.ArgumentOrAttribute(context.Attribute, "Access", declaration.Type), context.EventDisplayName, fields);
            }
        }
    }
}
