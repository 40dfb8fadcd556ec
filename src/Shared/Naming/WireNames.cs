using System;

namespace Governance.CodeAnalysis.Naming
{
    /// <summary>The default wire name of a field: its property name in snake_case (<c>DurationMs</c> → <c>duration_ms</c>).</summary>
    internal static class WireNames
    {
        // Every field of every event goes through here (generator and analyzers): one pass, one string, no word list.
        public static string FromPropertyName(string propertyName)
        {
            // The words take at most every character, and the separators one fewer.
            Span<char> buffer = propertyName.Length <= 128 ? stackalloc char[256] : new char[propertyName.Length * 2];
            var length = IdentifierWords.WriteLowerCase(propertyName, buffer, '_');
            return length == 0 ? propertyName : buffer.Slice(0, length).ToString();
        }

        /// <summary>Whether <paramref name="wireName"/> is <paramref name="propertyName"/>'s default wire name, compared without building it.</summary>
        public static bool IsDefault(string wireName, string propertyName)
        {
            var matched = 0;
            var position = 0;
            var any = false;
            while (IdentifierWords.NextWord(propertyName, ref position, out var start, out var end))
            {
                if (any && (matched >= wireName.Length || wireName[matched++] != '_'))
                {
                    return false;
                }

                any = true;
                for (var i = start; i < end; i++)
                {
                    if (matched >= wireName.Length || wireName[matched++] != char.ToLowerInvariant(propertyName[i]))
                    {
                        return false;
                    }
                }
            }

            return any ? matched == wireName.Length : string.Equals(wireName, propertyName, StringComparison.Ordinal);
        }
    }
}
