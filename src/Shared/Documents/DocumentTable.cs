using System.Collections.Generic;

namespace Governance.CodeAnalysis.Documents
{
    /// <summary>A table of plain-text cells with a header row.</summary>
    internal sealed class DocumentTable : DocumentBlock
    {
        private readonly List<IReadOnlyList<string>> _rows = new List<IReadOnlyList<string>>();

        public DocumentTable(params string[] headers)
        {
            Headers = headers;
        }

        public IReadOnlyList<string> Headers { get; }

        public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

        /// <summary>Adds a row; it has as many cells as there are headers.</summary>
        public void Add(params string[] cells)
        {
            if (cells.Length != Headers.Count)
            {
                throw new System.ArgumentException("a row has " + cells.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " cells for " + Headers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " columns", nameof(cells));
            }

            _rows.Add(cells);
        }
    }
}
