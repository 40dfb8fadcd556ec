using System.Text;

namespace Governance
{
    /// <summary>
    /// Declared text (purposes, descriptions, names, addresses) as the notice and the description write it: exactly as
    /// declared, never re-cased, shortened or completed. Only its layout is adapted.
    /// </summary>
    internal static class DeclaredText
    {
        /// <summary>The text on one line: line breaks and other control characters become spaces, outer spaces go.</summary>
        public static string OneLine(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(char.IsControl(c) ? ' ' : c);
            }

            return builder.ToString().Trim();
        }
    }
}
