namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// A field's type as the emitter and the manifest need it. <see cref="DisplayName"/> is what documents show
    /// (<c>int?</c>, <c>string</c>, <c>ExitCode</c>); <see cref="FullyQualifiedName"/> is for generated code.
    /// </summary>
    internal sealed record FieldTypeSpec(
        FieldKind Kind,
        bool IsNullableValueType,
        string DisplayName,
        string FullyQualifiedName,
        string EnumUnderlyingType,
        EquatableArray<EnumMemberSpec> EnumMembers);
}
