using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Rules
{
    /// <summary>
    /// GOV018: <c>client.Track(evt)</c> sends whatever implements <c>Governance.ITelemetryEvent</c>, and the generator
    /// implements it on every declared event. A type that implements it by hand is sent with no purpose, consent check,
    /// retention or documented fields, and no manifest, privacy document or review lists it. Reported on the type that
    /// writes the implementation (a type that inherits one is not: its base is reported, or is a declared event).
    /// Costs nothing in a compilation that does not reference the runtime.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UndeclaredEventAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.UndeclaredEvent,
            title: "Type is sent as an event without a declaration",
            messageFormat: "'{0}' implements ITelemetryEvent without a [TelemetryEvent] declaration, so client.Track would send it with no purpose, consent check or retention, and no manifest or privacy document would list it; declare it with [TelemetryEvent] and let the generator implement the interface",
            category: "Governance.Design",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Every event that leaves the program must say why it is collected, what it contains, how it is sent, who may see it, whether the user agreed and when it is deleted. The generator implements ITelemetryEvent on each [TelemetryEvent] type with that declaration's consent check; a hand-written implementation bypasses all of it.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.UndeclaredEvent));

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // The compilation-wide lookup of the attribute is one the other analyzers make too (the compilation caches it);
                // the interface is then looked up in the runtime assembly alone, instead of in every reference again.
                var eventAttribute = start.Compilation.GetTypeByMetadataName(WellKnownTypeNames.TelemetryEventAttribute);
                var eventInterface = eventAttribute?.ContainingAssembly.GetTypeByMetadataName(GeneratedNames.EventInterfaceName);
                if (eventInterface is null || eventInterface.TypeKind != TypeKind.Interface)
                {
                    return;
                }

                // Both members: a type that writes either decides what reaches the sinks (its own descriptor is what Track
                // checks consent against, and its own writer what the sinks read), even when it inherits the other.
                var members = eventInterface.GetMembers().Where(m => m.Kind is SymbolKind.Method or SymbolKind.Property && m.IsAbstract).ToImmutableArray();
                if (!members.IsEmpty)
                {
                    start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, members), SymbolKind.NamedType);
                }
            });
        }

        private static void Analyze(SymbolAnalysisContext context, ImmutableArray<ISymbol> members)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface) || !HasBaseList(type)
                || TelemetryEventReader.FindEventAttribute(type) is not null // a declaration's own implementation is GOV006's
                || TelemetryEventReader.FindContextAttribute(type) is not null
                || type.Locations.IsDefaultOrEmpty)
            {
                return;
            }

            foreach (var member in members)
            {
                var implementation = OwnImplementation(type, member);
                if (implementation is not null && !TelemetryEventReader.IsGeneratedByGovernance(implementation))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, type.Locations[0], type.Name));
                    return;
                }
            }
        }

        /// <summary>
        /// A type writes its own implementation only when one of its declarations lists a base type or interface: an
        /// implementation inherited from a base stays the base's. Syntax first, so most types cost no interface list.
        /// </summary>
        private static bool HasBaseList(INamedTypeSymbol type)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax { BaseList: not null })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The type's own implementation of the member: a class's or struct's mapping (none when it does not implement the
        /// interface), or an interface's default implementation.
        /// </summary>
        private static ISymbol? OwnImplementation(INamedTypeSymbol type, ISymbol member)
        {
            if (type.TypeKind != TypeKind.Interface)
            {
                var implementation = type.FindImplementationForInterfaceMember(member);
                return implementation is not null && SymbolEqualityComparer.Default.Equals(implementation.ContainingType, type) ? implementation : null;
            }

            foreach (var candidate in type.GetMembers())
            {
                var implemented = candidate switch
                {
                    IMethodSymbol method => method.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
                    IPropertySymbol property => property.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
                    _ => ImmutableArray<ISymbol>.Empty,
                };
                foreach (var explicitMember in implemented)
                {
                    if (SymbolEqualityComparer.Default.Equals(explicitMember.OriginalDefinition, member))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }
    }
}
