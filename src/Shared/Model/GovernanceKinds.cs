namespace Governance.CodeAnalysis.Model
{
    // Mirrors of the runtime enums (Governance.Consent, DataAccess, DataClass, FieldShape, FieldHashing) with the same numeric values: the
    // compiler-side assemblies do not reference the runtime library. A test keeps the two in step; their spellings
    // are in EnumSpellings (see GovernanceKindNames).

    /// <summary>Mirror of <c>Governance.Consent</c>.</summary>
    internal enum ConsentKind
    {
        OptIn = 1,
        OptOut = 2,
    }

    /// <summary>Mirror of <c>Governance.DataAccess</c>.</summary>
    internal enum AccessKind
    {
        Team = 0,
        Restricted = 1,
        Organization = 2,
        Public = 3,
    }

    /// <summary>Mirror of <c>Governance.DataClass</c>, least sensitive first.</summary>
    internal enum DataClassKind
    {
        Technical = 0,
        Interaction = 1,
        Identifier = 2,
        Personal = 3,
        Sensitive = 4,
    }

    /// <summary>Mirror of <c>Governance.FieldShape</c>: one value, a list of values, or one value per member of an enum.</summary>
    internal enum FieldShapeKind
    {
        Scalar = 0,
        List = 1,
        Map = 2,
    }

    /// <summary>
    /// Mirror of <c>Governance.FieldHashing</c>: how a value is hashed before it reaches a sink. Identifier fields and
    /// fields declared <c>Pseudonymize = true</c> are <see cref="Keyed"/>; <see cref="WithoutKey"/> exists in the runtime,
    /// and no declaration asks for it.
    /// </summary>
    internal enum HashingKind
    {
        None = 0,
        Keyed = 1,
        WithoutKey = 2,
    }

    /// <summary>The value kinds a field may have (of the value, of each element of a list, of each value of a map); anything else cannot be documented or bounded.</summary>
    internal enum FieldKind
    {
        Unsupported = 0,
        String,
        Boolean,
        Byte,
        SByte,
        Int16,
        UInt16,
        Int32,
        UInt32,
        Int64,
        UInt64,
        Single,
        Double,
        Decimal,
        DateTime,
        DateTimeOffset,
        TimeSpan,
        Guid,
        Enum,
    }
}
