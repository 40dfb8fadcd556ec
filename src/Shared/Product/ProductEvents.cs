using System;
using System.Collections.Generic;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Product
{
    /// <summary>
    /// The events and common contexts of a whole product: an assembly's own and those of the assemblies it was compiled
    /// against. Each assembly's manifest lists the events and contexts of its own references too, so they reach an
    /// application however many paths lead to them (app → B → C, even when C is not referenced directly); each is listed
    /// once. Contexts combine as a union: a client may set any of them, and every event that includes contexts carries
    /// those set, so an application's manifest lists every context of its product.
    /// </summary>
    internal static class ProductEvents
    {
        /// <summary>Events in manifest order: ordinal order of name, then of declaring assembly, then of type.</summary>
        public static readonly Comparison<EventSpec> ManifestOrder = static (a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            if (byName != 0)
            {
                return byName;
            }

            var byAssembly = string.CompareOrdinal(a.Assembly, b.Assembly);
            return byAssembly != 0 ? byAssembly : string.CompareOrdinal(a.Type.DisplayName, b.Type.DisplayName);
        };

        /// <summary>
        /// The events that <paramref name="manifests"/> declare for assemblies other than <paramref name="ownAssembly"/>,
        /// each once, in <see cref="ManifestOrder"/>. An assembly's events come from one manifest only: its own when it is
        /// referenced (what it declares now), otherwise the first, in ordinal order of name, of the manifests that list
        /// it; so an event an upgraded assembly removed does not survive in an older copy.
        /// </summary>
        /// <summary>Contexts in manifest order: ordinal order of declaring type, then of assembly (the order the client writes them in).</summary>
        public static readonly Comparison<ContextSpec> ContextOrder = static (a, b) =>
        {
            var byType = string.CompareOrdinal(a.Type.DisplayName, b.Type.DisplayName);
            return byType != 0 ? byType : string.CompareOrdinal(a.Assembly, b.Assembly);
        };

        public static List<EventSpec> FromReferences(string ownAssembly, IEnumerable<ReferencedManifest> manifests)
        {
            var sorted = Sorted(manifests);
            var sources = Sources(sorted);
            var events = new List<EventSpec>();
            var seen = new HashSet<(string, string)>();
            foreach (var manifest in sorted)
            {
                foreach (var evt in manifest.Events)
                {
                    if (evt.Assembly != ownAssembly && ReferenceEquals(sources[evt.Assembly], manifest) && seen.Add((evt.Assembly, evt.Name)))
                    {
                        events.Add(evt);
                    }
                }
            }

            events.Sort(ManifestOrder);
            return events;
        }

        /// <summary>
        /// The contexts that <paramref name="manifests"/> declare for assemblies other than <paramref name="ownAssembly"/>,
        /// each once (by assembly and type), in <see cref="ContextOrder"/>; taken from the same manifest as the assembly's
        /// events (<see cref="FromReferences"/>).
        /// </summary>
        public static List<ContextSpec> ContextsFromReferences(string ownAssembly, IEnumerable<ReferencedManifest> manifests)
        {
            var sorted = Sorted(manifests);
            var sources = Sources(sorted);
            var contexts = new List<ContextSpec>();
            var seen = new HashSet<(string, string)>();
            foreach (var manifest in sorted)
            {
                foreach (var context in manifest.Contexts)
                {
                    if (context.Assembly != ownAssembly && ReferenceEquals(sources[context.Assembly], manifest) && seen.Add((context.Assembly, context.Type.DisplayName)))
                    {
                        contexts.Add(context);
                    }
                }
            }

            contexts.Sort(ContextOrder);
            return contexts;
        }

        private static List<ReferencedManifest> Sorted(IEnumerable<ReferencedManifest> manifests)
        {
            var sorted = new List<ReferencedManifest>(manifests);
            sorted.Sort(static (a, b) => string.CompareOrdinal(a.AssemblyName, b.AssemblyName));
            return sorted;
        }

        /// <summary>
        /// Which manifest speaks for each declaring assembly: its own when it is referenced (what it declares now),
        /// otherwise the first, in ordinal order of name, of the manifests that list it.
        /// </summary>
        private static Dictionary<string, ReferencedManifest> Sources(List<ReferencedManifest> sorted)
        {
            var sources = new Dictionary<string, ReferencedManifest>(StringComparer.Ordinal);
            foreach (var manifest in sorted)
            {
                sources[manifest.AssemblyName] = manifest;
            }

            foreach (var manifest in sorted)
            {
                foreach (var evt in manifest.Events)
                {
                    if (!sources.ContainsKey(evt.Assembly))
                    {
                        sources.Add(evt.Assembly, manifest);
                    }
                }

                foreach (var context in manifest.Contexts)
                {
                    if (!sources.ContainsKey(context.Assembly))
                    {
                        sources.Add(context.Assembly, manifest);
                    }
                }
            }

            return sources;
        }
    }
}
