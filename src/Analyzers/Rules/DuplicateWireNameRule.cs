using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Rules
{
    /// <summary>
    /// GOV009: every field an event sends has a wire name of its own, the context's fields included (answers "what
    /// data?"). Two fields under one name leave the receiver one value and the documents two descriptions; at run time
    /// an event's field replaces a context field of the same name. Names are compared as sent: ordinally, so
    /// <c>uuid</c> and <c>UUID</c> are two names.
    /// </summary>
    internal sealed class DuplicateWireNameRule : EventRule
    {
        private const string Title = "Two fields are sent under the same name";
        private const string Category = "Governance.Documentation";
        private const string Description = "A receiver keeps one value per field name, and the manifest and privacy document describe each field once. Two fields of an event under one wire name (two properties with the same Name, or an event field with the name of a field of the common context it carries) make one of the values disappear and the documents describe data that is not sent.";

        private static readonly DiagnosticDescriptor WithinDeclaration = new DiagnosticDescriptor(
            DiagnosticIds.DuplicateWireName,
            Title,
            messageFormat: "Field '{0}' of {1} is sent under the name '{2}', which field '{3}' already uses: give each field a name of its own ([TelemetryField(..., Name = \"...\")])",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.DuplicateWireName));

        private static readonly DiagnosticDescriptor EventAndContext = new DiagnosticDescriptor(
            DiagnosticIds.DuplicateWireName,
            Title,
            messageFormat: "Field '{0}' of {1} is sent under the name '{2}', which field '{3}' of context '{4}' uses too, and the event carries the context: rename one, or leave the context out of this event (IncludeContext = false)",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.DuplicateWireName));

        private static readonly DiagnosticDescriptor TwoContexts = new DiagnosticDescriptor(
            DiagnosticIds.DuplicateWireName,
            Title,
            messageFormat: "Field '{0}' of {1} is sent under the name '{2}', which field '{3}' of context '{4}'{5} uses too: an event that carries both would send the name twice; rename one",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.DuplicateWireName));

        private static readonly DiagnosticDescriptor ContextAndReferencedEvent = new DiagnosticDescriptor(
            DiagnosticIds.DuplicateWireName,
            Title,
            messageFormat: "Field '{0}' of {1} is sent under the name '{2}', which event '{3}' of assembly '{4}' uses for its field '{5}', and that event carries the context: rename the context's field",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.DuplicateWireName));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(WithinDeclaration, EventAndContext, TwoContexts, ContextAndReferencedEvent);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            var owner = context.Owner;
            var fields = owner.Fields;
            for (var i = 0; i < fields.Length; i++)
            {
                var field = fields[i];
                if (!field.Type.IsError && First(fields, field.WireName, i) is { } first && InheritedFromAnotherEvent.Owns(owner.Type, field.Property))
                {
                    context.Report(WithinDeclaration, Location(field, owner, context), field.Property.Name, owner.DisplayName, field.WireName, first.Property.Name);
                }
            }

            if (owner is ContextDeclaration contextDeclaration)
            {
                AnalyzeContext(context, contextDeclaration, fields);
                return;
            }

            foreach (var carried in context.ContextsCarried)
            {
                foreach (var contextField in carried.Fields)
                {
                    if (First(fields, contextField.WireName, fields.Length) is { } field)
                    {
                        context.Report(EventAndContext, Location(field, owner, context), field.Property.Name, owner.DisplayName, field.WireName, contextField.PropertyName, carried.Type.DisplayName);
                    }
                }
            }
        }

        /// <summary>A context against the product's other contexts and the referenced events that carry it.</summary>
        private static void AnalyzeContext(EventRuleContext context, ContextDeclaration declaration, ImmutableArray<FieldDeclaration> fields)
        {
            var product = context.Contexts;
            if (product is null)
            {
                return;
            }

            var ownAssembly = declaration.Type.ContainingAssembly?.Name ?? string.Empty;
            var self = EventSpecBuilder.BuildHierarchy(declaration.Type).DisplayName;
            foreach (var other in product.All)
            {
                if (other.Assembly == ownAssembly && other.Type.DisplayName == self)
                {
                    continue;
                }

                foreach (var otherField in other.Fields)
                {
                    if (First(fields, otherField.WireName, fields.Length) is { } field)
                    {
                        var assembly = other.Assembly == ownAssembly ? string.Empty : " of assembly '" + other.Assembly + "'";
                        context.Report(TwoContexts, Location(field, declaration, context), field.Property.Name, declaration.DisplayName, field.WireName, otherField.PropertyName, other.Type.DisplayName, assembly);
                    }
                }
            }

            foreach (var evt in product.ReferencedEvents)
            {
                if (!evt.IncludesContext)
                {
                    continue;
                }

                foreach (var eventField in evt.Fields)
                {
                    if (First(fields, eventField.WireName, fields.Length) is { } field)
                    {
                        context.Report(ContextAndReferencedEvent, Location(field, declaration, context), field.Property.Name, declaration.DisplayName, field.WireName, evt.Name, evt.Assembly, eventField.PropertyName);
                    }
                }
            }
        }

        /// <summary>
        /// The first field before <paramref name="end"/> sent under <paramref name="wireName"/> (fields of unknown type
        /// aside), or null. A scan: an event has a handful of fields, and a dictionary per event cost more than it saved.
        /// </summary>
        private static FieldDeclaration? First(ImmutableArray<FieldDeclaration> fields, string wireName, int end)
        {
            for (var i = 0; i < end; i++)
            {
                if (!fields[i].Type.IsError && string.Equals(fields[i].WireName, wireName, StringComparison.Ordinal))
                {
                    return fields[i];
                }
            }

            return null;
        }

        /// <summary>The <c>Name = ...</c> argument when written, else the property.</summary>
        private static Location Location(FieldDeclaration field, TelemetryTypeDeclaration owner, EventRuleContext context)
        {
            if (field.FieldAttribute is not null
                && DiagnosticLocations.NamedArgument(DiagnosticLocations.AttributeOf(field.FieldAttribute, context.CancellationToken), "Name") is { } name)
            {
                return name.GetLocation();
            }

            return InheritedFromAnotherEvent.LocationFor(owner.Type, field.Property);
        }
    }
}
