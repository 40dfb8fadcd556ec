namespace Governance.CodeAnalysis.Model
{
    /// <summary>One type declaration to reopen in generated code: its keyword and (escaped) name.</summary>
    internal sealed record TypeDeclarationSpec(string Keyword, string Name);

    /// <summary>
    /// Where an event type lives, as strings: its namespace and the chain of containing types, so that generated
    /// code can reopen nested partial types without holding symbols.
    /// </summary>
    internal sealed record TypeHierarchySpec(
        string Namespace,
        EquatableArray<TypeDeclarationSpec> ContainingTypes,
        TypeDeclarationSpec Type,
        string FullyQualifiedName,
        string DisplayName);
}
