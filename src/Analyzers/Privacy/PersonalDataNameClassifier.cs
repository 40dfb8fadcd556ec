using System;
using System.Collections.Generic;
using System.Text;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Naming;

namespace Governance.Analyzers.Privacy
{
    /// <summary>
    /// Decides from a field's name (and type) whether it looks like personal data, with the words of
    /// <see cref="PersonalDataVocabulary"/> (the README beside its files spells out the matching):
    /// <list type="number">
    /// <item>split the name into lower-case words (<c>IPv4Address</c> → ipv4, address);</item>
    /// <item>find every vocabulary term; drop those lying inside a look-alike (<c>ServerIpAddress</c>);</item>
    /// <item>resolve overlaps: more words win, then the right-most (<c>CurrentUserId</c> → user id);</item>
    /// <item>the most sensitive surviving term decides the category;</item>
    /// <item>a last word that describes rather than holds the data (<c>EmailCount</c>, <c>IpVersion</c>) or a
    /// leading question or aggregate (<c>HasEmail</c>, <c>NumberOfUsers</c>) makes the name metadata;</item>
    /// <item>a yes/no value is not personal data, except for special categories (<c>IsPregnant</c> is health data).</item>
    /// </list>
    /// </summary>
    internal sealed class PersonalDataNameClassifier
    {
        private static readonly PersonalDataVocabulary Vocabulary = PersonalDataVocabulary.BuiltIn;
        private static readonly HashSet<string> Heads = Vocabulary.NonPersonalHeads;
        private static readonly List<string[]> Prefixes = Vocabulary.NonPersonalPrefixes;
        private static readonly HashSet<string> QuestionPrefixes = Vocabulary.QuestionPrefixes;
        private static readonly List<string[]> LookAlikes = Vocabulary.LookAlikes;
        private static readonly HashSet<string> FreeText = Vocabulary.FreeTextWords;
        private static readonly Dictionary<string, PersonalDataCategory> WholeNameTerms = Vocabulary.WholeNameTerms;

        private readonly Dictionary<string, PersonalDataCategory> _terms;
        private readonly HashSet<string> _allowedNames;
        private readonly int _longestTerm;

        public PersonalDataNameClassifier(IEnumerable<KeyValuePair<string, PersonalDataCategory>> extraTerms, IEnumerable<string> allowedNames)
        {
            _terms = new Dictionary<string, PersonalDataCategory>(Vocabulary.Terms, StringComparer.Ordinal);
            foreach (var extra in extraTerms)
            {
                var words = PersonalDataVocabulary.Canonical(extra.Key);
                if (words.Length > 0)
                {
                    _terms[words] = extra.Value;
                }
            }

            foreach (var term in _terms.Keys)
            {
                _longestTerm = Math.Max(_longestTerm, term.Split(' ').Length);
            }

            _allowedNames = new HashSet<string>(allowedNames, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The classifier with the built-in vocabulary only.</summary>
        public static PersonalDataNameClassifier Default { get; } = new PersonalDataNameClassifier(Array.Empty<KeyValuePair<string, PersonalDataCategory>>(), Array.Empty<string>());

        /// <summary>Whether the options list <paramref name="name"/> as not personal.</summary>
        public bool IsAllowed(string name) => _allowedNames.Contains(name);

        /// <summary>The match that makes <paramref name="name"/> look personal, or null.</summary>
        public PersonalDataMatch? Classify(string name, FieldKind kind)
        {
            if (_allowedNames.Contains(name))
            {
                return null;
            }

            var words = WithoutOrdinals(IdentifierWords.Split(name));
            if (words.Count == 0)
            {
                return null;
            }

            if (WholeNameTerms.TryGetValue(string.Join(" ", words), out var whole))
            {
                return kind == FieldKind.Boolean && !whole.IsSpecial ? null : new PersonalDataMatch(whole, string.Join(" ", words));
            }

            var winner = FindWinningTerm(words);
            if (winner is null)
            {
                return null;
            }

            var (start, length, category) = winner.Value;
            if (start + length < words.Count && Heads.Contains(words[words.Count - 1]))
            {
                return null; // EmailCount, IpVersion, PasswordPolicy: about the data, not the data.
            }

            var prefix = PrefixLength(words);
            if (prefix > 0 && prefix <= start && !(category.IsSpecial && QuestionPrefixes.Contains(words[0])))
            {
                return null; // HasEmail, NumberOfUsers; but IsPregnant stays health data.
            }

            if (kind == FieldKind.Boolean && !category.IsSpecial)
            {
                return null;
            }

            return new PersonalDataMatch(category, string.Join(" ", words.GetRange(start, length)));
        }

        /// <summary>
        /// The free-text words a name ends with ("message", "stack trace"), or null. Earlier in the name they do not
        /// count (<c>MessageId</c>); look-alikes (<c>BaseUrl</c>) and leading questions (<c>HasComment</c>) do not either.
        /// </summary>
        public static string? FindFreeText(string name)
        {
            var words = IdentifierWords.Split(name);
            for (var length = Math.Min(3, words.Count); length >= 1; length--)
            {
                var start = words.Count - length;
                var suffix = string.Join(" ", words.GetRange(start, length));
                if (!FreeText.Contains(suffix))
                {
                    continue;
                }

                if (InsideLookAlike(words, start, length) || (PrefixLength(words) is var prefix && prefix > 0 && prefix <= start))
                {
                    return null;
                }

                return suffix;
            }

            return null;
        }

        /// <summary>
        /// Numbered copies of a field (<c>Email2Address</c>, <c>Phone3</c>, <c>AddressLine1</c>) keep their digit on the
        /// word when split; the digit is an ordinal, so it is dropped when the word without it is a known term.
        /// Digits that belong to the word (<c>ipv4</c>, <c>sha256</c>) stay.
        /// </summary>
        private List<string> WithoutOrdinals(List<string> words)
        {
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                var end = word.Length;
                while (end > 0 && char.IsDigit(word[end - 1]))
                {
                    end--;
                }

                if (end >= 2 && end < word.Length && _terms.ContainsKey(word.Substring(0, end)))
                {
                    words[i] = word.Substring(0, end);
                }
            }

            return words;
        }

        private (int Start, int Length, PersonalDataCategory Category)? FindWinningTerm(List<string> words)
        {
            var occurrences = new List<(int Start, int Length, PersonalDataCategory Category)>();
            var phrase = new StringBuilder();
            var phrases = new string[Math.Max(1, _longestTerm)];
            for (var start = 0; start < words.Count; start++)
            {
                // The phrases of 1..n words from here, built once each instead of joined per length.
                var longest = Math.Min(_longestTerm, words.Count - start);
                phrase.Clear();
                for (var length = 1; length <= longest; length++)
                {
                    phrases[length - 1] = (length == 1 ? phrase : phrase.Append(' ')).Append(words[start + length - 1]).ToString();
                }

                for (var length = longest; length >= 1; length--)
                {
                    if (_terms.TryGetValue(phrases[length - 1], out var category) && !InsideLookAlike(words, start, length))
                    {
                        occurrences.Add((start, length, category));
                    }
                }
            }

            // Overlaps: more words first, then the right-most (English compounds are head-final).
            occurrences.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : b.Start.CompareTo(a.Start));
            var taken = new bool[words.Count];
            (int Start, int Length, PersonalDataCategory Category)? winner = null;
            foreach (var occurrence in occurrences)
            {
                var free = true;
                for (var i = occurrence.Start; i < occurrence.Start + occurrence.Length; i++)
                {
                    free &= !taken[i];
                }

                if (!free)
                {
                    continue;
                }

                for (var i = occurrence.Start; i < occurrence.Start + occurrence.Length; i++)
                {
                    taken[i] = true;
                }

                // The most sensitive category decides; on a tie, the right-most term.
                if (winner is null
                    || occurrence.Category.DataClass > winner.Value.Category.DataClass
                    || (occurrence.Category.DataClass == winner.Value.Category.DataClass && occurrence.Start > winner.Value.Start))
                {
                    winner = occurrence;
                }
            }

            return winner;
        }

        private static bool InsideLookAlike(List<string> words, int start, int length)
        {
            foreach (var lookAlike in LookAlikes)
            {
                for (var at = Math.Max(0, start + length - lookAlike.Length); at <= start && at + lookAlike.Length <= words.Count; at++)
                {
                    if (Matches(words, at, lookAlike))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static int PrefixLength(List<string> words)
        {
            var longest = 0;
            foreach (var prefix in Prefixes)
            {
                if (prefix.Length < words.Count && prefix.Length > longest && Matches(words, 0, prefix))
                {
                    longest = prefix.Length;
                }
            }

            return longest;
        }

        private static bool Matches(List<string> words, int at, string[] sequence)
        {
            for (var i = 0; i < sequence.Length; i++)
            {
                if (!string.Equals(words[at + i], sequence[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
