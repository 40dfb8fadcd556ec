using System;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Emitting
{
    /// <summary>
    /// The layout shared by the files generated from one declared type (an event or a common context): the header, the
    /// type's partial declaration inside its namespace and containing types, then, for a context, the assembly's tracking
    /// class.
    /// </summary>
    internal static class DeclaredTypeSourceFile
    {
        /// <param name="spec">The declaration, passed through to the two writers.</param>
        /// <param name="type">Where the declared type lives.</param>
        /// <param name="declarationAttribute">The attribute the file is generated from, named in its header.</param>
        /// <param name="baseList">What the partial declaration adds to the type's base list (<c>" : I"</c>), or empty.</param>
        /// <param name="nullableAnnotations">Whether the file may enable nullable annotations (C# 8 or later); what it writes compiles either way.</param>
        /// <param name="writeTypeMembers">Writes the members inside the partial type; gets the type's fully qualified name.</param>
        /// <param name="writeTrackingMembers">Writes the members inside the tracking namespace, or null for none; gets the type's fully qualified name.</param>
        public static string Write<TSpec>(
            TSpec spec,
            TypeHierarchySpec type,
            string declarationAttribute,
            string baseList,
            bool nullableAnnotations,
            Action<IndentedTextBuilder, TSpec, string> writeTypeMembers,
            Action<IndentedTextBuilder, TSpec, string>? writeTrackingMembers)
        {
            var text = new IndentedTextBuilder();
            GeneratedFileHeader.Write(text, "a [" + declarationAttribute + "] declaration", nullableAnnotations);
            text.Line("// Obsolete members and lower-case type names are the declaration's choice, and warned about there.");
            text.Line("#pragma warning disable CS0612, CS0618, CS8981");
            text.Line();

            var qualifiedName = CSharpNames.FullyQualified(type);
            var hasNamespace = type.Namespace.Length > 0;
            if (hasNamespace)
            {
                text.Open("namespace " + CSharpNames.Namespace(type.Namespace));
            }

            foreach (var containing in type.ContainingTypes)
            {
                text.Open("partial " + containing.Keyword + " " + CSharpLiteral.Identifier(containing.Name));
            }

            text.Open("partial " + type.Type.Keyword + " " + CSharpLiteral.Identifier(type.Type.Name) + baseList);
            writeTypeMembers(text, spec, qualifiedName);
            text.Close();
            for (var i = 0; i < type.ContainingTypes.Count; i++)
            {
                text.Close();
            }

            if (hasNamespace)
            {
                text.Close();
            }

            if (writeTrackingMembers is not null)
            {
                text.Line();
                text.Open("namespace " + GeneratedNames.TrackingNamespace);
                writeTrackingMembers(text, spec, qualifiedName);
                text.Close();
            }

            return text.ToStringAndRelease();
        }
    }
}
