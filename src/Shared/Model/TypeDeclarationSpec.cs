namespace Governance.CodeAnalysis.Model
{
    /// <summary>One type declaration to reopen in generated code: its keyword and its name as declared (without <c>@</c>).</summary>
    internal sealed record TypeDeclarationSpec(string Keyword, string Name);
}
