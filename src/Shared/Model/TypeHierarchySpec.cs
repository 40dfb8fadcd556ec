using System.Text;

namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// Where an event type lives, as plain names (never <c>@</c>-escaped: the C# writer escapes them): its namespace and
    /// the chain of containing types, so that generated code can reopen nested partial types without holding symbols.
    /// </summary>
    /// <param name="Namespace">The dotted namespace, empty for the global namespace.</param>
    /// <param name="ContainingTypes">The containing types, outermost first.</param>
    /// <param name="Type">The event type itself.</param>
    internal sealed record TypeHierarchySpec(
        string Namespace,
        EquatableArray<TypeDeclarationSpec> ContainingTypes,
        TypeDeclarationSpec Type)
    {
        /// <summary>
        /// A type known only by the name the manifest shows (an event of a referenced assembly): nothing generated
        /// reopens it, so its namespace and nesting are not needed, and <see cref="DisplayName"/> gives the name back as
        /// it was written.
        /// </summary>
        public static TypeHierarchySpec FromDisplayName(string displayName) =>
            new TypeHierarchySpec(string.Empty, EquatableArray<TypeDeclarationSpec>.Empty, new TypeDeclarationSpec(string.Empty, displayName));

        /// <summary><c>Namespace.Outer.Inner</c>: the name documents show (the manifest's <c>sourceType</c>).</summary>
        public string DisplayName => Join('.');

        /// <summary>
        /// <c>Namespace.Outer+Inner</c>: like a metadata name, nesting is written '+', so a nested type and a namespace
        /// of the same dotted name never share a generated file name.
        /// </summary>
        public string MetadataStyleName() => Join('+');

        private string Join(char nesting)
        {
            var builder = new StringBuilder(Namespace);
            var separator = Namespace.Length > 0 ? "." : string.Empty;
            foreach (var containing in ContainingTypes)
            {
                builder.Append(separator).Append(containing.Name);
                separator = nesting.ToString();
            }

            return builder.Append(separator).Append(Type.Name).ToString();
        }
    }
}
