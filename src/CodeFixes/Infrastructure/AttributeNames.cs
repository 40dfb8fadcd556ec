using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.CodeFixes.Infrastructure
{
    /// <summary>
    /// Recognises an attribute by its name as written, with or without the "Attribute" suffix or a qualifier, so a fix
    /// works before the code binds.
    /// </summary>
    internal static class AttributeNames
    {
        /// <summary>Whether <paramref name="attribute"/> names the type <paramref name="metadataName"/> (a <c>WellKnownTypeNames</c> entry).</summary>
        public static bool Is(AttributeSyntax attribute, string metadataName)
        {
            var written = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
            var typeName = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
            return written == typeName || written + "Attribute" == typeName;
        }
    }
}
