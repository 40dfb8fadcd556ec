namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>One reviewed field: its wire name, the property it comes from, and its data class.</summary>
    internal sealed class ReviewedField
    {
        public ReviewedField(string name, string property, string dataClass)
        {
            Name = name;
            Property = property;
            DataClass = dataClass;
        }

        public string Name { get; }

        public string Property { get; }

        public string DataClass { get; }
    }
}
