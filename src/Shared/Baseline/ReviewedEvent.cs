using System.Collections.Generic;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// What a review signed off for one event: the answers that matter to privacy (purpose, retention, consent,
    /// access) and each field's name and data class. Values use the manifest's spelling (<c>optIn</c>,
    /// <c>team</c>, <c>personal</c>).
    /// </summary>
    internal sealed class ReviewedEvent
    {
        public ReviewedEvent(string name, string purpose, int retentionDays, string consent, string access, IReadOnlyList<ReviewedField> fields)
        {
            Name = name;
            Purpose = purpose;
            RetentionDays = retentionDays;
            Consent = consent;
            Access = access;
            var sorted = new List<ReviewedField>(fields);
            sorted.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            Fields = sorted;
        }

        public string Name { get; }

        public string Purpose { get; }

        public int RetentionDays { get; }

        public string Consent { get; }

        public string Access { get; }

        /// <summary>The fields in ordinal order of wire name, so a file diff shows only real changes.</summary>
        public IReadOnlyList<ReviewedField> Fields { get; }
    }
}
