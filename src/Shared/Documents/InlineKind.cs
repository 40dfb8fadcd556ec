namespace Governance.CodeAnalysis.Documents
{
    /// <summary>How a run of text in a <see cref="ReadableDocument"/> is shown.</summary>
    internal enum InlineKind
    {
        /// <summary>Ordinary text.</summary>
        Plain,

        /// <summary>A label that a reader's eye should find (bold).</summary>
        Strong,

        /// <summary>Something to type, such as a command or an environment variable (our own text only).</summary>
        Code,

        /// <summary>A web address, shown as itself and linked.</summary>
        Link,
    }
}
