using System.Collections.Generic;

namespace Governance.Analyzers.Privacy
{
    /// <summary>
    /// Word sequences (as word numbers of a <see cref="WordLexicon"/>) with a value each, walked one word at a time so
    /// that every sequence starting at a position is found without building a string or scanning the whole list.
    /// </summary>
    internal sealed class WordSequenceTrie<T>
        where T : class
    {
        /// <summary>The node every walk starts from.</summary>
        public const int Root = 0;

        private readonly List<Dictionary<int, int>?> _children = new List<Dictionary<int, int>?> { null };
        private readonly List<T?> _values = new List<T?> { null };

        /// <summary>The number of words in the longest sequence.</summary>
        public int Longest { get; private set; }

        /// <summary>Adds (or replaces) a sequence.</summary>
        public void Add(IReadOnlyList<int> words, T value)
        {
            var node = Root;
            foreach (var word in words)
            {
                var children = _children[node] ??= new Dictionary<int, int>();
                if (!children.TryGetValue(word, out var next))
                {
                    next = _children.Count;
                    children.Add(word, next);
                    _children.Add(null);
                    _values.Add(null);
                }

                node = next;
            }

            _values[node] = value;
            Longest = System.Math.Max(Longest, words.Count);
        }

        /// <summary>The node after <paramref name="word"/> from <paramref name="node"/>, or -1 when no sequence continues so.</summary>
        public int Step(int node, int word) =>
            word >= 0 && _children[node] is { } children && children.TryGetValue(word, out var next) ? next : -1;

        /// <summary>The value of the sequence that ends at <paramref name="node"/>, or null.</summary>
        public T? ValueAt(int node) => _values[node];

        /// <summary>The value of exactly <c>words[start..end)</c>, or null.</summary>
        public T? Find(int[] words, int start, int end)
        {
            var node = Root;
            for (var i = start; i < end && node >= 0; i++)
            {
                node = Step(node, words[i]);
            }

            return node >= 0 ? _values[node] : null;
        }
    }
}
