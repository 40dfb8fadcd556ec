namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// The key enum of a map field (<c>IReadOnlyDictionary&lt;TEnum, TValue&gt;</c>): the keys a map can be sent with are
    /// its members, listed in the manifest and written in declaration order.
    /// </summary>
    /// <param name="DisplayName">The enum's name as documents show it (nested types with their containing types).</param>
    /// <param name="FullyQualifiedName">The enum's type for generated code (<c>global::</c>-qualified).</param>
    /// <param name="UnderlyingType">The enum's underlying type's keyword.</param>
    /// <param name="Members">The members in declaration order, aliases dropped.</param>
    internal sealed record MapKeySpec(string DisplayName, string FullyQualifiedName, string UnderlyingType, EquatableArray<EnumMemberSpec> Members);
}
