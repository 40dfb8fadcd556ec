using System.Text;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Emitting
{
    /// <summary>Names from the model written as C#: the one place where declared names get their <c>@</c> escapes.</summary>
    internal static class CSharpNames
    {
        /// <summary><c>global::Namespace.Outer.Inner</c>, each part escaped.</summary>
        public static string FullyQualified(TypeHierarchySpec type)
        {
            var builder = new StringBuilder("global::");
            if (type.Namespace.Length > 0)
            {
                builder.Append(Namespace(type.Namespace)).Append('.');
            }

            foreach (var containing in type.ContainingTypes)
            {
                builder.Append(CSharpLiteral.Identifier(containing.Name)).Append('.');
            }

            return builder.Append(CSharpLiteral.Identifier(type.Type.Name)).ToString();
        }

        /// <summary>A dotted namespace with each part escaped.</summary>
        public static string Namespace(string dottedName)
        {
            var parts = dottedName.Split('.');
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = CSharpLiteral.Identifier(parts[i]);
            }

            return string.Join(".", parts);
        }
    }
}
