using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>GOV003: every field of an event or context says what it contains (answers "what data?").</summary>
    internal sealed class FieldDocumentationRule : EventRule
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.UndocumentedField,
            title: "Field is not documented",
            messageFormat: "Field '{0}' of event '{1}' {2}: say what it contains with [TelemetryField(\"...\")], or exclude it with [TelemetryIgnore]",
            category: "Governance.Documentation",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Every public property of an event or common context is sent. Each one needs a description a reviewer can check against what the code puts in it; a property that should not be sent is marked [TelemetryIgnore].",
            helpLinkUri: HelpLinks.For(DiagnosticIds.UndocumentedField));

        private static readonly DiagnosticDescriptor ContextDescriptor = ContextMessages.For(Descriptor);

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor, ContextDescriptor);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            foreach (var field in context.Owner.Fields)
            {
                if (!InheritedFromAnotherEvent.Owns(context.Owner.Type, field.Property))
                {
                    continue;
                }

                string? problem;
                if (field.FieldAttribute is null)
                {
                    problem = "has no [TelemetryField] description";
                }
                else if (field.FieldAttribute.ConstructorArguments.Length == 1 && field.Description is null && field.FieldAttribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
                {
                    continue; // Not a constant string: the compiler already reports the argument.
                }
                else
                {
                    problem = TextQuality.FindProblem(field.Description, argumentPresent: field.FieldAttribute.ConstructorArguments.Length == 1, "description", context.Options.DescriptionMinWords, field.Property.Name);
                }

                if (problem is not null)
                {
                    context.Report(context.ForOwner(Descriptor, ContextDescriptor), InheritedFromAnotherEvent.LocationFor(context.Owner.Type, field.Property), field.Property.Name, context.OwnerName, problem);
                }
            }
        }
    }
}
