namespace Governance.CodeAnalysis.Diagnostics
{
    /// <summary>Keys and values the analyzers put in diagnostic properties for the code fixes to read.</summary>
    internal static class DiagnosticProperties
    {
        /// <summary>GOV006: why the declaration cannot be implemented (an <c>ImplementationProblem</c> name).</summary>
        public const string Problem = "problem";

        public const string NotPartial = "NotPartial";

        public const string ContainingTypeNotPartial = "ContainingTypeNotPartial";
    }
}
