namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// The version of the compact event declaration that generated code hands to the runtime
    /// (<c>TelemetryEventDescriptor.FromDeclaration</c>): written by the generator, read by the runtime's
    /// <c>CompactEventDeclaration</c>, which documents the layout. Linked into both, so they cannot disagree.
    /// </summary>
    internal static class CompactDeclarationFormat
    {
        /// <summary>The version written now; a newer runtime keeps reading every version an older generator wrote.</summary>
        public const int Version = 1;
    }
}
