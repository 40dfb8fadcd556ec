using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.CodeFixes.Infrastructure
{
    /// <summary>Recognises an attribute by its simple name as written, with or without the "Attribute" suffix or a qualifier.</summary>
    internal static class AttributeNames
    {
        public static bool Is(AttributeSyntax attribute, string shortName)
        {
            var name = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
            return name == shortName || name == shortName + "Attribute";
        }
    }
}
