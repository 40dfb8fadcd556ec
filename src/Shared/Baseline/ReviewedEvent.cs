using System.Collections.Generic;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// What a review signed off for one event: the answers that matter to privacy (purpose, retention, consent,
    /// access), whether it carries the common context, and each field's name and data class. Values use the manifest's spelling (<c>optIn</c>,
    /// <c>team</c>, <c>personal</c>). An event is identified by its name and, when another assembly of the product
    /// declares it, that assembly.
    /// </summary>
    internal sealed class ReviewedEvent
    {
        /// <param name="assembly">The declaring assembly when it is not the one whose baseline this is (a library's event in an application's review); else null.</param>
        /// <param name="includesContext">False when the declaration opts out of the common context (<c>IncludeContext = false</c>).</param>
        public ReviewedEvent(string name, string purpose, int retentionDays, string consent, string access, IReadOnlyList<ReviewedField> fields, string? assembly = null, bool includesContext = true)
        {
            IncludesContext = includesContext;
            Name = name;
            Assembly = assembly;
            Purpose = purpose;
            RetentionDays = retentionDays;
            Consent = consent;
            Access = access;
            var sorted = new List<ReviewedField>(fields);
            sorted.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            Fields = sorted;
        }

        public string Name { get; }

        /// <summary>The declaring assembly when it is another assembly of the product; null for the reviewed assembly's own events.</summary>
        public string? Assembly { get; }

        public string Purpose { get; }

        public int RetentionDays { get; }

        public string Consent { get; }

        public string Access { get; }

        /// <summary>
        /// Whether the event carries the common context: opting out (or back in) changes what it sends wherever a context
        /// is set, and the application that sets one may not be the assembly that declares the event.
        /// </summary>
        public bool IncludesContext { get; }

        /// <summary>The fields in ordinal order of wire name, so a file diff shows only real changes.</summary>
        public IReadOnlyList<ReviewedField> Fields { get; }

        /// <summary>Baseline order: ordinal order of name, then the assembly's own event before another assembly's, then by assembly.</summary>
        public static int CompareIdentity(string leftName, string? leftAssembly, string rightName, string? rightAssembly)
        {
            var byName = string.CompareOrdinal(leftName, rightName);
            if (byName != 0 || leftAssembly == rightAssembly)
            {
                return byName;
            }

            return leftAssembly is null ? -1 : rightAssembly is null ? 1 : string.CompareOrdinal(leftAssembly, rightAssembly);
        }
    }
}
