namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// One reviewed field: its wire name, the property it comes from, its data class, and how it is hashed when its data
    /// class does not say (<c>Pseudonymize = true</c>: <c>keyed</c>; null otherwise, an identifier's keyed hash included).
    /// </summary>
    internal sealed class ReviewedField
    {
        public ReviewedField(string name, string property, string dataClass, string? hashing = null)
        {
            Name = name;
            Property = property;
            DataClass = dataClass;
            Hashing = hashing;
        }

        public string Name { get; }

        public string Property { get; }

        public string DataClass { get; }

        /// <summary>The hashing a declaration asked for beyond its data class (the manifest's token), or null.</summary>
        public string? Hashing { get; }
    }
}
