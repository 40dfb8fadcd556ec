using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Governance.Analyzers.DataFlow
{
    /// <summary>
    /// Finds where a source text spells one of a few identifiers (the fields and types of events, and <c>new</c>) in
    /// one pass over its characters, without parsing or allocating per identifier: the data-flow rule then looks only
    /// at those places. Words in comments and strings are found too; the syntax tree tells them apart.
    /// </summary>
    internal sealed class NamedIdentifiers
    {
        private const int ChunkLength = 4096;
        private const int Root = 0;
        private const int OutsideIdentifier = -1;
        private const int NoMatch = -2;

        [System.ThreadStatic]
        private static char[]? _chunk;

        // The trie's edges, all in one table keyed by (node, character): a product's thousands of names share one
        // table instead of a dictionary per node.
        private readonly Dictionary<long, int> _edges = new Dictionary<long, int>();
        private readonly List<bool> _isName = new List<bool> { false };

        public NamedIdentifiers(IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                var node = Root;
                foreach (var c in name)
                {
                    if (!_edges.TryGetValue(Edge(node, c), out var next))
                    {
                        next = _isName.Count;
                        _edges.Add(Edge(node, c), next);
                        _isName.Add(false);
                    }

                    node = next;
                }

                _isName[node] = true;
            }
        }

        /// <summary>Adds to <paramref name="positions"/> where each identifier of the set starts (at its '@' if it has one).</summary>
        public void FindIn(SourceText text, List<int> positions)
        {
            var chunk = _chunk ??= new char[ChunkLength];
            var node = OutsideIdentifier;
            var start = 0;
            var previous = '\0';
            for (var offset = 0; offset < text.Length; offset += ChunkLength)
            {
                var length = System.Math.Min(ChunkLength, text.Length - offset);
                text.CopyTo(offset, chunk, 0, length);
                for (var i = 0; i < length; i++)
                {
                    var c = chunk[i];
                    if (char.IsLetterOrDigit(c) || c == '_')
                    {
                        if (node == OutsideIdentifier)
                        {
                            // A digit starts a number, not an identifier (1e10, 0x1F).
                            node = char.IsDigit(c) ? NoMatch : Root;
                            start = previous == '@' ? offset + i - 1 : offset + i;
                        }

                        if (node >= Root)
                        {
                            node = _edges.TryGetValue(Edge(node, c), out var next) ? next : NoMatch;
                        }
                    }
                    else
                    {
                        if (node >= Root && _isName[node])
                        {
                            positions.Add(start);
                        }

                        node = OutsideIdentifier;
                    }

                    previous = c;
                }
            }

            if (node >= Root && _isName[node])
            {
                positions.Add(start);
            }
        }

        private static long Edge(int node, char c) => ((long)node << 16) | c;
    }
}
