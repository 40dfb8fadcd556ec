namespace Governance.Build
{
    /// <summary>How a diagnostic is reported, in the words <c>.editorconfig</c> uses for it.</summary>
    internal enum ReportSeverity
    {
        /// <summary>The rule's own severity (<c>severity = default</c>).</summary>
        Default,

        /// <summary>Not reported: <c>none</c> or <c>silent</c>, or listed in <c>NoWarn</c>.</summary>
        None,

        Suggestion,
        Warning,
        Error,
    }
}
