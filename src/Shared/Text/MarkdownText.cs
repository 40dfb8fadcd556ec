using System.Text;

namespace Governance.CodeAnalysis.Text
{
    /// <summary>
    /// Escapes declared text for the privacy document so that it renders as the text that was written: one line
    /// (line breaks and control characters become spaces, keeping tables intact), Markdown punctuation
    /// backslash-escaped, and <c>&lt; &gt; &amp;</c> as entities so no HTML can be injected.
    /// </summary>
    internal static class MarkdownText
    {
        public static string Escape(string value)
        {
            var builder = new StringBuilder(value.Length + 8);
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '\\':
                    case '`':
                    case '*':
                    case '[':
                    case ']':
                    case '|':
                    case '~':
                    case '#':
                        builder.Append('\\').Append(c);
                        break;
                    case '_':
                        // Inside a word (snake_case) an underscore cannot start emphasis; keep names readable.
                        if (IsWordChar(value, i - 1) && IsWordChar(value, i + 1))
                        {
                            builder.Append(c);
                        }
                        else
                        {
                            builder.Append("\\_");
                        }

                        break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '&': builder.Append("&amp;"); break;
                    default:
                        builder.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// A code span that shows <paramref name="value"/> exactly (declared commands and variables): nothing inside a
        /// code span is read as Markdown or HTML, so only line breaks and control characters (which would end the line)
        /// become spaces, and the span is fenced with one backtick more than the longest run of backticks inside.
        /// </summary>
        public static string CodeSpan(string value)
        {
            var content = new StringBuilder(value.Length);
            int run = 0, longest = 0;
            foreach (var c in value)
            {
                run = c == '`' ? run + 1 : 0;
                longest = run > longest ? run : longest;
                content.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
            }

            var fence = new string('`', longest + 1);
            // A span that starts or ends with a backtick needs a space inside its fence; CommonMark strips one each side.
            var pad = content.Length > 0 && (content[0] == '`' || content[content.Length - 1] == '`' || (content[0] == ' ' && content[content.Length - 1] == ' ')) ? " " : string.Empty;
            return fence + pad + content + pad + fence;
        }

        private static bool IsWordChar(string value, int index) => index >= 0 && index < value.Length && char.IsLetterOrDigit(value[index]);
    }
}
