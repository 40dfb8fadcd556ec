using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Product
{
    /// <summary>
    /// The events and contexts a compilation's references declare (<see cref="ProductEvents.FromReferences"/>), for the analyzers and
    /// the code fixes. A reference's manifest is read once for as long as the reference object lives (the compiler and
    /// the IDE reuse them from one compilation to the next), and the merged list once per compilation, whichever analyzer
    /// asks first: a compilation start costs a table lookup per reference.
    /// </summary>
    internal static class ReferencedEvents
    {
        private static readonly ConditionalWeakTable<MetadataReference, ReadManifest> Manifests = new ConditionalWeakTable<MetadataReference, ReadManifest>();
        private static readonly ConditionalWeakTable<Compilation, Merged> MergedByCompilation = new ConditionalWeakTable<Compilation, Merged>();

        /// <summary>The references' events, each once, in manifest order; empty when no reference carries a manifest.</summary>
        public static IReadOnlyList<EventSpec> Of(Compilation compilation, CancellationToken cancellationToken) => Merge(compilation, cancellationToken).Events;

        /// <summary>The references whose manifest cannot be read, in ordinal order of assembly name; empty nearly always.</summary>
        public static IReadOnlyList<UnreadableManifest> UnreadableOf(Compilation compilation, CancellationToken cancellationToken) => Merge(compilation, cancellationToken).Unreadable;

        /// <summary>The references' common contexts, each once, in manifest order; empty when no reference declares one.</summary>
        public static IReadOnlyList<ContextSpec> ContextsOf(Compilation compilation, CancellationToken cancellationToken) => Merge(compilation, cancellationToken).Contexts;

        private static Merged Merge(Compilation compilation, CancellationToken cancellationToken)
        {
            if (MergedByCompilation.TryGetValue(compilation, out var known))
            {
                return known;
            }

            var manifests = new List<ReferencedManifest>();
            var unreadable = new List<UnreadableManifest>();
            foreach (var reference in compilation.References)
            {
                if (!Manifests.TryGetValue(reference, out var read))
                {
                    read = Manifests.GetValue(reference, _ =>
                    {
                        var manifest = ReferencedManifestReader.Read(reference, cancellationToken, out var problem);
                        return new ReadManifest(manifest, problem);
                    });
                }

                if (read.Manifest is not null)
                {
                    manifests.Add(read.Manifest);
                }
                else if (read.Problem is not null && !unreadable.Exists(u => u.AssemblyName == read.Problem.AssemblyName))
                {
                    unreadable.Add(read.Problem);
                }
            }

            unreadable.Sort(static (a, b) => string.CompareOrdinal(a.AssemblyName, b.AssemblyName));
            var merged = manifests.Count == 0
                ? new Merged(new List<EventSpec>(), new List<ContextSpec>(), unreadable)
                : new Merged(ProductEvents.FromReferences(compilation.Assembly.Name, manifests), ProductEvents.ContextsFromReferences(compilation.Assembly.Name, manifests), unreadable);
            return MergedByCompilation.GetValue(compilation, _ => merged);
        }

        /// <summary>What the references declare, merged once per compilation.</summary>
        private sealed class Merged
        {
            public Merged(IReadOnlyList<EventSpec> events, IReadOnlyList<ContextSpec> contexts, IReadOnlyList<UnreadableManifest> unreadable)
            {
                Events = events;
                Contexts = contexts;
                Unreadable = unreadable;
            }

            public IReadOnlyList<UnreadableManifest> Unreadable { get; }

            public IReadOnlyList<EventSpec> Events { get; }

            public IReadOnlyList<ContextSpec> Contexts { get; }
        }

        /// <summary>A reference's manifest, or that it has none, or why it cannot be read (a class, so "none" can be cached too).</summary>
        private sealed class ReadManifest
        {
            public ReadManifest(ReferencedManifest? manifest, UnreadableManifest? problem)
            {
                Manifest = manifest;
                Problem = problem;
            }

            public ReferencedManifest? Manifest { get; }

            public UnreadableManifest? Problem { get; }
        }
    }
}
