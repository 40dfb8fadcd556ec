namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// Everything the generator needs to emit one event and its manifest entry: plain values only, compared by
    /// content, so that an edit which does not change a declaration leaves its generated output untouched.
    /// </summary>
    internal sealed record EventSpec(
        TypeHierarchySpec Type,
        bool IsPublic,
        string Name,
        string Purpose,
        int RetentionDays,
        ConsentKind Consent,
        AccessKind Access,
        string? Owner,
        string? Expires,
        EquatableArray<FieldSpec> Fields)
    {
        /// <summary>The generated file's name: unique per type, stable, and safe on every file system.</summary>
        public string HintName => GeneratedNames.HintNameFor(Type.MetadataStyleName());

        /// <summary>The static class holding the event's <c>Track</c> extension method.</summary>
        public string ExtensionClassName => Type.ExtensionClassName();
    }
}
