namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// A common context (<c>[TelemetryContext]</c>): the fields every event that includes it carries once a program sets
    /// it. Plain values compared by content, like <see cref="EventSpec"/>; a referenced assembly's context, read from its
    /// manifest, has the same shape with its type known by display name only.
    /// </summary>
    /// <param name="Assembly">The simple name of the assembly that declares the context.</param>
    /// <param name="InheritedMembers">The generated members a base type already declares where this type sees them.</param>
    internal sealed record ContextSpec(
        TypeHierarchySpec Type,
        bool IsPublic,
        string Assembly,
        EquatableArray<FieldSpec> Fields,
        GeneratedMembers InheritedMembers = GeneratedMembers.None)
    {
        /// <summary>The stem of the generated file's name (a type is an event or a context, never both).</summary>
        public string FileStem => GeneratedNames.EventFileStem(Type.MetadataStyleName());

        /// <summary>The highest data class among the fields; Technical when there are none.</summary>
        public DataClassKind HighestDataClass
        {
            get
            {
                var highest = DataClassKind.Technical;
                foreach (var spec in Fields)
                {
                    if (spec.DataClass > highest)
                    {
                        highest = spec.DataClass;
                    }
                }

                return highest;
            }
        }
    }
}
