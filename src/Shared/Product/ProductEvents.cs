using System;
using System.Collections.Generic;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Product
{
    /// <summary>
    /// The events of a whole product: an assembly's own and those of the assemblies it was compiled against. Each
    /// assembly's manifest lists the events of its own references too, so an event reaches an application however many
    /// paths lead to it (app → B → C, even when C is not referenced directly); it is listed once.
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
        public static List<EventSpec> FromReferences(string ownAssembly, IEnumerable<ReferencedManifest> manifests)
        {
            var sorted = new List<ReferencedManifest>(manifests);
            sorted.Sort(static (a, b) => string.CompareOrdinal(a.AssemblyName, b.AssemblyName));

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
            }

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
    }
}
