namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// Which value kinds can hold an identifier, and so be sent as a keyed hash (an <c>Identifier</c> field, or one
    /// declared <c>Pseudonymize = true</c>): strings, GUIDs and whole numbers of 32 or 64 bits (numeric account or tenant
    /// ids). A bool, a small or fractional number, a date, a duration or an enum takes too few values, or values that
    /// mean something by themselves, to stand for a user, device or account: hashed, it would still say what it says,
    /// and the documents would call it an identifier.
    /// </summary>
    internal static class IdentifierKinds
    {
        public static bool CanHoldIdentifier(FieldKind kind) =>
            kind is FieldKind.String or FieldKind.Guid or FieldKind.Int32 or FieldKind.UInt32 or FieldKind.Int64 or FieldKind.UInt64;
    }
}
