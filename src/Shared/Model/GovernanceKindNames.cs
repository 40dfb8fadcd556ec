namespace Governance.CodeAnalysis.Model
{
    /// <summary>The spellings of the mirrored enums, read from <see cref="EnumSpellings"/>.</summary>
    internal static class GovernanceKindNames
    {
        /// <summary>The token of a consent model in the manifest and the reviewed baseline (<c>optIn</c>).</summary>
        public static string ToManifestName(this ConsentKind consent) => EnumSpellings.Consent.TokenOf((int)consent);

        /// <summary>The token of an access level in the manifest and the reviewed baseline (<c>team</c>).</summary>
        public static string ToManifestName(this AccessKind access) => EnumSpellings.DataAccess.TokenOf((int)access);

        /// <summary>The token of a data class in the manifest and the reviewed baseline (<c>technical</c>).</summary>
        public static string ToManifestName(this DataClassKind dataClass) => EnumSpellings.DataClass.TokenOf((int)dataClass);

        /// <summary>The token of a field's shape in the manifest (<c>list</c>).</summary>
        public static string ToManifestName(this FieldShapeKind shape) => EnumSpellings.FieldShape.TokenOf((int)shape);

        /// <summary>The token of a field's hashing in the manifest and the reviewed baseline (<c>keyed</c>).</summary>
        public static string ToManifestName(this HashingKind hashing) => EnumSpellings.FieldHashing.TokenOf((int)hashing);

        /// <summary>The C# member name of the runtime enum value, for generated code.</summary>
        public static string ToMemberName(this FieldShapeKind shape) => EnumSpellings.FieldShape.MemberNameOf((int)shape);

        /// <summary>The C# member name of the runtime enum value, for generated code.</summary>
        public static string ToMemberName(this HashingKind hashing) => EnumSpellings.FieldHashing.MemberNameOf((int)hashing);

        /// <summary>The C# member name of the runtime enum value, for generated code and diagnostics.</summary>
        public static string ToMemberName(this ConsentKind consent) => EnumSpellings.Consent.MemberNameOf((int)consent);

        /// <summary>The C# member name of the runtime enum value, for generated code and diagnostics.</summary>
        public static string ToMemberName(this AccessKind access) => EnumSpellings.DataAccess.MemberNameOf((int)access);

        /// <summary>The C# member name of the runtime enum value, for generated code and diagnostics.</summary>
        public static string ToMemberName(this DataClassKind dataClass) => EnumSpellings.DataClass.MemberNameOf((int)dataClass);

        /// <summary>The words the documents use for a consent model (<c>Opt-in</c>).</summary>
        public static string ToTitle(this ConsentKind consent) => EnumSpellings.Consent.TitleOf((int)consent);

        /// <summary>The words the documents use for an access level (<c>Product team</c>).</summary>
        public static string ToTitle(this AccessKind access) => EnumSpellings.DataAccess.TitleOf((int)access);

        /// <summary>The words the documents use for a data class (<c>Technical</c>).</summary>
        public static string ToTitle(this DataClassKind dataClass) => EnumSpellings.DataClass.TitleOf((int)dataClass);
    }
}
