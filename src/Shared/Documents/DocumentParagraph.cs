using System.Collections.Generic;

namespace Governance.CodeAnalysis.Documents
{
    /// <summary>A paragraph of text runs.</summary>
    internal sealed class DocumentParagraph : DocumentBlock
    {
        public DocumentParagraph(IReadOnlyList<InlineText> content)
        {
            Content = content;
        }

        public IReadOnlyList<InlineText> Content { get; }
    }
}
