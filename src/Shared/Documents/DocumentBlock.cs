namespace Governance.CodeAnalysis.Documents
{
    /// <summary>One block of a <see cref="ReadableDocument"/>: a heading, a paragraph, a list or a table.</summary>
    internal abstract class DocumentBlock
    {
    }
}
