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

        /// <summary>A Dictionary&lt;string, JsonValue&gt;, a List&lt;JsonValue&gt;, a string, a double, a bool, or null.</summary>
        public object? Value { get; }

        /// <summary>Where the value starts in the text, for pointing diagnostics at it.</summary>
        public int Position { get; }

        public Dictionary<string, JsonValue>? AsObject => Value as Dictionary<string, JsonValue>;

        public List<JsonValue>? AsArray => Value as List<JsonValue>;

        public string? AsString => Value as string;

        public bool? AsBoolean => Value as bool?;

        public int? AsInt32 => Value is double number && number == Math.Floor(number) && number >= int.MinValue && number <= int.MaxValue ? (int)number : (int?)null;

        public JsonValue? this[string name] => AsObject is { } members && members.TryGetValue(name, out var member) ? member : null;

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
        public static JsonValue Parse(string text)
        {
            var position = 0;
            SkipWhitespace(text, ref position);
            var value = ReadValue(text, ref position, depth: 0);
            SkipWhitespace(text, ref position);
            if (position != text.Length)
            {
                throw Error(text, position, "unexpected text after the JSON value");
            }

            return value;
        }

        private static JsonValue ReadValue(string text, ref int position, int depth)
        {
            if (depth > 64)
            {
                throw Error(text, position, "nesting is too deep");
            }

            var start = position;
            switch (Peek(text, position))
            {
                case '{':
                    position++;
                    var members = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
                    SkipWhitespace(text, ref position);
                    if (Peek(text, position) == '}')
                    {
                        position++;
                        return JsonValue.Create(members, start);
                    }

                    while (true)
                    {
                        SkipWhitespace(text, ref position);
                        var nameStart = position;
                        var name = ReadString(text, ref position);
                        if (members.ContainsKey(name))
                        {
                            // RFC 8259 leaves the meaning of a repeated name open; a reader that kept either value would guess.
                            throw Error(text, nameStart, "duplicate key '" + name + "'");
                        }

                        SkipWhitespace(text, ref position);
                        Expect(text, ref position, ':');
                        SkipWhitespace(text, ref position);
                        members.Add(name, ReadValue(text, ref position, depth + 1));
                        SkipWhitespace(text, ref position);
                        if (Peek(text, position) == ',')
                        {
                            position++;
                            continue;
                        }

                        Expect(text, ref position, '}');
                        return JsonValue.Create(members, start);
                    }

                case '[':
                    position++;
                    var items = new List<JsonValue>();
                    SkipWhitespace(text, ref position);
                    if (Peek(text, position) == ']')
                    {
                        position++;
                        return JsonValue.Create(items, start);
                    }

                    while (true)
                    {
                        SkipWhitespace(text, ref position);
                        items.Add(ReadValue(text, ref position, depth + 1));
                        SkipWhitespace(text, ref position);
                        if (Peek(text, position) == ',')
                        {
                            position++;
                            continue;
                        }

                        Expect(text, ref position, ']');
                        return JsonValue.Create(items, start);
                    }

                case '"':
                    return JsonValue.Create(ReadString(text, ref position), start);
                case 't':
                    ExpectWord(text, ref position, "true");
                    return JsonValue.Create(true, start);
                case 'f':
                    ExpectWord(text, ref position, "false");
                    return JsonValue.Create(false, start);
                case 'n':
                    ExpectWord(text, ref position, "null");
                    return JsonValue.Create(null, start);
                default:
                    return JsonValue.Create(ReadNumber(text, ref position), start);
            }
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

        private static string ReadString(string text, ref int position)
        {
            Expect(text, ref position, '"');

            // Most strings hold no escape: taken whole, in one substring. The first escape starts the builder.
            var plainEnd = position;
            while (plainEnd < text.Length && text[plainEnd] != '"' && text[plainEnd] != '\\' && text[plainEnd] >= ' ')
            {
                plainEnd++;
            }

            if (plainEnd < text.Length && text[plainEnd] == '"')
            {
                var plain = text.Substring(position, plainEnd - position);
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
