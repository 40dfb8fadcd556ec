namespace Governance.CodeAnalysis.Model
{
    // Mirrors of the runtime enums (Governance.Consent, DataAccess, DataClass) with the same numeric values: the
    // compiler-side assemblies do not reference the runtime library. A test keeps the two in step.

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

    /// <summary>The value kinds a field may have; anything else cannot be documented or bounded.</summary>
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

    internal static class GovernanceKindNames
    {
        /// <summary>The manifest's spelling (camelCase) of a consent model.</summary>
        public static string ToManifestName(this ConsentKind consent) => consent == ConsentKind.OptOut ? "optOut" : "optIn";

        /// <summary>The manifest's spelling of an access level.</summary>
        public static string ToManifestName(this AccessKind access) => access switch
        {
            AccessKind.Restricted => "restricted",
            AccessKind.Organization => "organization",
            AccessKind.Public => "public",
            _ => "team",
        };

        /// <summary>The manifest's spelling of a data class.</summary>
        public static string ToManifestName(this DataClassKind dataClass) => dataClass switch
        {
            DataClassKind.Interaction => "interaction",
            DataClassKind.Identifier => "identifier",
            DataClassKind.Personal => "personal",
            DataClassKind.Sensitive => "sensitive",
            _ => "technical",
        };

        /// <summary>The C# member name of a runtime enum value, for generated code.</summary>
        public static string ToMemberName(this ConsentKind consent) => consent == ConsentKind.OptOut ? "OptOut" : "OptIn";

        public static string ToMemberName(this AccessKind access) => access switch
        {
            AccessKind.Restricted => "Restricted",
            AccessKind.Organization => "Organization",
            AccessKind.Public => "Public",
            _ => "Team",
        };

        public static string ToMemberName(this DataClassKind dataClass) => dataClass switch
        {
            DataClassKind.Interaction => "Interaction",
            DataClassKind.Identifier => "Identifier",
            DataClassKind.Personal => "Personal",
            DataClassKind.Sensitive => "Sensitive",
            _ => "Technical",
        };
    }
}
