using System.Collections.Generic;
using System.Text;

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
            var current = new StringBuilder();
            for (var i = 0; i < identifier.Length; i++)
            {
                var c = identifier[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(words, current);
                    continue;
                }

                if (current.Length > 0 && StartsNewWord(identifier, i))
                {
                    Flush(words, current);
                }

                current.Append(char.ToLowerInvariant(c));
            }

            Flush(words, current);
            return words;
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

        private static void Flush(List<string> words, StringBuilder current)
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
