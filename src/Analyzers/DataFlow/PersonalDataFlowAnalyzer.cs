using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Governance.Analyzers.Configuration;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.DataFlow
{
    /// <summary>
    /// GOV012: personal data must not reach a field that says it is not personal. Wherever a value is put into an
    /// event field (object initializer, <c>with</c> expression, property assignment, positional-record constructor),
    /// the value is traced back through the method; if it comes from a known source of personal data and the field
    /// is classified Technical or Interaction, the flow is reported. Identifier fields are hashed by the emitter, so
    /// flows into them are fine.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataFlowAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.PersonalDataFlow,
            title: "Personal data flows into a field classified as not personal",
            messageFormat: "{0} flows into field '{1}' of event '{2}', which is classified {3}: classify the field Personal or Identifier, or sanitise the value (for example with TelemetryClient.Pseudonymize)",
            category: "Governance.Privacy",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A field's data class is a promise about what it contains. When a value that comes from the user's name, the machine's name, the command line, user paths, exception text, IP addresses, a signed-in identity or a member marked as personal data is put into a Technical or Interaction field, the promise is broken.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.PersonalDataFlow));

        /// <inheritdoc />
        /// <summary>The same rule for a field of a common context.</summary>
        private static readonly DiagnosticDescriptor ContextDescriptor = Infrastructure.ContextMessages.For(Descriptor);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor, ContextDescriptor);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(WellKnownTypeNames.TelemetryEventAttribute) is null)
                {
                    return;
                }

                // Only the help links matter here (the event analyzer reports what is wrong with the options), read once
                // per options object rather than once per assignment.
                var helpLinks = new ConcurrentDictionary<AnalyzerConfigOptions, ConfiguredHelpLinks>();
                start.RegisterOperationAction(c => AnalyzeAssignment(c, helpLinks), OperationKind.SimpleAssignment);
                start.RegisterOperationAction(c => AnalyzeCreation(c, helpLinks), OperationKind.ObjectCreation);
            });
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, ConcurrentDictionary<AnalyzerConfigOptions, ConfiguredHelpLinks> helpLinks)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation target)
            {
                return;
            }

            var eventType = target.Instance?.Type as INamedTypeSymbol ?? target.Property.ContainingType;
            if (FindEventName(eventType) is { } eventName)
            {
                Check(context, helpLinks, eventName, target.Property, assignment.Value);
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, ConcurrentDictionary<AnalyzerConfigOptions, ConfiguredHelpLinks> helpLinks)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type is not INamedTypeSymbol eventType || FindEventName(eventType) is not { } eventName)
            {
                return;
            }

            // Positional records: a constructor parameter sets the property of the same name.
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter is null)
                {
                    continue;
                }

                foreach (var member in eventType.GetMembers(argument.Parameter.Name))
                {
                    if (member is IPropertySymbol property)
                    {
                        Check(context, helpLinks, eventName, property, argument.Value);
                    }
                }
            }
        }

        private static void Check(OperationAnalysisContext context, ConcurrentDictionary<AnalyzerConfigOptions, ConfiguredHelpLinks> helpLinks, DeclaringType eventName, IPropertySymbol property, IOperation value)
        {
            if (!TelemetryEventReader.IsField(property))
            {
                return;
            }

            var field = TelemetryEventReader.ReadField(property);
            if (field.DataClass.Value >= DataClassKind.Identifier || field.IsHashed)
            {
                return; // Identifiers and pseudonymised fields leave the process as keyed hashes only.
            }

            var source = PersonalDataTracer.FindSource(value, context.CancellationToken);
            if (source is not null)
            {
                var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(value.Syntax.SyntaxTree);
                var links = helpLinks.GetOrAdd(options, o => ConfiguredHelpLinks.Read(o, out _));
                context.ReportDiagnostic(Diagnostic.Create(links.Apply(eventName.IsContext ? ContextDescriptor : Descriptor), value.Syntax.GetLocation(), source, property.Name,
                    eventName.Name, field.DataClass.Value.ToMemberName()));
            }
        }

        /// <summary>The event's name, or a context type's name; null for other types.</summary>
        private static DeclaringType? FindEventName(INamedTypeSymbol type)
        {
            var attribute = TelemetryEventReader.FindEventAttribute(type);
            if (attribute is null)
            {
                return TelemetryEventReader.FindContextAttribute(type) is null ? null : new DeclaringType(type.Name, IsContext: true);
            }

            return new DeclaringType(attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name ? name : type.Name, IsContext: false);
        }

        /// <summary>What the message names: an event by its name, a context by its type's.</summary>
        private sealed record DeclaringType(string Name, bool IsContext);
    }
}
