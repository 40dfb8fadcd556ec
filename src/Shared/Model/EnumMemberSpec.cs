namespace Governance.CodeAnalysis.Model
{
    /// <summary>An enum member a field may take, by name, with its constant value as C# source text.</summary>
    internal sealed record EnumMemberSpec(string Name, string Value);
}
