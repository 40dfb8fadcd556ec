using System.Collections.Generic;
using System.Text;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Documents
{
    /// <summary>
    /// Renders a <see cref="ReadableDocument"/> as Markdown (CommonMark with GitHub's tables): every text run escaped
    /// (<see cref="MarkdownText"/>), so declared text renders as written and cannot inject markup.
    /// </summary>
    internal static class MarkdownDocumentRenderer
    {
        public static string Render(ReadableDocument document)
        {
            var text = new StringBuilder();
            var first = true;
            foreach (var block in document.Blocks)
            {
                if (!first)
                {
                    text.Append('\n');
                }

                first = false;
                switch (block)
                {
                    case DocumentHeading heading:
                        text.Append('#', heading.Level).Append(' ').Append(MarkdownText.Escape(heading.Text)).Append('\n');
                        break;
                    case DocumentParagraph paragraph:
                        text.Append(Inline(paragraph.Content)).Append('\n');
                        break;
                    case DocumentList list:
                        WriteList(text, list, 0);
                        break;
                    case DocumentTable table:
                        WriteTable(text, table);
                        break;
                }
            }

            return text.ToString();
        }

        private static void WriteList(StringBuilder text, DocumentList list, int depth)
        {
            foreach (var item in list.Items)
            {
                text.Append(' ', depth * 2).Append("- ").Append(Inline(item.Content)).Append('\n');
                if (item.Children is { } children)
                {
                    WriteList(text, children, depth + 1);
                }
            }
        }

        private static void WriteTable(StringBuilder text, DocumentTable table)
        {
            WriteRow(text, table.Headers);
            text.Append('|');
            for (var i = 0; i < table.Headers.Count; i++)
            {
                text.Append("---|");
            }

            text.Append('\n');
            foreach (var row in table.Rows)
            {
                WriteRow(text, row);
            }
        }

        private static void WriteRow(StringBuilder text, IReadOnlyList<string> cells)
        {
            text.Append('|');
            foreach (var cell in cells)
            {
                text.Append(' ').Append(MarkdownText.Escape(cell)).Append(" |");
            }

            text.Append('\n');
        }

        private static string Inline(IReadOnlyList<InlineText> content)
        {
            var text = new StringBuilder();
            foreach (var run in content)
            {
                switch (run.Kind)
                {
                    case InlineKind.Strong:
                        text.Append("**").Append(MarkdownText.Escape(run.Text)).Append("**");
                        break;
                    case InlineKind.Code:
                        // Commands and variables, ours or declared: shown exactly as written.
                        text.Append(MarkdownText.CodeSpan(run.Text));
                        break;
                    case InlineKind.Link:
                        // An autolink: the address is shown as written and nothing in it is read as Markdown.
                        text.Append('<').Append(run.Text).Append('>');
                        break;
                    default:
                        text.Append(MarkdownText.Escape(run.Text));
                        break;
                }
            }

            return text.ToString();
        }
    }
}
