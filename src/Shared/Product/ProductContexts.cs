using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Product
{
    /// <summary>
    /// The common contexts of a compilation's product, for the analyzers and the code fixes: the compilation's own
    /// <c>[TelemetryContext]</c> types that the generator implements (read with the generator's reader), and those its
    /// references' manifests declare. Every event that includes contexts may carry any of them, so the rules judge an
    /// event with their fields (wire names, data classes). Read once per compilation, whichever analyzer asks first.
    /// </summary>
    internal sealed class ProductContexts
    {
        private static readonly ConditionalWeakTable<Compilation, ProductContexts> ByCompilation = new ConditionalWeakTable<Compilation, ProductContexts>();

        private ProductContexts(IReadOnlyList<ContextSpec> own, IReadOnlyList<ContextSpec> referenced, IReadOnlyList<EventSpec> referencedEvents)
        {
            Own = own;
            Referenced = referenced;
            ReferencedEvents = referencedEvents;
            var all = new List<ContextSpec>(own);
            all.AddRange(referenced);
            All = all;
            foreach (var context in all)
            {
                HighestDataClass = context.HighestDataClass > HighestDataClass ? context.HighestDataClass : HighestDataClass;
            }
        }

        /// <summary>This compilation's contexts, in manifest order.</summary>
        public IReadOnlyList<ContextSpec> Own { get; }

        /// <summary>The references' contexts, each once, in manifest order.</summary>
        public IReadOnlyList<ContextSpec> Referenced { get; }

        /// <summary>Every context of the product: this compilation's, then its references'.</summary>
        public IReadOnlyList<ContextSpec> All { get; }

        /// <summary>
        /// The events the references' manifests declare: an event of a library that includes contexts carries this
        /// compilation's contexts too when they share a client, which the library's build could not see.
        /// </summary>
        public IReadOnlyList<EventSpec> ReferencedEvents { get; }

        /// <summary>The highest data class of any context field; Technical when there is none.</summary>
        public DataClassKind HighestDataClass { get; }

        public static ProductContexts Of(Compilation compilation, CancellationToken cancellationToken)
        {
            if (ByCompilation.TryGetValue(compilation, out var known))
            {
                return known;
            }

            var own = new List<ContextSpec>();
            if (compilation.GetTypeByMetadataName(WellKnownTypeNames.TelemetryContextAttribute) is not null)
            {
                // Only the types whose syntax may carry [TelemetryContext] are bound here, not every type of the compilation.
                var candidates = AttributedTypeNames.Of(compilation, cancellationToken, WellKnownTypeNames.TelemetryContextAttribute);
                foreach (var symbol in candidates.Count == 0 ? Array.Empty<ISymbol>() : compilation.GetSymbolsWithName(candidates.Contains, SymbolFilter.Type, cancellationToken))
                {
                    if (symbol is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type
                        && TelemetryEventReader.FindContextAttribute(type) is { } attribute
                        && ContextSpecBuilder.Build(TelemetryEventReader.ReadContext(type, attribute, cancellationToken)) is { } spec)
                    {
                        own.Add(spec);
                    }
                }
            }

            own.Sort(ProductEvents.ContextOrder);
            var contexts = new ProductContexts(own, Product.ReferencedEvents.ContextsOf(compilation, cancellationToken), Product.ReferencedEvents.Of(compilation, cancellationToken));
            return ByCompilation.GetValue(compilation, _ => contexts);
        }
    }
}
