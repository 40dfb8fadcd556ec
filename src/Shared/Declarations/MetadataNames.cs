using Microsoft.CodeAnalysis;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// Fully qualified metadata names of types (<c>System.IO.Stream</c>, <c>Outer+Inner</c> for nested types), the
    /// way the tools recognise well-known types without referencing their assemblies.
    /// </summary>
    internal static class MetadataNames
    {
        /// <summary>The metadata name of <paramref name="type"/>, as <c>Compilation.GetTypeByMetadataName</c> takes it.</summary>
        public static string Of(ITypeSymbol type)
        {
            var name = type.MetadataName;
            for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                name = containing.MetadataName + "+" + name;
            }

            var ns = type.ContainingNamespace;
            return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
        }

        /// <summary>Whether <paramref name="type"/> has the metadata name <paramref name="metadataName"/>; builds no string.</summary>
        public static bool Is(ITypeSymbol type, string metadataName)
        {
            // Compared from the end: the type's own name, its containing types, then its namespaces.
            var end = metadataName.Length;
            if (!EndsWith(metadataName, ref end, type.MetadataName))
            {
                return false;
            }

            for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                if (!EndsWith(metadataName, ref end, '+') || !EndsWith(metadataName, ref end, containing.MetadataName))
                {
                    return false;
                }
            }

            for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (!EndsWith(metadataName, ref end, '.') || !EndsWith(metadataName, ref end, ns.MetadataName))
                {
                    return false;
                }
            }

            return end == 0;
        }

        private static bool EndsWith(string text, ref int end, string part)
        {
            var start = end - part.Length;
            if (start < 0 || string.CompareOrdinal(text, start, part, 0, part.Length) != 0)
            {
                return false;
            }

            end = start;
            return true;
        }

        private static bool EndsWith(string text, ref int end, char separator)
        {
            if (end == 0 || text[end - 1] != separator)
            {
                return false;
            }

            end--;
            return true;
        }
    }
}
