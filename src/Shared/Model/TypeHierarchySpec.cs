namespace Governance.CodeAnalysis.Model
{
    /// <summary>One type declaration to reopen in generated code: its keyword and (escaped) name.</summary>
    internal sealed record TypeDeclarationSpec(string Keyword, string Name);

    /// <summary>
    /// Where an event type lives, as strings: its namespace and the chain of containing types, so that generated
    /// code can reopen nested partial types without holding symbols.
    /// </summary>
    internal sealed record TypeHierarchySpec(
        string Namespace,
        EquatableArray<TypeDeclarationSpec> ContainingTypes,
        TypeDeclarationSpec Type,
        string FullyQualifiedName,
        string DisplayName)
    {
        /// <summary>
        /// <c>{Outer_}Type</c><c>TelemetryExtensions</c>: extension classes cannot nest, so containing types are
        /// joined with underscores.
        /// </summary>
        public string ExtensionClassName()
        {
            var builder = new System.Text.StringBuilder();
            foreach (var containing in ContainingTypes)
            {
                builder.Append(containing.Name.TrimStart('@')).Append('_');
            }

            return builder.Append(Type.Name.TrimStart('@')).Append("TelemetryExtensions").ToString();
        }

        /// <summary>
        /// <c>Namespace.Outer+Inner</c>: like a metadata name, nesting is written '+', so a nested type and a namespace
        /// of the same dotted name never share a generated file name.
        /// </summary>
        public string MetadataStyleName()
        {
            var builder = new System.Text.StringBuilder(Namespace);
            var separator = Namespace.Length > 0 ? "." : string.Empty;
            foreach (var containing in ContainingTypes)
            {
                builder.Append(separator).Append(containing.Name.TrimStart('@'));
                separator = "+";
            }

            return builder.Append(separator).Append(Type.Name.TrimStart('@')).ToString();
        }

        /// <summary>The extension class with its namespace, for references from other generated files.</summary>
        public string FullyQualifiedExtensionClassName() =>
            Namespace.Length > 0 ? "global::" + Namespace + "." + ExtensionClassName() : "global::" + ExtensionClassName();
    }
}
