using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Rules
{
    /// <summary>
    /// GOV006: the generator can only emit a typed, consent-checked emitter for declarations it can extend. Without
    /// one, the event cannot be sent the governed way (answers "how is it collected?").
    /// </summary>
    internal sealed class ImplementabilityRule : EventRule
    {
        // One text for both descriptors: they are the one rule, for events and for contexts.
        private const string Description = "The generator adds a descriptor, a field reader and the implementation that the runtime's typed Track calls to the event type (a descriptor, the copied values and a typed SetContext method to a context type). That needs a partial, non-generic, non-static type that the rest of its assembly can see, nested only in partial types, and declared an event or a context, not both.";

        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.CannotImplement,
            title: "Event declaration cannot be implemented",
            messageFormat: "Event type '{0}' cannot get a generated emitter: it {1}",
            category: "Governance.Design",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.CannotImplement));

        private static readonly DiagnosticDescriptor ContextDescriptor = new DiagnosticDescriptor(
            DiagnosticIds.CannotImplement,
            title: "Event declaration cannot be implemented",
            messageFormat: "Context type '{0}' cannot get its generated descriptor and SetContext: it {1}",
            category: "Governance.Design",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.CannotImplement));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor, ContextDescriptor);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            var declaration = context.Owner;
            var type = declaration.Type;
            var problem = declaration.ImplementationProblem switch
            {
                ImplementationProblem.NotPartial => "is not partial; add the 'partial' modifier",
                ImplementationProblem.ContainingTypeNotPartial => "is nested in '" + FirstNonPartialContainer(type) + "', which is not partial; make every containing type partial",
                ImplementationProblem.Generic => "is generic or nested in a generic type; " + (declaration.IsContext ? "contexts" : "events") + " cannot have type parameters",
                ImplementationProblem.Inaccessible => "is private or protected; make it internal or public so its emitter can see it",
                ImplementationProblem.StaticType => declaration.IsContext ? "is static; a context is a value that is created and set" : "is static; an event is a value that is created and sent",
                ImplementationProblem.RefStruct => "is a ref struct, which cannot be held by the emitter; make it a struct or a record",
                ImplementationProblem.FileLocal => "is file-local; make it internal or public so its emitter can see it",
                ImplementationProblem.ReservedMemberName => DescribeReservedName(type, declaration.IsContext),
                ImplementationProblem.ContextBeforeCSharp8 => "is compiled as C# 7.3 or earlier, and its generated values need C# 8.0 or later; set <LangVersion> to 8.0 or later in the project (netstandard2.0 projects default to 7.3)",
                ImplementationProblem.EventAndContext => "is declared an event too; a type is an event or a context, not both: remove one of the attributes",
                _ => null,
            };

            if (problem is not null)
            {
                var missingPartial = declaration.ImplementationProblem is ImplementationProblem.NotPartial or ImplementationProblem.ContainingTypeNotPartial;
                var properties = missingPartial ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.MissingPartial, "true") : ImmutableDictionary<string, string?>.Empty;
                context.Report(context.ForOwner(Descriptor, ContextDescriptor), DiagnosticLocations.TypeName(type, context.Attribute), properties, type.Name, problem);
            }
        }

        private static string DescribeReservedName(INamedTypeSymbol type, bool isContext)
        {
            var name = TelemetryEventReader.FindReservedNameConflict(type);
            if (name is GeneratedNames.DescriptorImplementationName or GeneratedNames.WriteFieldsImplementationName)
            {
                var member = "'ITelemetryEvent." + name.Substring(GeneratedNames.EventInterfaceName.Length + 1) + "'";
                return isContext
                    ? "implements " + member + ", which would send it as an event without a declaration; a context is not an event: remove that implementation"
                    : "implements " + member + " itself, which the generator does from the declaration; remove that implementation";
            }

            return name == type.Name
                ? "is named '" + name + "', like a member the generator adds to it; rename the type"
                : "declares a member named '" + name + "', which the generator adds; rename that member";
        }

        private static string FirstNonPartialContainer(INamedTypeSymbol type)
        {
            for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                if (!TelemetryEventReader.IsPartialEverywhere(containing))
                {
                    return containing.Name;
                }
            }

            return type.ContainingType?.Name ?? type.Name;
        }
    }
}
