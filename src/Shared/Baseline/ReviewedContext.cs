using System.Collections.Generic;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// What a review signed off for one common context: its fields, as for an event's. A context is identified by its
    /// type and, when another assembly of the product declares it, that assembly.
    /// </summary>
    internal sealed class ReviewedContext
    {
        /// <param name="assembly">The declaring assembly when it is not the one whose baseline this is; else null.</param>
        public ReviewedContext(string sourceType, IReadOnlyList<ReviewedField> fields, string? assembly = null)
        {
            SourceType = sourceType;
            Assembly = assembly;
            var sorted = new List<ReviewedField>(fields);
            sorted.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            Fields = sorted;
        }

        /// <summary>The C# type that declares the context (the manifest's <c>sourceType</c>).</summary>
        public string SourceType { get; }

        /// <summary>The declaring assembly when it is another assembly of the product; null for the reviewed assembly's own.</summary>
        public string? Assembly { get; }

        /// <summary>The fields in ordinal order of wire name.</summary>
        public IReadOnlyList<ReviewedField> Fields { get; }
    }
}
