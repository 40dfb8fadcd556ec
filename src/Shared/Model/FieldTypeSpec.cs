namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// A field's type as the emitter and the manifest need it. <see cref="DisplayName"/> is what documents show
    /// (<c>int?</c>, <c>string</c>, <c>ExitCode</c>, <c>IReadOnlyList&lt;string&gt;</c>); the other members describe the
    /// scalar values the field holds: its one value, each element of a list, or each value of a map.
    /// </summary>
    /// <param name="Kind">The kind of the value (of each element, of each map value).</param>
    /// <param name="IsNullableValueType">A scalar field of type <c>T?</c> where T is a value type.</param>
    /// <param name="FullyQualifiedName">For an enum value (element, map value), its type, for generated code.</param>
    /// <param name="EnumUnderlyingType">For an enum value, its underlying type's keyword.</param>
    /// <param name="EnumMembers">For an enum value, the members it can take (sent by name).</param>
    /// <param name="Shape">One value, a list (<c>IReadOnlyList&lt;T&gt;</c> or <c>T[]</c>) or a map keyed by an enum.</param>
    /// <param name="Key">For a map, its key enum; null otherwise.</param>
    /// <param name="IsEnumVisibleToAssembly">
    /// For an enum value, whether its type (and every type containing it) is accessible anywhere in the declaring assembly,
    /// so one name method per enum type in the assembly serves every event that sends it.
    /// </param>
    internal sealed record FieldTypeSpec(
        FieldKind Kind,
        bool IsNullableValueType,
        string DisplayName,
        string FullyQualifiedName,
        string EnumUnderlyingType,
        EquatableArray<EnumMemberSpec> EnumMembers,
        FieldShapeKind Shape = FieldShapeKind.Scalar,
        MapKeySpec? Key = null,
        bool IsEnumVisibleToAssembly = false);
}
