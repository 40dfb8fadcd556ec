using System.Collections.Generic;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// The reviewable view of an event as the generator builds it (effective consent included, so the baseline, the
    /// manifest and the analyzers agree). It equals what <see cref="ReviewedEventJson"/> reads back from the event's
    /// manifest entry, which the build task compares (a generator test holds the two together).
    /// </summary>
    internal static class ReviewedEvents
    {
        public static ReviewedEvent From(EventSpec spec)
        {
            var fields = new List<ReviewedField>(spec.Fields.Count);
            foreach (var field in spec.Fields)
            {
                fields.Add(new ReviewedField(field.WireName, field.PropertyName, field.DataClass.ToManifestName()));
            }

            return new ReviewedEvent(spec.Name, spec.Purpose, spec.RetentionDays, spec.Consent.ToManifestName(), spec.Access.ToManifestName(), fields);
        }
    }
}
