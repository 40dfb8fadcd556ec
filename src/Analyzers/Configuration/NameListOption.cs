using System;
using System.Collections.Generic;

namespace Governance.Analyzers.Configuration
{
    /// <summary>
    /// The comma-separated lists of names and terms (<c>governance.pii.personal_words</c>,
    /// <c>governance.pii.allowed_names</c>). An entry may have several words, in any spelling (<c>tenant_id</c>,
    /// <c>tenant-id</c>, <c>TenantId</c>, <c>tenantId</c>, <c>tenant id</c>), and is matched the way names are read.
    /// An entry that could never match a field name is reported, not silently ignored.
    /// </summary>
    internal static class NameListOption
    {
        /// <summary>The entries of <paramref name="text"/>, trimmed; an empty one is given to <paramref name="reject"/> (value, reason).</summary>
        public static List<string> Split(string? text, Action<string, string> reject)
        {
            var entries = new List<string>();
            if (string.IsNullOrWhiteSpace(text))
            {
                return entries;
            }

            var reportedEmpty = false;
            foreach (var part in text!.Split(','))
            {
                var entry = part.Trim();
                if (entry.Length > 0)
                {
                    entries.Add(entry);
                }
                else if (!reportedEmpty)
                {
                    reject(text, "it has an empty entry (two commas in a row, or a comma at the end)");
                    reportedEmpty = true;
                }
            }

            return entries;
        }

        /// <summary>The names of <paramref name="text"/> that can match; each one that cannot is given to <paramref name="reject"/>.</summary>
        public static List<string> ReadNames(string? text, Action<string, string> reject)
        {
            var names = new List<string>();
            foreach (var entry in Split(text, reject))
            {
                if (WhyItCannotMatch(entry) is { } reason)
                {
                    reject(entry, reason);
                }
                else
                {
                    names.Add(entry);
                }
            }

            return names;
        }

        /// <summary>Why <paramref name="name"/> can never match a field name, or null when it can.</summary>
        public static string? WhyItCannotMatch(string name)
        {
            var hasWord = false;
            foreach (var c in name)
            {
                if (char.IsLetterOrDigit(c))
                {
                    hasWord = true;
                }
                else if (c is not ('_' or '-' or '.' or ' '))
                {
                    return "'" + c + "' cannot appear in a field name (words are separated by '_', '-', '.', spaces or capitals)";
                }
            }

            return hasWord ? null : "it has no letters or digits, so it can never match a field name";
        }
    }
}
