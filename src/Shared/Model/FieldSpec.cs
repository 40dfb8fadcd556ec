namespace Governance.CodeAnalysis.Model
{
    /// <summary>One field of an event: the property it is read from and what the declaration says about it.</summary>
    internal sealed record FieldSpec(
        string PropertyName,
        string WireName,
        string Description,
        DataClassKind DataClass,
        FieldTypeSpec Type);
}
