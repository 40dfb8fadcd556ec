namespace Governance.CodeAnalysis.Model
{
    /// <summary>An enum member a field may take, by name, with its constant value as C# source text.</summary>
    internal sealed record EnumMemberSpec(string Name, string Value);

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

    /// <summary>One field of an event: the property it is read from and what the declaration says about it.</summary>
    internal sealed record FieldSpec(
        string PropertyName,
        string WireName,
        string Description,
        DataClassKind DataClass,
        FieldTypeSpec Type);
}
