using System;
using System.Collections.Generic;
using System.Globalization;
using Governance.CodeAnalysis.Naming;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>
    /// Judges whether a purpose or a field description says something: not missing, not a placeholder ("TODO",
    /// "TBD", "n/a", "test", "description"...), not the name repeated, and at least a configured number of words.
    /// Returns the problem as a phrase for the diagnostic message, or null when the text is acceptable.
    /// </summary>
    internal static class TextQuality
    {
        private static readonly HashSet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal)
        {
            "todo", "tbd", "tba", "tbc", "to do", "to be done", "to be decided", "to be defined", "fixme", "fix me", "xxx",
            "n/a", "na", "n.a", "none", "nothing", "null", "nil", "empty", "-", "--", "?", "??", "...", "…", ".",
            "test", "testing", "tests", "temp", "tmp", "wip", "foo", "bar", "baz", "asdf", "lorem ipsum", "placeholder",
            "description", "desc", "purpose", "reason", "why", "what", "info", "information", "details", "misc", "stuff",
            "data", "value", "field", "telemetry", "metric", "event", "same as above", "see above", "see code", "self explanatory",
            "self-explanatory", "obvious",
        };

        private static readonly string[] PlaceholderPrefixes = { "todo", "tbd", "fixme", "xxx" };

        private static readonly string[] Articles = { "the", "a", "an" };

        /// <summary>No text longer than this (trimmed) can be a placeholder: longer ones are judged without a lower-case copy.</summary>
        private static readonly int LongestPlaceholder = Longest(Placeholders);

        // Every purpose and every field description of the compilation comes through here: the checks read the text in
        // place (ranges, case-insensitive comparisons) and build a string only for the message of a problem found.
        public static string? FindProblem(string? text, bool argumentPresent, string noun, int minWords, string name)
        {
            if (!argumentPresent || text is null)
            {
                return "has no " + noun;
            }

            // The range of text.Trim(), then of .TrimEnd('.', '!', ':', ';', ' ') after it.
            var start = 0;
            var end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end == start)
            {
                return "has an empty " + noun;
            }

            var normalizedEnd = end;
            while (normalizedEnd > start && text[normalizedEnd - 1] is '.' or '!' or ':' or ';' or ' ')
            {
                normalizedEnd--;
            }

            if (IsPlaceholder(text, start, normalizedEnd))
            {
                return "has a placeholder " + noun + " ('" + Shorten(text.Substring(start, end - start)) + "')";
            }

            var words = 0;
            var meaningfulWords = 0;
            var repeatsName = true;
            Span<char> nameLetters = name.Length <= 256 ? stackalloc char[256] : new char[name.Length];
            var nameLength = IdentifierWords.WriteLowerCase(name, nameLetters, separator: null);
            var matched = 0;
            var position = 0;
            while (NextWord(text, ref position, out var wordStart, out var wordEnd))
            {
                words++;
                if (repeatsName && !IsArticle(text, wordStart, wordEnd))
                {
                    meaningfulWords++;
                    repeatsName = Continues(text, wordStart, wordEnd, nameLetters.Slice(0, nameLength), ref matched);
                }
            }

            // "Duration ms" for DurationMs, "cli command run" for cli.command_run: the name, not a description. The
            // words other than articles, run together, are the name's words run together.
            if (repeatsName && meaningfulWords > 0 && nameLength > 0 && matched == nameLength)
            {
                return "has a " + noun + " that only repeats its name";
            }

            if (words < minWords)
            {
                return "has a " + noun + " of only " + Count(words, "word") + " (at least " + minWords.ToString(CultureInfo.InvariantCulture) + " are needed)";
            }

            return null;
        }

        /// <summary>
        /// The next word of prose in <paramref name="text"/> from <paramref name="position"/>: a run of letters and digits,
        /// with apostrophes inside it; false at the end.
        /// </summary>
        private static bool NextWord(string text, ref int position, out int start, out int end)
        {
            while (position < text.Length && !char.IsLetterOrDigit(text[position]))
            {
                position++;
            }

            start = position;
            if (position >= text.Length)
            {
                end = position;
                return false;
            }

            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '\''))
            {
                position++;
            }

            end = position;
            return true;
        }

        /// <summary>
        /// Whether text[start..end), lower-cased, is a placeholder or starts with one. Words and placeholders hold no
        /// surrogates, so lower-casing each character reads as lower-casing the string.
        /// </summary>
        private static bool IsPlaceholder(string text, int start, int end)
        {
            if (end == start)
            {
                return true;
            }

            if (end - start <= LongestPlaceholder && Placeholders.Contains(text.Substring(start, end - start).ToLowerInvariant()))
            {
                return true;
            }

            foreach (var prefix in PlaceholderPrefixes)
            {
                if (end - start >= prefix.Length
                    && EqualsIgnoringCase(text, start, prefix)
                    && (end - start == prefix.Length || !char.IsLetter(char.ToLowerInvariant(text[start + prefix.Length]))))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsArticle(string text, int start, int end)
        {
            foreach (var article in Articles)
            {
                if (end - start == article.Length && EqualsIgnoringCase(text, start, article))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="text"/> at <paramref name="start"/>, lower-cased, starts with the lower-case <paramref name="lower"/>.</summary>
        private static bool EqualsIgnoringCase(string text, int start, string lower)
        {
            for (var i = 0; i < lower.Length; i++)
            {
                if (char.ToLowerInvariant(text[start + i]) != lower[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the word, lower-cased, comes next in <paramref name="nameLetters"/> after <paramref name="matched"/> letters; advances past it.</summary>
        private static bool Continues(string text, int start, int end, ReadOnlySpan<char> nameLetters, ref int matched)
        {
            for (var i = start; i < end; i++)
            {
                if (matched >= nameLetters.Length || nameLetters[matched++] != char.ToLowerInvariant(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static int Longest(IEnumerable<string> texts)
        {
            var longest = 0;
            foreach (var text in texts)
            {
                longest = Math.Max(longest, text.Length);
            }

            return longest;
        }

        private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
    }
}
