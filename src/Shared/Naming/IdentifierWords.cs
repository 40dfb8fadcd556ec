using System;
using System.Collections.Generic;

namespace Governance.CodeAnalysis.Naming
{
    /// <summary>
    /// Splits identifiers into lower-case words: PascalCase, camelCase, snake_case, kebab-case and acronyms
    /// (<c>HTTPStatus</c> → http, status; <c>IPv4Address</c> → ipv4, address; <c>UserIDs</c> → user, ids).
    /// Digits stay with the word before them (<c>Sha256Hash</c> → sha256, hash).
    /// </summary>
    internal static class IdentifierWords
    {
        public static List<string> Split(string identifier)
        {
            var words = new List<string>();
            Span<char> buffer = identifier.Length <= 256 ? stackalloc char[256] : new char[identifier.Length];
            var position = 0;
            while (NextWord(identifier, ref position, out var start, out var end))
            {
                for (var i = start; i < end; i++)
                {
                    buffer[i - start] = char.ToLowerInvariant(identifier[i]);
                }

                words.Add(buffer.Slice(0, end - start).ToString());
            }

            return words;
        }

        /// <summary>
        /// Writes the identifier's words lower-cased into <paramref name="destination"/>, with <paramref name="separator"/>
        /// between them when one is given, and returns how many characters it wrote: the one loop behind a default wire
        /// name (<c>duration_ms</c>) and a name's letters run together (<c>durationms</c>), so neither builds a word list.
        /// <paramref name="destination"/> needs twice the identifier's length at most (the identifier's length without a separator).
        /// </summary>
        public static int WriteLowerCase(string identifier, Span<char> destination, char? separator)
        {
            var length = 0;
            var position = 0;
            while (NextWord(identifier, ref position, out var start, out var end))
            {
                if (length > 0 && separator is { } between)
                {
                    destination[length++] = between;
                }

                for (var i = start; i < end; i++)
                {
                    destination[length++] = char.ToLowerInvariant(identifier[i]);
                }
            }

            return length;
        }

        /// <summary>
        /// The next word of <paramref name="identifier"/> from <paramref name="position"/>, as the range
        /// [<paramref name="start"/>, <paramref name="end"/>) in its original case, without allocating; false at the end.
        /// </summary>
        public static bool NextWord(string identifier, ref int position, out int start, out int end)
        {
            while (position < identifier.Length && !char.IsLetterOrDigit(identifier[position]))
            {
                position++;
            }

            start = position;
            if (position >= identifier.Length)
            {
                end = position;
                return false;
            }

            position++;
            while (position < identifier.Length && char.IsLetterOrDigit(identifier[position]) && !StartsNewWord(identifier, position))
            {
                position++;
            }

            end = position;
            return true;
        }

        private static bool StartsNewWord(string s, int i)
        {
            var c = s[i];
            var previous = s[i - 1];
            if (char.IsUpper(c))
            {
                if (char.IsLower(previous) || char.IsDigit(previous))
                {
                    return true;
                }

                // End of an acronym: "HTTPStatus" splits before 'S' because a lower-case word follows. A single
                // lower-case letter that ends the identifier or precedes a digit or capital ("IDs", "IPv4") stays
                // with the acronym.
                return char.IsUpper(previous) && i + 1 < s.Length && char.IsLower(s[i + 1]) && !IsShortAcronymSuffix(s, i + 1);
            }

            return false;
        }

        private static bool IsShortAcronymSuffix(string s, int lowerIndex)
        {
            var next = lowerIndex + 1;
            return next >= s.Length || !char.IsLower(s[next]);
        }
    }
}
