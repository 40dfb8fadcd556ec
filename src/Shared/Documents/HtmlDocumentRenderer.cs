using System.Collections.Generic;
using System.Text;

namespace Governance.CodeAnalysis.Documents
{
    /// <summary>
    /// Renders a <see cref="ReadableDocument"/> as one self-contained web page: inline styles, no scripts, no external
    /// resources, readable on a phone (viewport meta, tables that scroll sideways on their own). Every text run is
    /// escaped, so declared text shows as written and cannot inject markup.
    /// </summary>
    internal static class HtmlDocumentRenderer
    {
        // System fonts only: a published page must not fetch anything.
        private const string Style =
            "body{margin:0;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;color:#1f2328;background:#fff}"
            + "main{max-width:52rem;margin:0 auto;padding:1rem}"
            + "h1{font-size:1.75rem;line-height:1.25}h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid #d0d7de}h3{font-size:1.1rem;margin-top:1.5rem}"
            + "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f6f8fa;padding:0 .2em;border-radius:4px}"
            + "a{color:#0969da;overflow-wrap:anywhere}"
            + ".table{overflow-x:auto}table{border-collapse:collapse;margin:.5rem 0}"
            + "th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}"
            + "@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}th,code{background:#161b22}th,td,h2{border-color:#30363d}a{color:#4493f8}}";

        public static string Render(ReadableDocument document)
        {
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<title>").Append(Escape(document.Title)).Append("</title>\n")
                .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case DocumentHeading heading:
                        var level = heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        html.Append("<h").Append(level).Append(" id=\"").Append(Escape(heading.Id)).Append("\">")
                            .Append(Escape(heading.Text)).Append("</h").Append(level).Append(">\n");
                        break;
                    case DocumentParagraph paragraph:
                        html.Append("<p>");
                        Inline(html, paragraph.Content);
                        html.Append("</p>\n");
                        break;
                    case DocumentList list:
                        WriteList(html, list);
                        break;
                    case DocumentTable table:
                        WriteTable(html, table);
                        break;
                }
            }

            html.Append("</main>\n</body>\n</html>\n");
            return html.ToString();
        }

        private static void WriteList(StringBuilder html, DocumentList list)
        {
            html.Append("<ul>\n");
            foreach (var item in list.Items)
            {
                html.Append("<li>");
                Inline(html, item.Content);
                if (item.Children is { } children)
                {
                    html.Append('\n');
                    WriteList(html, children);
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        private static void WriteTable(StringBuilder html, DocumentTable table)
        {
            html.Append("<div class=\"table\"><table>\n<thead><tr>");
            foreach (var header in table.Headers)
            {
                html.Append("<th scope=\"col\">").Append(Escape(header)).Append("</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append("<td>").Append(Escape(cell)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table></div>\n");
        }

        private static void Inline(StringBuilder html, IReadOnlyList<InlineText> content)
        {
            foreach (var run in content)
            {
                switch (run.Kind)
                {
                    case InlineKind.Strong:
                        html.Append("<strong>").Append(Escape(run.Text)).Append("</strong>");
                        break;
                    case InlineKind.Code:
                        html.Append("<code>").Append(Escape(run.Text)).Append("</code>");
                        break;
                    case InlineKind.Link:
                        html.Append("<a href=\"").Append(Escape(run.Text)).Append("\">").Append(Escape(run.Text)).Append("</a>");
                        break;
                    default:
                        html.Append(Escape(run.Text));
                        break;
                }
            }
        }

        /// <summary>Text as HTML shows it, in element content and in quoted attributes: one line, markup characters as entities.</summary>
        private static string Escape(string value)
        {
            var text = new StringBuilder(value.Length + 8);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '&': text.Append("&amp;"); break;
                    case '<': text.Append("&lt;"); break;
                    case '>': text.Append("&gt;"); break;
                    case '"': text.Append("&quot;"); break;
                    case '\'': text.Append("&#39;"); break;
                    default:
                        text.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
                        break;
                }
            }

            return text.ToString();
        }
    }
}
