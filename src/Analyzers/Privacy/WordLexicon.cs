using System;
using System.Collections.Generic;

namespace Governance.Analyzers.Privacy
{
    /// <summary>
    /// The words a vocabulary knows, each with a number, found in a part of an identifier without allocating (a
    /// letter trie walked in lower case), and the splitting of glued words (<c>installationid</c>) into known ones.
    /// </summary>
    internal sealed class WordLexicon
    {
        /// <summary>Longer glued words are not split (nothing real is that long, and the buffers stay small).</summary>
        public const int MaxSplitLength = 48;

        private const int NoWord = -1;
        private const int Unreachable = int.MaxValue;

        [ThreadStatic]
        private static int[]? _fewestPieces;

        [ThreadStatic]
        private static int[]? _pieceStart;

        [ThreadStatic]
        private static int[]? _pieceWord;

        private readonly List<Dictionary<char, int>?> _children = new List<Dictionary<char, int>?> { null };
        private readonly List<int> _wordAtNode = new List<int> { NoWord };
        private readonly List<string> _words = new List<string>();
        private readonly List<bool> _canBeShortPiece = new List<bool>();

        public int Count => _words.Count;

        /// <summary>The word with this number.</summary>
        public string this[int word] => _words[word];

        /// <summary>The number of <paramref name="word"/> (lower case, no spaces), added if new.</summary>
        public int Add(string word)
        {
            var node = 0;
            foreach (var c in word)
            {
                var children = _children[node] ??= new Dictionary<char, int>();
                if (!children.TryGetValue(c, out var next))
                {
                    next = _children.Count;
                    children.Add(c, next);
                    _children.Add(null);
                    _wordAtNode.Add(NoWord);
                }

                node = next;
            }

            if (_wordAtNode[node] == NoWord)
            {
                _wordAtNode[node] = _words.Count;
                _words.Add(word);
                _canBeShortPiece.Add(false);
            }

            return _wordAtNode[node];
        }

        /// <summary>Lets a two-letter word be a piece of a split glued word.</summary>
        public void AllowAsShortPiece(int word) => _canBeShortPiece[word] = true;

        /// <summary>The number of <paramref name="word"/>, or -1 when it is not known.</summary>
        public int Find(string word) => Find(word, 0, word.Length);

        /// <summary>The number of <c>text[start..end)</c> read in lower case, or -1 when it is not a known word.</summary>
        public int Find(string text, int start, int end)
        {
            var node = 0;
            for (var i = start; i < end; i++)
            {
                if (_children[node] is not { } children || !children.TryGetValue(char.ToLowerInvariant(text[i]), out node))
                {
                    return NoWord;
                }
            }

            return _wordAtNode[node];
        }

        /// <summary>
        /// Splits <c>text[start..end)</c> into known words, the fewest pieces possible, each at least three letters long
        /// or an allowed two-letter word (<see cref="AllowAsShortPiece"/>); the pieces' numbers go to
        /// <paramref name="pieces"/> from <paramref name="at"/>. Returns how many, or 0 when it cannot be split whole.
        /// </summary>
        public int Split(string text, int start, int end, int[] pieces, int at)
        {
            var length = end - start;
            if (length < 4 || length > MaxSplitLength)
            {
                return 0;
            }

            var fewest = _fewestPieces ??= new int[MaxSplitLength + 1];
            var pieceStart = _pieceStart ??= new int[MaxSplitLength + 1];
            var pieceWord = _pieceWord ??= new int[MaxSplitLength + 1];
            fewest[0] = 0;
            for (var i = 1; i <= length; i++)
            {
                fewest[i] = Unreachable;
            }

            for (var from = 0; from < length; from++)
            {
                if (fewest[from] == Unreachable)
                {
                    continue;
                }

                var node = 0;
                for (var to = from; to < length; to++)
                {
                    if (_children[node] is not { } children || !children.TryGetValue(char.ToLowerInvariant(text[start + to]), out node))
                    {
                        break;
                    }

                    var word = _wordAtNode[node];
                    var pieceLength = to - from + 1;
                    if (word != NoWord && (pieceLength >= 3 || (pieceLength == 2 && _canBeShortPiece[word])) && fewest[from] + 1 < fewest[to + 1])
                    {
                        fewest[to + 1] = fewest[from] + 1;
                        pieceStart[to + 1] = from;
                        pieceWord[to + 1] = word;
                    }
                }
            }

            var count = fewest[length];
            if (count == Unreachable || count < 2 || at + count > pieces.Length)
            {
                return 0;
            }

            for (int position = length, i = count - 1; i >= 0; position = pieceStart[position], i--)
            {
                pieces[at + i] = pieceWord[position];
            }

            return count;
        }
    }
}
