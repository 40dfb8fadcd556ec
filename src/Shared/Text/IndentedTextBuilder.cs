using System.Text;

namespace Governance.CodeAnalysis.Text
{
    /// <summary>
    /// Builds generated text line by line with four-space indentation and '\n' line endings, so that output is
    /// identical on every machine. Cheaper than building syntax trees and normalising whitespace.
    /// </summary>
    internal sealed class IndentedTextBuilder
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public IndentedTextBuilder Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4).Append(text);
            }

            _builder.Append('\n');
            return this;
        }

        /// <summary>
        /// A line of <paramref name="prefix"/>, what <paramref name="writeMiddle"/> writes of <paramref name="state"/>, and
        /// <paramref name="suffix"/>: a long middle (the manifest's literal) goes straight into the text, with no copy of its own.
        /// </summary>
        public IndentedTextBuilder Line<TState>(string prefix, TState state, System.Action<StringBuilder, TState> writeMiddle, string suffix)
        {
            _builder.Append(' ', _indent * 4).Append(prefix);
            writeMiddle(_builder, state);
            _builder.Append(suffix).Append('\n');
            return this;
        }

        public IndentedTextBuilder Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
            return this;
        }

        public IndentedTextBuilder Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        public IndentedTextBuilder Indent()
        {
            _indent++;
            return this;
        }

        public IndentedTextBuilder Outdent()
        {
            _indent--;
            return this;
        }

        public override string ToString() => _builder.ToString();
    }
}
