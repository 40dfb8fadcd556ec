using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Governance.Build
{
    /// <summary>
    /// Whether an <c>.editorconfig</c> section name (a glob: <c>*</c>, <c>**</c>, <c>?</c>, <c>[a-z]</c>, <c>[!a]</c>,
    /// <c>{a,b}</c>, <c>{1..9}</c>, <c>\</c> escapes) matches a file, read as the compiler reads it: a name without
    /// '/' matches the file name in any folder below the configuration file, a name with '/' matches the path relative to
    /// that folder.
    /// </summary>
    internal sealed class SectionNameMatcher
    {
        private readonly Regex _regex;
        private readonly List<KeyValuePair<int, int>> _numberRanges;

        private SectionNameMatcher(Regex regex, List<KeyValuePair<int, int>> numberRanges)
        {
            _regex = regex;
            _numberRanges = numberRanges;
        }

        /// <summary>The matcher, or null when the name is not a valid glob (the compiler ignores such a section too).</summary>
        public static SectionNameMatcher? TryCreate(string sectionName)
        {
            var pattern = new StringBuilder("^");
            if (sectionName.IndexOf('/') < 0)
            {
                pattern.Append(".*/");
            }
            else if (sectionName[0] != '/')
            {
                pattern.Append('/');
            }

            var ranges = new List<KeyValuePair<int, int>>();
            var position = 0;
            if (!AppendPathList(sectionName, ref position, pattern, ranges, inChoice: false) || position != sectionName.Length)
            {
                return null;
            }

            return new SectionNameMatcher(new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant), ranges);
        }

        /// <summary>Matches a path relative to the configuration file's folder, written with '/' and starting with '/'.</summary>
        public bool IsMatch(string relativePath)
        {
            var match = _regex.Match(relativePath);
            if (!match.Success)
            {
                return false;
            }

            for (var i = 0; i < _numberRanges.Count; i++)
            {
                if (!int.TryParse(match.Groups[i + 1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    || number < _numberRanges[i].Key || number > _numberRanges[i].Value)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Appends items up to the end, or (in a choice) up to the ',' or '}' that ends the alternative.</summary>
        private static bool AppendPathList(string name, ref int position, StringBuilder pattern, List<KeyValuePair<int, int>> ranges, bool inChoice)
        {
            while (position < name.Length)
            {
                var c = name[position];
                switch (c)
                {
                    case '*':
                        if (position + 1 < name.Length && name[position + 1] == '*')
                        {
                            pattern.Append(".*");
                            position += 2;
                        }
                        else
                        {
                            pattern.Append("[^/]*");
                            position++;
                        }

                        break;
                    case '?':
                        pattern.Append('.');
                        position++;
                        break;
                    case '[':
                        position++;
                        if (!AppendCharacterClass(name, ref position, pattern))
                        {
                            return false;
                        }

                        break;
                    case '{':
                        if (!AppendRange(name, ref position, pattern, ranges) && !AppendChoice(name, ref position, pattern, ranges))
                        {
                            return false;
                        }

                        break;
                    case ',':
                    case '}':
                        return inChoice;
                    case '\\':
                        if (position + 1 >= name.Length)
                        {
                            return false;
                        }

                        pattern.Append(Regex.Escape(name[position + 1].ToString()));
                        position += 2;
                        break;
                    default:
                        pattern.Append(Regex.Escape(c.ToString()));
                        position++;
                        break;
                }
            }

            return !inChoice;
        }

        /// <summary><c>[...]</c> after its '[': '!' first negates, '-' is a range, '\' escapes, ']' ends it.</summary>
        private static bool AppendCharacterClass(string name, ref int position, StringBuilder pattern)
        {
            pattern.Append('[');
            if (position < name.Length && name[position] == '!')
            {
                pattern.Append('^');
                position++;
            }

            while (position < name.Length)
            {
                var c = name[position++];
                switch (c)
                {
                    case ']':
                        pattern.Append(']');
                        return true;
                    case '-':
                        pattern.Append('-');
                        break;
                    case '\\':
                        if (position >= name.Length)
                        {
                            return false;
                        }

                        pattern.Append('\\').Append(name[position++]);
                        break;
                    default:
                        pattern.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            return false;
        }

        /// <summary><c>{n..m}</c>: any integer between the two, inclusive, checked after the regular expression matched.</summary>
        private static bool AppendRange(string name, ref int position, StringBuilder pattern, List<KeyValuePair<int, int>> ranges)
        {
            var match = Regex.Match(name.Substring(position), @"^\{(-?[0-9]+)\.\.(-?[0-9]+)\}");
            if (!match.Success
                || !int.TryParse(match.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var first)
                || !int.TryParse(match.Groups[2].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var second))
            {
                return false;
            }

            ranges.Add(first <= second ? new KeyValuePair<int, int>(first, second) : new KeyValuePair<int, int>(second, first));
            pattern.Append("(-?[0-9]+)");
            position += match.Length;
            return true;
        }

        /// <summary><c>{a,b,...}</c>: any one of the alternatives, each itself a glob.</summary>
        private static bool AppendChoice(string name, ref int position, StringBuilder pattern, List<KeyValuePair<int, int>> ranges)
        {
            position++;
            pattern.Append("(?:");
            while (true)
            {
                if (!AppendPathList(name, ref position, pattern, ranges, inChoice: true) || position >= name.Length)
                {
                    return false;
                }

                if (name[position++] == '}')
                {
                    pattern.Append(')');
                    return true;
                }

                pattern.Append('|');
            }
        }
    }
}
