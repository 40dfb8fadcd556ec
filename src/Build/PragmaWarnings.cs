using System;
using System.IO;

namespace Governance.Build
{
    /// <summary>
    /// Whether <c>#pragma warning disable</c> is in force for a diagnostic id at a place in a source file, read from the
    /// directives above it (<c>disable</c>/<c>restore</c> with a list of ids, or with none for every id), as the compiler
    /// applies them to analyzer diagnostics.
    /// </summary>
    internal static class PragmaWarnings
    {
        public static bool IsDisabled(string text, int offset, string id)
        {
            var disabled = false;
            using (var reader = new StringReader(text.Substring(0, Math.Min(offset, text.Length))))
            {
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    var directive = line.Trim();
                    if (!directive.StartsWith("#", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var words = directive.Substring(1).TrimStart();
                    if (!words.StartsWith("pragma", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    words = words.Substring("pragma".Length).TrimStart();
                    if (!words.StartsWith("warning", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    words = words.Substring("warning".Length).TrimStart();
                    bool disable;
                    if (words.StartsWith("disable", StringComparison.Ordinal))
                    {
                        disable = true;
                        words = words.Substring("disable".Length);
                    }
                    else if (words.StartsWith("restore", StringComparison.Ordinal))
                    {
                        disable = false;
                        words = words.Substring("restore".Length);
                    }
                    else
                    {
                        continue;
                    }

                    var comment = words.IndexOf("//", StringComparison.Ordinal);
                    var ids = (comment < 0 ? words : words.Substring(0, comment)).Split(',');
                    var all = ids.Length == 1 && ids[0].Trim().Length == 0;
                    foreach (var listed in ids)
                    {
                        if (all || string.Equals(listed.Trim(), id, StringComparison.OrdinalIgnoreCase))
                        {
                            disabled = disable;
                            break;
                        }
                    }
                }
            }

            return disabled;
        }
    }
}
