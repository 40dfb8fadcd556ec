using System.Collections.Generic;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// The reviewable view of an event or a context as the generator builds it (effective consent included, so the baseline, the
    /// manifest and the analyzers agree). The analyzers build it from declarations and referenced manifests, the build
    /// task from the manifest compiled into the assembly: the same spec gives the same reviewed event.
    /// </summary>
    internal static class ReviewedEvents
    {
        /// <param name="spec">The event.</param>
        /// <param name="reviewedAssembly">The assembly whose baseline this is: its own events are recorded without an assembly.</param>
        public static ReviewedEvent From(EventSpec spec, string reviewedAssembly)
        {
            return new ReviewedEvent(
                spec.Name,
                spec.Purpose,
                spec.RetentionDays,
                spec.Consent.ToManifestName(),
                spec.Access.ToManifestName(),
                Fields(spec.Fields),
                spec.Assembly == reviewedAssembly ? null : spec.Assembly);
        }

        /// <param name="spec">The context.</param>
        /// <param name="reviewedAssembly">The assembly whose baseline this is: its own contexts are recorded without an assembly.</param>
        public static ReviewedContext From(ContextSpec spec, string reviewedAssembly) =>
            new ReviewedContext(spec.Type.DisplayName, Fields(spec.Fields), spec.Assembly == reviewedAssembly ? null : spec.Assembly);

        /// <summary>Every context of a manifest (the whole product), as its assembly's baseline records them.</summary>
        public static List<ReviewedContext> ContextsFrom(ManifestSpec manifest)
        {
            var contexts = new List<ReviewedContext>(manifest.Contexts.Count);
            foreach (var context in manifest.Contexts)
            {
                contexts.Add(From(context, manifest.Product.AssemblyName));
            }

            return contexts;
        }

        /// <summary>
        /// The reviewable part of each field; hashing is recorded only where the declaration asked for it beyond the data
        /// class, so baselines reviewed before it was recorded stay valid.
        /// </summary>
        private static List<ReviewedField> Fields(EquatableArray<FieldSpec> specs)
        {
            var fields = new List<ReviewedField>(specs.Count);
            foreach (var field in specs)
            {
                fields.Add(new ReviewedField(field.WireName, field.PropertyName, field.DataClass.ToManifestName(), field.IsPseudonymized ? field.Hashing.ToManifestName() : null));
            }

            return fields;
        }

        /// <summary>Every event of a manifest (the whole product), as its assembly's baseline records them.</summary>
        public static List<ReviewedEvent> From(ManifestSpec manifest)
        {
            var events = new List<ReviewedEvent>(manifest.Events.Count);
            foreach (var evt in manifest.Events)
            {
                events.Add(From(evt, manifest.Product.AssemblyName));
            }

            return events;
        }
    }
}
