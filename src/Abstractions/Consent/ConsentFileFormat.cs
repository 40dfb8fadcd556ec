using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Governance
{
    /// <summary>
    /// The consent file: a small flat JSON object, written and read here without a JSON library so the runtime keeps
    /// no dependencies. Reading is tolerant: unknown keys are ignored, and anything unreadable is reported as a
    /// <see cref="FormatException"/> for the store to treat as "no decision".
    /// </summary>
    internal static class ConsentFileFormat
    {
        public static string Write(ConsentRecord record)
        {
            var builder = new StringBuilder();
            builder.Append("{\n");
            builder.Append("  \"decision\": ").Append(Quote(DecisionName(record.Decision))).Append(",\n");
            builder.Append("  \"decidedAt\": ").Append(Quote(FormatDate(record.DecidedAt))).Append(",\n");
            builder.Append("  \"noticeShownAt\": ").Append(Quote(FormatDate(record.NoticeShownAt))).Append(",\n");
            builder.Append("  \"installationKey\": ").Append(Quote(record.InstallationKey)).Append('\n');
            builder.Append("}\n");
            return builder.ToString();
        }

        public static ConsentRecord Read(string text)
        {
            var values = ParseFlatObject(text);
            var decision = values.TryGetValue("decision", out var name) ? ParseDecision(name) : ConsentState.Undecided;
            return new ConsentRecord(
                decision,
                ParseDate(values, "decidedAt"),
                ParseDate(values, "noticeShownAt"),
                values.TryGetValue("installationKey", out var key) && IsValidKey(key) ? key : null);
        }

        private static bool IsValidKey(string? key)
        {
            if (string.IsNullOrEmpty(key))
            {
                return false;
            }

            try
            {
                return Convert.FromBase64String(key).Length >= 16;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        private static string DecisionName(ConsentState decision) => decision switch
        {
            ConsentState.OptedIn => "optedIn",
            ConsentState.OptedOut => "optedOut",
            _ => "undecided",
        };

        private static ConsentState ParseDecision(string? name) => name switch
        {
            "optedIn" => ConsentState.OptedIn,
            "optedOut" => ConsentState.OptedOut,
            _ => ConsentState.Undecided,
        };

        private static string? FormatDate(DateTimeOffset? value) => value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static DateTimeOffset? ParseDate(Dictionary<string, string?> values, string key)
        {
            return values.TryGetValue(key, out var text) && text is not null
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
                ? value
                : (DateTimeOffset?)null;
        }

        private static string Quote(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                if (c == '"' || c == '\\')
                {
                    builder.Append('\\').Append(c);
                }
                else if (c < ' ')
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>Parses <c>{ "key": "string" | null | true | false | number, ... }</c>; nested values are rejected.</summary>
        private static Dictionary<string, string?> ParseFlatObject(string text)
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            var i = 0;
            SkipWhitespace(text, ref i);
            Expect(text, ref i, '{');
            SkipWhitespace(text, ref i);
            if (Peek(text, i) == '}')
            {
                i++;
            }
            else
            {
                while (true)
                {
                    SkipWhitespace(text, ref i);
                    var key = ReadString(text, ref i);
                    SkipWhitespace(text, ref i);
                    Expect(text, ref i, ':');
                    SkipWhitespace(text, ref i);
                    values[key] = ReadValue(text, ref i);
                    SkipWhitespace(text, ref i);
                    if (Peek(text, i) == ',')
                    {
                        i++;
                        continue;
                    }

                    Expect(text, ref i, '}');
                    break;
                }
            }

            SkipWhitespace(text, ref i);
            if (i != text.Length)
            {
                throw new FormatException("Unexpected text after the consent record.");
            }

            return values;
        }

        private static string? ReadValue(string text, ref int i)
        {
            if (Peek(text, i) == '"')
            {
                return ReadString(text, ref i);
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' || text[i] == '.' || text[i] == '+'))
            {
                i++;
            }

            var literal = text.Substring(start, i - start);
            if (literal.Length == 0)
            {
                throw new FormatException("Expected a value at position " + start.ToString(CultureInfo.InvariantCulture) + ".");
            }

            return literal == "null" ? null : literal;
        }

        private static string ReadString(string text, ref int i)
        {
            Expect(text, ref i, '"');
            var builder = new StringBuilder();
            while (true)
            {
                if (i >= text.Length)
                {
                    throw new FormatException("Unterminated string in the consent record.");
                }

                var c = text[i++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (i >= text.Length)
                {
                    throw new FormatException("Unterminated escape in the consent record.");
                }

                var escaped = text[i++];
                switch (escaped)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'u':
                        if (i + 4 > text.Length || !int.TryParse(text.Substring(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                        {
                            throw new FormatException("Bad \\u escape in the consent record.");
                        }

                        builder.Append((char)code);
                        i += 4;
                        break;
                    default:
                        throw new FormatException("Bad escape in the consent record.");
                }
            }
        }

        private static void SkipWhitespace(string text, ref int i)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        private static char Peek(string text, int i) => i < text.Length ? text[i] : '\0';

        private static void Expect(string text, ref int i, char expected)
        {
            if (Peek(text, i) != expected)
            {
                throw new FormatException("Expected '" + expected + "' at position " + i.ToString(CultureInfo.InvariantCulture) + " of the consent record.");
            }

            i++;
        }
    }
}
