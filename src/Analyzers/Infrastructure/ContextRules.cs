using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>
    /// How the consent and access rules (GOV011, GOV014) judge common contexts: an event is judged with the fields of
    /// every context it carries, and a context field with the events of referenced assemblies that carry it, which their
    /// own builds could not see.
    /// </summary>
    internal static class ContextRules
    {
        /// <summary>The first field, in manifest order, of a context the event carries whose data class is at least <paramref name="threshold"/>.</summary>
        public static (ContextSpec Context, FieldSpec Field)? FirstCarriedField(EventRuleContext context, DataClassKind threshold)
        {
            foreach (var carried in context.ContextsCarried)
            {
                foreach (var field in carried.Fields)
                {
                    if (field.DataClass >= threshold)
                    {
                        return (carried, field);
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Reports each field of <paramref name="declaration"/> whose data class is at least <paramref name="threshold"/>
        /// when events of referenced assemblies that include contexts match <paramref name="offends"/>, naming them.
        /// </summary>
        public static void ReportAgainstReferencedEvents(EventRuleContext context, ContextDeclaration declaration, DiagnosticDescriptor descriptor, DataClassKind threshold, Func<EventSpec, bool> offends)
        {
            var referenced = context.Contexts?.ReferencedEvents;
            if (referenced is null || referenced.Count == 0)
            {
                return;
            }

            List<string>? offenders = null;
            foreach (var evt in referenced)
            {
                if (evt.IncludesContext && offends(evt))
                {
                    (offenders ??= new List<string>()).Add("'" + evt.Name + "' of assembly '" + evt.Assembly + "'");
                }
            }

            if (offenders is null)
            {
                return;
            }

            foreach (var field in declaration.Fields)
            {
                if (field.DataClass.Value >= threshold && InheritedFromAnotherEvent.Owns(declaration.Type, field.Property))
                {
                    context.Report(descriptor, FieldLocations.DataClassOrProperty(field, declaration.Type, context.CancellationToken),
                        field.Property.Name, declaration.Type.Name, field.DataClass.Value.ToMemberName(), string.Join(", ", offenders));
                }
            }
        }
    }
}
