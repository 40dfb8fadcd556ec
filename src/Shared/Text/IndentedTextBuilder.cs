using System.Text;

namespace Governance.CodeAnalysis.Text
{
    /// <summary>
    /// Builds generated text line by line with four-space indentation and '\n' line endings, so that output is
    /// identical on every machine. Cheaper than building syntax trees and normalising whitespace. The text lives in a
    /// cached builder (<see cref="StringBuilderCache"/>): finish with <see cref="ToStringAndRelease"/>.
    /// </summary>
    internal sealed class IndentedTextBuilder
    {
        private readonly StringBuilder _builder;
        private int _indent;

        public IndentedTextBuilder()
            : this(StringBuilderCache.Acquire())
        {
        }

        /// <param name="capacity">The expected length, so that a large text (the manifest) never grows chunk by chunk.</param>
        public IndentedTextBuilder(int capacity)
            : this(StringBuilderCache.Acquire(capacity))
        {
        }

        private IndentedTextBuilder(StringBuilder builder)
        {
            _builder = builder;
        }

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
        /// Starts a line whose parts the caller appends straight to the returned builder (no concatenated string of its
        /// own), then ends it with <see cref="EndLine"/>.
        /// </summary>
        public StringBuilder StartLine() => _builder.Append(' ', _indent * 4);

        public IndentedTextBuilder EndLine()
        {
            _builder.Append('\n');
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
            _builder.Append(' ', _indent * 4).Append('}').Append(suffix).Append('\n');
            return this;
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

        /// <summary>The text, with the builder given back for the next file; this instance must not be used afterwards.</summary>
        public string ToStringAndRelease() => StringBuilderCache.ToStringAndRelease(_builder);
    }
}
