using System.Collections.Generic;

namespace Governance.CodeAnalysis.Documents
{
    /// <summary>A bulleted list; an item may hold a list of its own.</summary>
    internal sealed class DocumentList : DocumentBlock
    {
        private readonly List<DocumentListItem> _items = new List<DocumentListItem>();

        public IReadOnlyList<DocumentListItem> Items => _items;

        /// <summary>Adds an item and returns it, so that a nested list can be given to it.</summary>
        public DocumentListItem Add(params InlineText[] content)
        {
            var item = new DocumentListItem(content);
            _items.Add(item);
            return item;
        }
    }
}
