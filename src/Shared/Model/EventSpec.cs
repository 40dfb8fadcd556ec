namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// Everything the generator needs to emit one event and its manifest entry: plain values only, compared by
    /// content, so that an edit which does not change a declaration leaves its generated output untouched. An event of
    /// a referenced assembly, read from that assembly's manifest, has the same shape: what the manifest records, with
    /// its type known by display name only (<see cref="TypeHierarchySpec.FromDisplayName"/>).
    /// </summary>
    /// <param name="Assembly">The simple name of the assembly that declares the event.</param>
    /// <param name="InheritedMembers">
    /// The generated members a base type already declares where this type sees them (a base type that is an event
    /// too): the event's own are declared <c>new</c>.
    /// </param>
    internal sealed record EventSpec(
        TypeHierarchySpec Type,
        string Name,
        string Assembly,
        string Purpose,
        int RetentionDays,
        ConsentKind Consent,
        AccessKind Access,
        string? Owner,
        string? Expires,
        EquatableArray<FieldSpec> Fields,
        GeneratedMembers InheritedMembers = GeneratedMembers.None,
        bool IncludesContext = true)
    {
        /// <summary>The stem of the generated file's name: unique per type, stable, and safe on every file system.</summary>
        public string FileStem => GeneratedNames.EventFileStem(Type.MetadataStyleName());
    }
}
