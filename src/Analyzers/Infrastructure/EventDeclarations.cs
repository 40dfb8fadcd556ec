using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>
    /// Each event declaration read once per compilation for every analyzer that needs it (the event analyzer and the
    /// baseline analyzer both read every event), and kept no longer than the compilation lives.
    /// </summary>
    internal static class EventDeclarations
    {
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<INamedTypeSymbol, EventDeclaration>> ByCompilation =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<INamedTypeSymbol, EventDeclaration>>();

        public static EventDeclaration Read(Compilation compilation, INamedTypeSymbol type, AttributeData attribute, CancellationToken cancellationToken)
        {
            var declarations = ByCompilation.GetValue(compilation, _ => new ConcurrentDictionary<INamedTypeSymbol, EventDeclaration>(SymbolEqualityComparer.Default));
            if (declarations.TryGetValue(type, out var known))
            {
                return known;
            }

            // Two analyzers may read the same type at once: both reads are equal, and the first one stored is kept.
            return declarations.GetOrAdd(type, TelemetryEventReader.Read(type, attribute, cancellationToken));
        }
    }
}
