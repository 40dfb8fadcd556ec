namespace Governance.CodeAnalysis.Model
{
    /// <summary>An enum member a field may take, by name (the value sent on the wire and listed in the manifest).</summary>
    internal sealed record EnumMemberSpec(string Name);
}
