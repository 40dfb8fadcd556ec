using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.Analyzers.Infrastructure;
using Governance.Analyzers.Review;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Product;

namespace Governance.Analyzers.Rules
{
    /// <summary>
    /// GOV008: an event name is declared once in the whole product, not only in one assembly (GOV005). The names other
    /// assemblies declare come from the manifests the compilation's references carry, read with the generator's reader.
    /// A clash with this assembly's declaration is reported on it; a clash between two referenced assemblies, which
    /// this assembly cannot fix in code, on its <c>[assembly: TelemetryProduct]</c> (else on the assembly, with no
    /// source location), naming both. Costs nothing when no reference declares events.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProductEventNameAnalyzer : DiagnosticAnalyzer
    {
        private const string Title = "Event name already declared by another assembly of the product";
        private const string Category = "Governance.Naming";
        private const string Description = "An application's manifest, privacy document, notice and catalog list the events of every assembly it is built from. Two assemblies that send events under the same name make every dashboard, review and deletion request that uses the name ambiguous: rename one of them.";

        private static readonly DiagnosticDescriptor DeclaredHere = new DiagnosticDescriptor(
            DiagnosticIds.EventNameDeclaredByAnotherAssembly,
            Title,
            messageFormat: "Event name '{0}' is already declared by assembly '{1}', which this assembly references: each event name must be declared once in the whole product",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.EventNameDeclaredByAnotherAssembly));

        /// <summary>The same rule for two referenced assemblies: reported once the compilation has been seen.</summary>
        private static readonly DiagnosticDescriptor DeclaredByReferences = new DiagnosticDescriptor(
            DiagnosticIds.EventNameDeclaredByAnotherAssembly,
            Title,
            messageFormat: "Event name '{0}' is declared by more than one assembly of the product ({1}): each event name must be declared once in the whole product",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.EventNameDeclaredByAnotherAssembly),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DeclaredHere, DeclaredByReferences);

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

                var declarers = DeclarersByName(ReferencedEvents.Of(start.Compilation, start.CancellationToken));
                if (declarers.Count == 0)
                {
                    return; // No reference declares events: nothing can clash.
                }

                start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, declarers), SymbolKind.NamedType);
                start.RegisterCompilationEndAction(end => ReportClashesBetweenReferences(end, declarers));
            });
        }

        /// <summary>Each referenced event name with the assemblies that declare it, in ordinal order.</summary>
        private static Dictionary<string, List<string>> DeclarersByName(IReadOnlyList<EventSpec> events)
        {
            var declarers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var evt in events)
            {
                if (!declarers.TryGetValue(evt.Name, out var assemblies))
                {
                    declarers.Add(evt.Name, assemblies = new List<string>());
                }

                if (!assemblies.Contains(evt.Assembly))
                {
                    assemblies.Add(evt.Assembly);
                    assemblies.Sort(StringComparer.Ordinal);
                }
            }

            return declarers;
        }

        private static void AnalyzeType(SymbolAnalysisContext context, Dictionary<string, List<string>> declarers)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
                || TelemetryEventReader.FindEventAttribute(type) is not { } attribute
                || TelemetryEventReader.ReadName(attribute) is not { } name
                || !declarers.TryGetValue(name, out var assemblies))
            {
                return;
            }

            var syntax = DiagnosticLocations.AttributeOf(attribute, context.CancellationToken);
            var location = DiagnosticLocations.PositionalArgument(syntax)?.GetLocation() ?? DiagnosticLocations.TypeName(type, syntax);
            context.ReportDiagnostic(Diagnostic.Create(DeclaredHere, location, name, string.Join("', '", assemblies)));
        }

        private static void ReportClashesBetweenReferences(CompilationAnalysisContext context, Dictionary<string, List<string>> declarers)
        {
            Location? location = null;
            var names = new List<string>(declarers.Keys);
            names.Sort(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var assemblies = declarers[name];
                if (assemblies.Count < 2)
                {
                    continue;
                }

                location ??= ProductDeclaration.Location(context.Compilation, context.CancellationToken);
                context.ReportDiagnostic(Diagnostic.Create(DeclaredByReferences, location, name, Quoted(assemblies)));
            }
        }

        /// <summary>'A' and 'B'; 'A', 'B' and 'C'.</summary>
        private static string Quoted(List<string> assemblies)
        {
            var quoted = new List<string>(assemblies.Count);
            foreach (var assembly in assemblies)
            {
                quoted.Add("'" + assembly + "'");
            }

            return string.Join(", ", quoted.GetRange(0, quoted.Count - 1)) + " and " + quoted[quoted.Count - 1];
        }
    }
}
