using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Governance.CodeAnalysis.Text
{
    /// <summary>A parsed JSON value: an object, array, string, number, boolean or null.</summary>
    internal sealed class JsonValue
    {
        private JsonValue(object? value, int position)
        {
            Value = value;
            Position = position;
        }

        /// <summary>An object's members (a KeyValuePair&lt;string, JsonValue&gt;[] in document order), a List&lt;JsonValue&gt;, a string, a double, a bool, or null.</summary>
        public object? Value { get; }

        /// <summary>Where the value starts in the text, for pointing diagnostics at it.</summary>
        public int Position { get; }

        /// <summary>An object's members in document order; null for any other value.</summary>
        public IReadOnlyList<KeyValuePair<string, JsonValue>>? AsObject => Value as KeyValuePair<string, JsonValue>[];

        public List<JsonValue>? AsArray => Value as List<JsonValue>;

        public string? AsString => Value as string;

        public bool? AsBoolean => Value as bool?;

        public int? AsInt32 => Value is double number && number == Math.Floor(number) && number >= int.MinValue && number <= int.MaxValue ? (int)number : (int?)null;

        /// <summary>The member called <paramref name="name"/>, or null (also for a value that is not an object).</summary>
        public JsonValue? this[string name]
        {
            get
            {
                // Objects in the files read here have a handful of members: a scan beats a hash table and its allocations.
                if (Value is KeyValuePair<string, JsonValue>[] members)
                {
                    foreach (var member in members)
                    {
                        if (string.Equals(member.Key, name, StringComparison.Ordinal))
                        {
                            return member.Value;
                        }
                    }
                }

                return null;
            }
        }

        internal static JsonValue Create(object? value, int position) => new JsonValue(value, position);
    }

    /// <summary>
    /// A strict, small JSON parser (RFC 8259) for the files Governance reads, such as the reviewed baseline and the
    /// consent file, where no JSON library is available (analyzers, MSBuild tasks and the dependency-free runtime on
    /// netstandard2.0). It accepts only what the RFC's grammar allows (no byte order mark, comments or trailing commas)
    /// and also rejects a name repeated in one object. Errors are reported as <see cref="FormatException"/> with the
    /// line and column.
    /// </summary>
    internal static class JsonReader
    {
        private static readonly object True = true;
        private static readonly object False = false;

        public static JsonValue Parse(string text)
        {
            var position = 0;
            var document = new Document(text);
            SkipWhitespace(text, ref position);
            var value = ReadValue(document, ref position, depth: 0);
            SkipWhitespace(text, ref position);
            if (position != text.Length)
            {
                throw Error(text, position, "unexpected text after the JSON value");
            }

            return value;
        }

        private static JsonValue ReadValue(Document document, ref int position, int depth)
        {
            var text = document.Text;
            if (depth > 64)
            {
                throw Error(text, position, "nesting is too deep");
            }

            var start = position;
            switch (Peek(text, position))
            {
                case '{':
                    position++;
                    SkipWhitespace(text, ref position);
                    if (Peek(text, position) == '}')
                    {
                        position++;
                        return JsonValue.Create(Array.Empty<KeyValuePair<string, JsonValue>>(), start);
                    }

                    // Members collect on one list shared by the whole document (nested objects above the outer one's), and
                    // each object keeps an array of exactly its own.
                    var members = document.Members;
                    var first = members.Count;
                    HashSet<string>? names = null;
                    while (true)
                    {
                        SkipWhitespace(text, ref position);
                        var nameStart = position;
                        var name = ReadString(document, ref position);
                        if (IsRepeated(members, first, name, ref names))
                        {
                            // RFC 8259 leaves the meaning of a repeated name open; a reader that kept either value would guess.
                            throw Error(text, nameStart, "duplicate key '" + name + "'");
                        }

                        SkipWhitespace(text, ref position);
                        Expect(text, ref position, ':');
                        SkipWhitespace(text, ref position);
                        var member = ReadValue(document, ref position, depth + 1);
                        members.Add(new KeyValuePair<string, JsonValue>(name, member));
                        SkipWhitespace(text, ref position);
                        if (Peek(text, position) == ',')
                        {
                            position++;
                            continue;
                        }

                        Expect(text, ref position, '}');
                        var own = new KeyValuePair<string, JsonValue>[members.Count - first];
                        members.CopyTo(first, own, 0, own.Length);
                        members.RemoveRange(first, own.Length);
                        return JsonValue.Create(own, start);
                    }

                case '[':
                    position++;
                    SkipWhitespace(text, ref position);
                    if (Peek(text, position) == ']')
                    {
                        position++;
                        return JsonValue.Create(new List<JsonValue>(), start);
                    }

                    var pending = document.Items;
                    var firstItem = pending.Count;
                    while (true)
                    {
                        SkipWhitespace(text, ref position);
                        var item = ReadValue(document, ref position, depth + 1);
                        pending.Add(item);
                        SkipWhitespace(text, ref position);
                        if (Peek(text, position) == ',')
                        {
                            position++;
                            continue;
                        }

                        Expect(text, ref position, ']');
                        var items = new List<JsonValue>(pending.Count - firstItem);
                        for (var i = firstItem; i < pending.Count; i++)
                        {
                            items.Add(pending[i]);
                        }

                        pending.RemoveRange(firstItem, items.Count);
                        return JsonValue.Create(items, start);
                    }

                case '"':
                    return JsonValue.Create(ReadString(document, ref position), start);
                case 't':
                    ExpectWord(text, ref position, "true");
                    return JsonValue.Create(True, start);
                case 'f':
                    ExpectWord(text, ref position, "false");
                    return JsonValue.Create(False, start);
                case 'n':
                    ExpectWord(text, ref position, "null");
                    return JsonValue.Create(null, start);
                default:
                    return JsonValue.Create(ReadNumber(text, ref position), start);
            }
        }

        /// <summary>Whether the object whose members start at <paramref name="first"/> already has <paramref name="name"/>.</summary>
        private static bool IsRepeated(List<KeyValuePair<string, JsonValue>> members, int first, string name, ref HashSet<string>? names)
        {
            // A scan for the handful of members objects here have; a set once an object grows large.
            const int ScanLimit = 16;
            if (names is null && members.Count - first < ScanLimit)
            {
                for (var i = first; i < members.Count; i++)
                {
                    if (string.Equals(members[i].Key, name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (names is null)
            {
                names = new HashSet<string>(StringComparer.Ordinal);
                for (var i = first; i < members.Count; i++)
                {
                    names.Add(members[i].Key);
                }
            }

            return !names.Add(name);
        }

        /// <summary>
        /// <c>-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?</c>, exactly as RFC 8259 writes it: no leading
        /// <c>+</c> or zeros, no bare <c>.5</c> or <c>5.</c>, and an exponent has digits.
        /// </summary>
        private static double ReadNumber(string text, ref int position)
        {
            var start = position;
            if (Peek(text, position) == '-')
            {
                position++;
            }

            if (Peek(text, position) == '0')
            {
                position++;
                if (IsDigit(Peek(text, position)))
                {
                    throw Error(text, start, "a number may not have leading zeros");
                }
            }
            else if (!SkipDigits(text, ref position))
            {
                throw Error(text, start, "expected a value");
            }

            if (Peek(text, position) == '.')
            {
                position++;
                if (!SkipDigits(text, ref position))
                {
                    throw Error(text, position, "expected a digit after the decimal point");
                }
            }

            if (Peek(text, position) == 'e' || Peek(text, position) == 'E')
            {
                position++;
                if (Peek(text, position) == '+' || Peek(text, position) == '-')
                {
                    position++;
                }

                if (!SkipDigits(text, ref position))
                {
                    throw Error(text, position, "expected a digit in the exponent");
                }
            }

            // .NET Framework's parser (MSBuild) fails on overflow where .NET's returns infinity: both are out of range.
            if (!double.TryParse(text.Substring(start, position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                || double.IsInfinity(number))
            {
                throw Error(text, start, "the number is out of range");
            }

            return number;
        }

        private static bool SkipDigits(string text, ref int position)
        {
            var start = position;
            while (IsDigit(Peek(text, position)))
            {
                position++;
            }

            return position > start;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static string ReadString(Document document, ref int position)
        {
            var text = document.Text;
            Expect(text, ref position, '"');

            // Most strings hold no escape: taken whole, in one substring. The first escape starts the builder.
            var plainEnd = position;
            while (plainEnd < text.Length && text[plainEnd] != '"' && text[plainEnd] != '\\' && text[plainEnd] >= ' ')
            {
                plainEnd++;
            }

            if (plainEnd < text.Length && text[plainEnd] == '"')
            {
                var plain = document.Strings.Get(text, position, plainEnd - position);
                position = plainEnd + 1;
                return plain;
            }

            var builder = new StringBuilder(text, position, plainEnd - position, 16);
            position = plainEnd;
            while (true)
            {
                if (position >= text.Length)
                {
                    throw Error(text, position, "unterminated string");
                }

                var c = text[position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c < ' ')
                {
                    throw Error(text, position - 1, "control character in a string");
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                var escaped = position < text.Length ? text[position++] : '\0';
                switch (escaped)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (position + 4 > text.Length || !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error(text, position, "bad \\u escape");
                        }

                        builder.Append((char)code);
                        position += 4;
                        break;
                    default:
                        throw Error(text, position - 1, "bad escape");
                }
            }
        }

        private static void ExpectWord(string text, ref int position, string word)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
            {
                throw Error(text, position, "expected '" + word + "'");
            }

            position += word.Length;
        }

        private static void Expect(string text, ref int position, char expected)
        {
            if (Peek(text, position) != expected)
            {
                throw Error(text, position, "expected '" + expected + "'");
            }

            position++;
        }

        private static char Peek(string text, int position) => position < text.Length ? text[position] : '\0';

        private static void SkipWhitespace(string text, ref int position)
        {
            while (position < text.Length && (text[position] == ' ' || text[position] == '\t' || text[position] == '\n' || text[position] == '\r'))
            {
                position++;
            }
        }

        /// <summary>What one parse shares: the text, the lists members and items collect on, the strings already read.</summary>
        private sealed class Document
        {
            public Document(string text)
            {
                Text = text;
                Strings = new RecurringStrings(text.Length);
            }

            public string Text { get; }

            public List<KeyValuePair<string, JsonValue>> Members { get; } = new List<KeyValuePair<string, JsonValue>>();

            public List<JsonValue> Items { get; } = new List<JsonValue>();

            public RecurringStrings Strings { get; }
        }

        /// <summary>
        /// Short strings read once per document: a baseline or manifest repeats the same keys, data classes and field
        /// names thousands of times. A slot per hash keeps the last string seen; a miss just reads the string.
        /// </summary>
        private sealed class RecurringStrings
        {
            private const int LongestShared = 32;

            private readonly string?[]? _slots;

            public RecurringStrings(int textLength)
            {
                // A small document (a consent file) has nothing worth sharing.
                _slots = textLength < 4096 ? null : new string?[1024];
            }

            public string Get(string text, int start, int length)
            {
                if (_slots is null || length > LongestShared)
                {
                    return text.Substring(start, length);
                }

                var hash = 2166136261u;
                for (var i = start; i < start + length; i++)
                {
                    hash = (hash ^ text[i]) * 16777619u;
                }

                var slot = (int)(hash & (uint)(_slots.Length - 1));
                var known = _slots[slot];
                if (known is not null && known.Length == length && string.CompareOrdinal(known, 0, text, start, length) == 0)
                {
                    return known;
                }

                return _slots[slot] = text.Substring(start, length);
            }
        }

        private static FormatException Error(string text, int position, string problem)
        {
            var line = 1;
            var column = 1;
            for (var i = 0; i < position && i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return new FormatException(problem + " at line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture));
        }
    }
}
