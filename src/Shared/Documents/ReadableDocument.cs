using System.Collections.Generic;
using System.Text;

namespace Governance.CodeAnalysis.Documents
{
    /// <summary>
    /// A document for people to read, as blocks (headings, paragraphs, lists, tables) of plain text: written once,
    /// rendered as Markdown (<see cref="MarkdownDocumentRenderer"/>) and as a web page (<see cref="HtmlDocumentRenderer"/>),
    /// so the two never say different things. The text is held unescaped; each renderer escapes it for its format.
    /// </summary>
    internal sealed class ReadableDocument
    {
        private readonly List<DocumentBlock> _blocks = new List<DocumentBlock>();
        private readonly HashSet<string> _ids = new HashSet<string>(System.StringComparer.Ordinal);

        public ReadableDocument(string title)
        {
            Title = title;
            Heading(1, title);
        }

        /// <summary>The title: the first heading, and the web page's title.</summary>
        public string Title { get; }

        public IReadOnlyList<DocumentBlock> Blocks => _blocks;

        /// <summary>Adds a heading with an id made from its text, unique in the document.</summary>
        public void Heading(int level, string text)
        {
            var stem = Slug(text);
            var id = stem;
            for (var n = 2; !_ids.Add(id); n++)
            {
                id = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            _blocks.Add(new DocumentHeading(level, text, id));
        }

        public void Paragraph(params InlineText[] content) => _blocks.Add(new DocumentParagraph(content));

        public void Paragraph(string text) => Paragraph(InlineText.Plain(text));

        public DocumentList List()
        {
            var list = new DocumentList();
            _blocks.Add(list);
            return list;
        }

        public DocumentTable Table(params string[] headers)
        {
            var table = new DocumentTable(headers);
            _blocks.Add(table);
            return table;
        }

        /// <summary>Letters and digits, lower-cased, with one hyphen for each run of anything else (as GitHub makes its anchors, roughly).</summary>
        private static string Slug(string text)
        {
            var slug = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    slug.Append(char.ToLowerInvariant(c));
                }
                else if (slug.Length > 0 && slug[slug.Length - 1] != '-')
                {
                    slug.Append('-');
                }
            }

            var id = slug.ToString().TrimEnd('-');
            return id.Length == 0 ? "section" : id;
        }
    }
}
