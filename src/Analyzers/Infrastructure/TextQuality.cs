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

        private static readonly HashSet<string> Articles = new HashSet<string>(StringComparer.Ordinal) { "the", "a", "an" };

        public static string? FindProblem(string? text, bool argumentPresent, string noun, int minWords, string name)
        {
            if (!argumentPresent || text is null)
            {
                return "has no " + noun;
            }

            if (text.Trim().Length == 0)
            {
                return "has an empty " + noun;
            }

            var normalized = text.Trim().TrimEnd('.', '!', ':', ';', ' ').ToLowerInvariant();
            if (normalized.Length == 0 || Placeholders.Contains(normalized) || StartsWithPlaceholder(normalized))
            {
                return "has a placeholder " + noun + " ('" + Shorten(text.Trim()) + "')";
            }

            var words = Words(text);
            if (RepeatsName(words, name))
            {
                return "has a " + noun + " that only repeats its name";
            }

            if (words.Count < minWords)
            {
                return "has a " + noun + " of only " + Count(words.Count, "word") + " (at least " + minWords.ToString(CultureInfo.InvariantCulture) + " are needed)";
            }

            return null;
        }

        /// <summary>Words of prose: runs of letters and digits.</summary>
        public static List<string> Words(string text)
        {
            var words = new List<string>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var isWordChar = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'' && start >= 0);
                if (isWordChar && start < 0)
                {
                    start = i;
                }
                else if (!isWordChar && start >= 0)
                {
                    words.Add(text.Substring(start, i - start).ToLowerInvariant());
                    start = -1;
                }
            }

            return words;
        }

        private static bool StartsWithPlaceholder(string normalized)
        {
            foreach (var prefix in PlaceholderPrefixes)
            {
                if (normalized.StartsWith(prefix, StringComparison.Ordinal)
                    && (normalized.Length == prefix.Length || !char.IsLetter(normalized[prefix.Length])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Duration ms" for <c>DurationMs</c>, "cli command run" for <c>cli.command_run</c>: the name, not a description.</summary>
        private static bool RepeatsName(List<string> words, string name)
        {
            var nameWords = IdentifierWords.Split(name);
            var meaningful = words.FindAll(w => !Articles.Contains(w));
            if (meaningful.Count == 0 || nameWords.Count == 0)
            {
                return false;
            }

            return string.Concat(meaningful) == string.Concat(nameWords);
        }

        private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
    }
}
