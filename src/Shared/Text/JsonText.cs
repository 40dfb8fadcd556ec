using System.Globalization;
using System.Text;

namespace Governance.CodeAnalysis.Text
{
    /// <summary>
    /// A small JSON writer with a fixed layout (two-space indent, '\n', no trailing spaces; or compact, with no
    /// whitespace at all) so that the same manifest is the same bytes everywhere. Strings escape quotes, backslashes, control characters, the HTML
    /// characters <c>&lt; &gt; &amp;</c> and U+2028/U+2029, so the JSON is safe to embed in a web page, and every
    /// surrogate, so the output stays ASCII-clean around astral characters.
    /// </summary>
    internal sealed class JsonText
    {
        private readonly StringBuilder _builder;
        private readonly bool _indented;
        private int _depth;
        private bool _needsComma;

        /// <param name="indented">Indented, ending with a line break; otherwise compact (what is compiled into assemblies).</param>
        public JsonText(bool indented = true)
            : this(new StringBuilder(), indented)
        {
        }

        /// <summary>Writes into <paramref name="builder"/>, which the caller reads (a large text need not become a string).</summary>
        public JsonText(StringBuilder builder, bool indented)
        {
            _builder = builder;
            _indented = indented;
        }

        public JsonText StartObject(string? propertyName = null) => Start(propertyName, '{');

        public JsonText EndObject() => End('}');

        public JsonText StartArray(string? propertyName = null) => Start(propertyName, '[');

        public JsonText EndArray() => End(']');

        public JsonText String(string propertyName, string? value)
        {
            Property(propertyName);
            AppendString(value);
            return this;
        }

        /// <summary>A string as an array item, or null.</summary>
        public JsonText String(string? value)
        {
            Item();
            AppendString(value);
            return this;
        }

        public JsonText Number(string propertyName, int value)
        {
            Property(propertyName);
            _builder.Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        public JsonText Boolean(string propertyName, bool value)
        {
            Property(propertyName);
            _builder.Append(value ? "true" : "false");
            return this;
        }

        /// <summary>A Boolean as an array item.</summary>
        public JsonText Boolean(bool value)
        {
            Item();
            _builder.Append(value ? "true" : "false");
            return this;
        }

        /// <summary>A number as an array item.</summary>
        public JsonText Number(int value)
        {
            Item();
            _builder.Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        public override string ToString() => _indented ? _builder.ToString() + "\n" : _builder.ToString();

        private JsonText Start(string? propertyName, char bracket)
        {
            if (propertyName is null)
            {
                Item();
            }
            else
            {
                Property(propertyName);
            }

            _builder.Append(bracket);
            _depth++;
            _needsComma = false;
            return this;
        }

        private JsonText End(char bracket)
        {
            var empty = _builder[_builder.Length - 1] == '{' || _builder[_builder.Length - 1] == '[';
            _depth--;
            if (!empty && _indented)
            {
                NewLine();
            }

            _builder.Append(bracket);
            _needsComma = true;
            return this;
        }

        private void Property(string name)
        {
            Item();
            AppendString(name);
            _builder.Append(_indented ? ": " : ":");
        }

        private void Item()
        {
            if (_needsComma)
            {
                _builder.Append(',');
            }

            if (_depth > 0 && _indented)
            {
                NewLine();
            }

            _needsComma = true;
        }

        private void NewLine() => _builder.Append('\n').Append(' ', _depth * 2);

        private void AppendString(string? value)
        {
            if (value is null)
            {
                _builder.Append("null");
                return;
            }

            _builder.Append('"');
            AppendEscaped(_builder, value);
            _builder.Append('"');
        }

        private static void AppendEscaped(StringBuilder builder, string value)
        {
            var run = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (NeedsEscape(c))
                {
                    // Characters that need nothing go in runs: one Append per character was most of writing a large manifest.
                    builder.Append(value, run, i - run);
                    AppendEscapedCharacter(builder, c);
                    run = i + 1;
                }
            }

            builder.Append(value, run, value.Length - run);
        }

        private static bool NeedsEscape(char c) =>
            c < ' ' || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\u007F' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c);

        private static void AppendEscapedCharacter(StringBuilder builder, char c)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default: builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
            }
        }
    }
}
