using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Product
{
    /// <summary>
    /// The events a compilation's references declare (<see cref="ProductEvents.FromReferences"/>), for the analyzers and
    /// the code fixes. A reference's manifest is read once for as long as the reference object lives (the compiler and
    /// the IDE reuse them from one compilation to the next), and the merged list once per compilation, whichever analyzer
    /// asks first: a compilation start costs a table lookup per reference.
    /// </summary>
    internal static class ReferencedEvents
    {
        private static readonly ConditionalWeakTable<MetadataReference, ReadManifest> Manifests = new ConditionalWeakTable<MetadataReference, ReadManifest>();
        private static readonly ConditionalWeakTable<Compilation, IReadOnlyList<EventSpec>> Merged = new ConditionalWeakTable<Compilation, IReadOnlyList<EventSpec>>();

        /// <summary>The references' events, each once, in manifest order; empty when no reference carries a manifest.</summary>
        public static IReadOnlyList<EventSpec> Of(Compilation compilation, CancellationToken cancellationToken)
        {
            if (Merged.TryGetValue(compilation, out var known))
            {
                return known;
            }

            var manifests = new List<ReferencedManifest>();
            foreach (var reference in compilation.References)
            {
                if (!Manifests.TryGetValue(reference, out var read))
                {
                    read = Manifests.GetValue(reference, _ => new ReadManifest(ReferencedManifestReader.Read(reference, cancellationToken)));
                }

                if (read.Manifest is not null)
                {
                    manifests.Add(read.Manifest);
                }
            }

            IReadOnlyList<EventSpec> events = manifests.Count == 0 ? new List<EventSpec>() : ProductEvents.FromReferences(compilation.Assembly.Name, manifests);
            return Merged.GetValue(compilation, _ => events);
        }

        /// <summary>A reference's manifest, or that it has none (a class, so "none" can be cached too).</summary>
        private sealed class ReadManifest
        {
            public ReadManifest(ReferencedManifest? manifest)
            {
                Manifest = manifest;
            }

            public ReferencedManifest? Manifest { get; }
        }
    }
}
