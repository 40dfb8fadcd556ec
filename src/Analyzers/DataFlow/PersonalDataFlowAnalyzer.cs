using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    /// the value is traced back (<see cref="PersonalDataTracer"/>); if it comes from a known source of personal data
    /// and the field is classified Technical or Interaction, the flow is reported. Identifier fields are hashed by the
    /// emitter, so flows into them are fine. Only code that names an event's type or one of its fields is looked at, and
    /// only where the receiver may be an event is it bound (<see cref="EventFieldIndex"/>, <see cref="ReceiverTypes"/>).
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

                // The places that name an event's field or type are found in the text; only their methods are bound (a
                // large code base is otherwise bound once, by the compiler, and never walked node by node for this rule).
                var compilation = start.Compilation;
                var cancellation = start.CancellationToken;
                var events = new Lazy<EventFieldIndex>(() => EventFieldIndex.Build(compilation, cancellation), LazyThreadSafetyMode.ExecutionAndPublication);

                // Only the help links matter here (the event analyzer reports what is wrong with the options), read once
                // per options object rather than once per assignment.
                var helpLinks = new ConcurrentDictionary<AnalyzerConfigOptions, ConfiguredHelpLinks>();
                start.RegisterSemanticModelAction(c => AnalyzeTree(c, events.Value, helpLinks));
            });
        }

        private static void AnalyzeTree(SemanticModelAnalysisContext context, EventFieldIndex events, ConcurrentDictionary<AnalyzerConfigOptions, ConfiguredHelpLinks> helpLinks)
        {
            if (!events.HasEvents)
            {
                return;
            }

            var tree = context.SemanticModel.SyntaxTree;
            var positions = new List<int>();
            events.Names.FindIn(tree.GetText(context.CancellationToken), positions);
            if (positions.Count == 0)
            {
                return;
            }

            var root = tree.GetRoot(context.CancellationToken);
            var model = context.SemanticModel;
            var report = new Reporter(context, helpLinks);
            foreach (var position in positions)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var token = root.FindToken(position);
                if (token.SpanStart != position)
                {
                    continue; // inside a comment, a string or a longer token
                }

                if (token.IsKind(SyntaxKind.NewKeyword))
                {
                    if (token.Parent is ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } implicitCreation
                        && !ReceiverTypes.CannotBeEvent(implicitCreation, events))
                    {
                        AnalyzeCreation(implicitCreation, model, report, context.CancellationToken);
                    }

                    continue;
                }

                if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is not SimpleNameSyntax name)
                {
                    continue;
                }

                var assignment = name.Parent switch
                {
                    AssignmentExpressionSyntax direct when direct.Left == name => direct,
                    MemberAccessExpressionSyntax { Parent: AssignmentExpressionSyntax viaMember } access when access.Name == name && viaMember.Left == access => viaMember,
                    _ => null,
                };
                if (assignment is not null)
                {
                    if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && events.MayBeField(name.Identifier.ValueText)
                        && !ReceiverTypes.CannotBeEvent(assignment, events, model, context.CancellationToken))
                    {
                        AnalyzeAssignment(assignment, model, report, context.CancellationToken);
                    }

                    continue;
                }

                if (CreatedType(name) is { ArgumentList.Arguments.Count: > 0 } creation && events.MayBeEventType(name.Identifier.ValueText))
                {
                    AnalyzeCreation(creation, model, report, context.CancellationToken);
                }
            }
        }

        /// <summary>The <c>new T(...)</c> whose type <paramref name="name"/> is the right-most part of, or null.</summary>
        private static ObjectCreationExpressionSyntax? CreatedType(SimpleNameSyntax name)
        {
            SyntaxNode type = name;
            while (type.Parent is QualifiedNameSyntax qualified && qualified.Right == type || type.Parent is AliasQualifiedNameSyntax alias && alias.Name == type)
            {
                type = type.Parent;
            }

            return type.Parent is ObjectCreationExpressionSyntax creation && creation.Type == type ? creation : null;
        }

        private static void AnalyzeAssignment(AssignmentExpressionSyntax syntax, SemanticModel model, Reporter report, CancellationToken cancellationToken)
        {
            if (model.GetOperation(syntax, cancellationToken) is not ISimpleAssignmentOperation assignment
                || assignment.Target is not IPropertyReferenceOperation property)
            {
                return;
            }

            var eventType = property.Instance?.Type as INamedTypeSymbol ?? property.Property.ContainingType;
            if (FindEventName(eventType) is { } eventName)
            {
                Check(report, eventName, property.Property, assignment.Value, cancellationToken);
            }
        }

        /// <summary>Positional records: a constructor parameter sets the property of the same name (initializers are assignments).</summary>
        private static void AnalyzeCreation(BaseObjectCreationExpressionSyntax syntax, SemanticModel model, Reporter report, CancellationToken cancellationToken)
        {
            if (model.GetOperation(syntax, cancellationToken) is not IObjectCreationOperation operation
                || operation.Type is not INamedTypeSymbol eventType || FindEventName(eventType) is not { } eventName)
            {
                return;
            }

            foreach (var argument in operation.Arguments)
            {
                if (argument.Parameter is null)
                {
                    continue;
                }

                foreach (var member in eventType.GetMembers(argument.Parameter.Name))
                {
                    if (member is IPropertySymbol property)
                    {
                        Check(report, eventName, property, argument.Value, cancellationToken);
                    }
                }
            }
        }

        private static void Check(Reporter report, DeclaringType eventName, IPropertySymbol property, IOperation value, CancellationToken cancellationToken)
        {
            if (!TelemetryEventReader.IsField(property))
            {
                return;
            }

            // Most values come from no personal source: the field's declaration is read only for one that does.
            var source = PersonalDataTracer.FindSource(value, cancellationToken);
            if (source is null)
            {
                return;
            }

            var field = TelemetryEventReader.ReadField(property);
            if (field.DataClass.Value >= DataClassKind.Identifier || field.IsHashed)
            {
                return; // Identifiers and pseudonymised fields leave the process as keyed hashes only.
            }

            report.Flow(eventName.IsContext ? ContextDescriptor : Descriptor, value.Syntax.GetLocation(), source, property.Name, eventName.Name, field.DataClass.Value.ToMemberName());
        }

        /// <summary>Reports with the help links the tree's options configure.</summary>
        private readonly struct Reporter
        {
            private readonly SemanticModelAnalysisContext _context;
            private readonly ConcurrentDictionary<AnalyzerConfigOptions, ConfiguredHelpLinks> _helpLinks;

            public Reporter(SemanticModelAnalysisContext context, ConcurrentDictionary<AnalyzerConfigOptions, ConfiguredHelpLinks> helpLinks)
            {
                _context = context;
                _helpLinks = helpLinks;
            }

            public void Flow(DiagnosticDescriptor descriptor, Location location, params object[] arguments)
            {
                var options = _context.Options.AnalyzerConfigOptionsProvider.GetOptions(_context.SemanticModel.SyntaxTree);
                var links = _helpLinks.GetOrAdd(options, o => ConfiguredHelpLinks.Read(o, out _));
                _context.ReportDiagnostic(Diagnostic.Create(links.Apply(descriptor), location, arguments));
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
