namespace Governance.Analyzers.Privacy
{
    /// <summary>
    /// What the type holding a field (its event or context type) names, read from the type's name: a person
    /// (<c>CustomerRegistered</c>), a payment (<c>OrderPlaced</c>), or nothing the classifier knows. A generic
    /// attribute (<c>Name</c>, <c>Country</c>, <c>Amount</c>) is personal data in a holder that names a person or, for
    /// financial attributes, a payment.
    /// </summary>
    internal sealed class FieldHolder
    {
        public static readonly FieldHolder Nothing = new FieldHolder(FieldHolderKind.Nothing, string.Empty, string.Empty);

        public FieldHolder(FieldHolderKind kind, string typeName, string noun)
        {
            Kind = kind;
            TypeName = typeName;
            Noun = noun;
        }

        public FieldHolderKind Kind { get; }

        /// <summary>The holder's type name, as diagnostics quote it.</summary>
        public string TypeName { get; }

        /// <summary>The noun that names what it holds, in the singular (<c>customer</c>, <c>payment</c>).</summary>
        public string Noun { get; }
    }
}
