using System.Collections.Generic;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// The reviewable view of an event as the generator builds it (effective consent included, so the baseline, the
    /// manifest and the analyzers agree). The analyzers build it from declarations and referenced manifests, the build
    /// task from the manifest compiled into the assembly: the same spec gives the same reviewed event.
    /// </summary>
    internal static class ReviewedEvents
    {
        /// <param name="spec">The event.</param>
        /// <param name="reviewedAssembly">The assembly whose baseline this is: its own events are recorded without an assembly.</param>
        public static ReviewedEvent From(EventSpec spec, string reviewedAssembly)
        {
            var fields = new List<ReviewedField>(spec.Fields.Count);
            foreach (var field in spec.Fields)
            {
                fields.Add(new ReviewedField(field.WireName, field.PropertyName, field.DataClass.ToManifestName()));
            }

            return new ReviewedEvent(
                spec.Name,
                spec.Purpose,
                spec.RetentionDays,
                spec.Consent.ToManifestName(),
                spec.Access.ToManifestName(),
                fields,
                spec.Assembly == reviewedAssembly ? null : spec.Assembly);
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
