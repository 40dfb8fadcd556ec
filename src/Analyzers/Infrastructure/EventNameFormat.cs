using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Governance.CodeAnalysis.Naming;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>
    /// The default event-name format: two or more dot-separated segments, each lower-case snake_case words that start
    /// with a letter (<c>cli.command_run</c>, <c>shop.checkout.completed</c>), at most <see cref="MaxLength"/>
    /// characters. Stable, readable names that every telemetry backend accepts. A name that does not follow it is told
    /// each thing that is wrong, with the nearest name that would pass where there is one, and, for names that look
    /// like an existing convention, that <c>governance.event_name_pattern</c> can allow them instead.
    /// </summary>
    internal static class EventNameFormat
    {
        public const int MaxLength = 80;

        private const string Format = "the default format is lower-case snake_case words in two or more segments separated by '.'";

        /// <summary>What is wrong with a name, as the end of "Event name 'x' ...", or null when it is well formed.</summary>
        public static string? FindProblem(string name)
        {
            if (name.Length == 0)
            {
                return "is empty";
            }

            if (IsWellFormed(name))
            {
                return null;
            }

            var problems = ProblemsOf(name, out var otherConvention);
            if (problems.Count == 0)
            {
                return null;
            }

            var suggestion = Suggest(name);
            var text = "has " + Join(problems) + ": " + Format + (suggestion is null ? string.Empty : ", such as '" + suggestion + "'");
            return otherConvention ? text + "; to keep existing names, set governance.event_name_pattern" : text;
        }

        /// <summary>Each thing wrong with a non-empty name, as a phrase after "has"; whether it looks like another naming convention.</summary>
        internal static List<string> ProblemsOf(string name, out bool otherConvention)
        {
            var problems = new List<string>();
            otherConvention = false;
            var characters = CodePoints(name);
            var upperCase = characters.Where(c => char.IsUpper(c, 0)).Distinct().ToList();
            if (upperCase.Count > 0)
            {
                problems.Add((upperCase.Count == 1 ? "an upper-case letter (" : "upper-case letters (") + Quoted(upperCase) + ")");
                otherConvention = true;
            }

            var separators = characters.Where(IsForeignSeparator).Distinct().ToList();
            if (separators.Count > 0)
            {
                problems.Add(Quoted(separators) + " between segments");
                otherConvention = true;
            }

            if (name.IndexOf('-') >= 0)
            {
                problems.Add("'-' between words");
                otherConvention = true;
            }

            if (name.Any(char.IsWhiteSpace))
            {
                problems.Add("white space");
            }

            var others = characters
                .Where(c => !IsAllowed(c) && !char.IsUpper(c, 0) && !char.IsWhiteSpace(c, 0) && !IsForeignSeparator(c) && c != "-")
                .Distinct()
                .ToList();
            if (others.Count > 0)
            {
                problems.Add((others.Count == 1 ? "the character " : "the characters ") + Quoted(others) + " (segments hold a-z, 0-9 and '_')");
            }

            var segments = name.Split('.');
            if (segments.Any(s => s.Length == 0))
            {
                problems.Add("an empty segment");
            }

            AddSegmentProblem(problems, segments, s => s.Length > 0 && char.IsDigit(s[0]), "a segment that starts with a digit");
            AddSegmentProblem(problems, segments, s => s.Length > 0 && (s[0] == '_' || s[s.Length - 1] == '_'), "a segment that starts or ends with '_'");
            AddSegmentProblem(problems, segments, s => s.Contains("__"), "'__' in a segment");

            // 'toplevelparser/command' has two segments, only separated the wrong way: that is what it is told.
            if (segments.Length < 2 && separators.Count == 0)
            {
                problems.Add("a single segment");
                otherConvention = true;
            }

            if (name.Length > MaxLength)
            {
                problems.Add(name.Length.ToString(CultureInfo.InvariantCulture) + " characters, more than the limit of " + MaxLength.ToString(CultureInfo.InvariantCulture));
            }

            return problems;
        }

        /// <summary>
        /// The nearest well-formed name: words split as identifiers are (<c>ProjectRestoreInformation</c> →
        /// <c>project_restore_information</c>), '/', '\' and ':' read as segment separators, an <c>&lt;area&gt;</c>
        /// placeholder before a lone segment. Null when no such name passes (a segment that starts with a digit).
        /// </summary>
        private static string? Suggest(string name)
        {
            var segments = new List<string>();
            foreach (var part in name.Split('.', '/', '\\', ':'))
            {
                var words = IdentifierWords.Split(part);
                if (words.Count > 0)
                {
                    segments.Add(string.Join("_", words));
                }
            }

            if (segments.Count == 0)
            {
                return null;
            }

            var suggestion = string.Join(".", segments);
            if (segments.Count == 1)
            {
                return IsWellFormed("area." + suggestion) ? "<area>." + suggestion : null;
            }

            return IsWellFormed(suggestion) ? suggestion : null;
        }

        /// <summary>
        /// Whether <see cref="ProblemsOf"/> finds nothing, read in one pass without building its lists: most names are
        /// well formed, and every event's name is checked.
        /// </summary>
        internal static bool IsWellFormed(string name)
        {
            if (name.Length == 0 || name.Length > MaxLength)
            {
                return false;
            }

            var segments = 1;
            var segmentStart = 0;
            for (var i = 0; i <= name.Length; i++)
            {
                if (i < name.Length && name[i] != '.')
                {
                    var c = name[i];
                    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') || (c == '_' && i > segmentStart && name[i - 1] == '_'))
                    {
                        return false;
                    }

                    continue;
                }

                // The end of a segment: not empty, starting with a letter, not ending with '_'.
                if (i == segmentStart || !(name[segmentStart] >= 'a' && name[segmentStart] <= 'z') || name[i - 1] == '_')
                {
                    return false;
                }

                segments += i < name.Length ? 1 : 0;
                segmentStart = i + 1;
            }

            return segments >= 2;
        }

        private static void AddSegmentProblem(List<string> problems, string[] segments, System.Func<string, bool> isWrong, string problem)
        {
            var wrong = segments.FirstOrDefault(isWrong);
            if (wrong is not null)
            {
                problems.Add(problem + " ('" + wrong + "')");
            }
        }

        private static bool IsAllowed(string c) => c.Length == 1 && ((c[0] >= 'a' && c[0] <= 'z') || (c[0] >= '0' && c[0] <= '9') || c[0] == '_' || c[0] == '.');

        /// <summary>Separators other conventions use between the parts of a name.</summary>
        private static bool IsForeignSeparator(string c) => c is "/" or "\\" or ":";

        /// <summary>The name's characters as code points (a surrogate pair is one), so a message never splits one.</summary>
        private static List<string> CodePoints(string name)
        {
            var result = new List<string>(name.Length);
            for (var i = 0; i < name.Length; i++)
            {
                var pair = char.IsSurrogatePair(name, i);
                result.Add(name.Substring(i, pair ? 2 : 1));
                i += pair ? 1 : 0;
            }

            return result;
        }

        /// <summary>'x', or U+0007 for what cannot be shown: control characters and unpaired surrogates.</summary>
        private static string Quoted(List<string> characters) =>
            string.Join(", ", characters.Select(c => c.Length == 1 && (char.IsControl(c[0]) || char.IsSurrogate(c[0]))
                ? "U+" + ((int)c[0]).ToString("X4", CultureInfo.InvariantCulture)
                : "'" + c + "'"));

        private static string Join(List<string> problems) =>
            problems.Count == 1 ? problems[0] : string.Join(", ", problems.Take(problems.Count - 1)) + " and " + problems[problems.Count - 1];
    }
}
