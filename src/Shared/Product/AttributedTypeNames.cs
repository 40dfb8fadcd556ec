using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.CodeAnalysis.Product
{
    /// <summary>
    /// The names of the types whose declarations carry an attribute that may be one of the given attribute classes, read
    /// from syntax alone: written with its simple name (with or without the <c>Attribute</c> suffix), qualified, or through a
    /// using alias (an alias of an alias too). A superset: a type listed may carry another attribute of that name, but
    /// every type that carries one of them is listed. So a whole-compilation search binds the attributes of these types
    /// only, instead of binding every type's attributes before the compiler does (all at once, on one thread).
    /// </summary>
    internal static class AttributedTypeNames
    {
        private const string Suffix = "Attribute";

        /// <param name="compilation">The compilation whose source types are read.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <param name="attributeMetadataNames">The attribute classes, such as <c>Governance.TelemetryContextAttribute</c>.</param>
        public static HashSet<string> Of(Compilation compilation, CancellationToken cancellationToken, params string[] attributeMetadataNames)
        {
            var roots = new List<CompilationUnitSyntax>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
                {
                    roots.Add(root);
                }
            }

            var names = NamesOfTheClasses(roots, attributeMetadataNames);
            var types = new HashSet<string>(StringComparer.Ordinal);
            foreach (var root in roots)
            {
                AddTypes(root.Members, names, types);
            }

            return types;
        }

        /// <summary>The classes' own names and the using aliases that name them (directly, or through another alias).</summary>
        private static HashSet<string> NamesOfTheClasses(List<CompilationUnitSyntax> roots, string[] metadataNames)
        {
            var aliases = new List<UsingDirectiveSyntax>();
            foreach (var root in roots)
            {
                AddAliases(root.Usings, root.Members, aliases);
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var metadataName in metadataNames)
            {
                names.Add(metadataName.Substring(metadataName.LastIndexOf('.') + 1));
            }

            for (var added = true; added;)
            {
                added = false;
                foreach (var alias in aliases)
                {
                    if (RightmostName(alias.Name) is { } target && names.Contains(target) && names.Add(alias.Alias!.Name.Identifier.ValueText))
                    {
                        added = true;
                    }
                }
            }

            return names;
        }

        private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, List<UsingDirectiveSyntax> aliases)
        {
            foreach (var directive in usings)
            {
                if (directive.Alias is not null)
                {
                    aliases.Add(directive);
                }
            }

            // Aliases are declared at the top of a file or of a namespace; nothing inside a type is read.
            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns)
                {
                    AddAliases(ns.Usings, ns.Members, aliases);
                }
            }
        }

        private static void AddTypes(SyntaxList<MemberDeclarationSyntax> members, HashSet<string> names, HashSet<string> types)
        {
            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns)
                {
                    AddTypes(ns.Members, names, types);
                }
                else if (member is TypeDeclarationSyntax type)
                {
                    if (Carries(type, names))
                    {
                        types.Add(type.Identifier.ValueText);
                    }

                    AddTypes(type.Members, names, types);
                }
            }
        }

        /// <summary>Whether an attribute of the type may bind to one of the classes: <c>[N]</c> binds to a type or alias named N or NAttribute.</summary>
        private static bool Carries(TypeDeclarationSyntax type, HashSet<string> names)
        {
            foreach (var list in type.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    if (RightmostName(attribute.Name) is { } name && (names.Contains(name) || names.Contains(name + Suffix)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static string? RightmostName(NameSyntax? name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
    }
}
