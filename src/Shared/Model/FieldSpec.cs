namespace Governance.CodeAnalysis.Model
{
    /// <summary>One field of an event or a context: the property it is read from and what the declaration says about it.</summary>
    /// <param name="Hashing">
    /// How the value is hashed before it is sent: <see cref="HashingKind.Keyed"/> for an Identifier field and for one
    /// declared <c>Pseudonymize = true</c>, <see cref="HashingKind.WithoutKey"/> for a string (list) declared
    /// <c>HashWithoutKey = true</c>, else none.
    /// </param>
    /// <param name="OmitWhenNull">Whether a null value is left out of the event rather than sent as null.</param>
    internal sealed record FieldSpec(
        string PropertyName,
        string WireName,
        string Description,
        DataClassKind DataClass,
        FieldTypeSpec Type,
        HashingKind Hashing = HashingKind.None,
        bool OmitWhenNull = false)
    {
        /// <summary>The hashing a data class implies: an identifier with the keyed hash, anything else not at all.</summary>
        public static HashingKind ImpliedHashing(DataClassKind dataClass) => dataClass == DataClassKind.Identifier ? HashingKind.Keyed : HashingKind.None;

        /// <summary>Whether the value is hashed although its data class alone would not hash it (<c>Pseudonymize</c>, <c>HashWithoutKey</c>).</summary>
        public bool IsPseudonymized => Hashing != HashingKind.None && DataClass != DataClassKind.Identifier;
    }
}
