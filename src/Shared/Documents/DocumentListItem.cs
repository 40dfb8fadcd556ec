using System.Collections.Generic;

namespace Governance.CodeAnalysis.Documents
{
    /// <summary>An item of a <see cref="DocumentList"/>: text runs, then optionally a nested list.</summary>
    internal sealed class DocumentListItem
    {
        public DocumentListItem(IReadOnlyList<InlineText> content)
        {
            Content = content;
        }

        public IReadOnlyList<InlineText> Content { get; }

        public DocumentList? Children { get; set; }
    }
}
