using System.Globalization;
using System.Text;

namespace Governance.CodeAnalysis.Text
{
    /// <summary>
    /// Writes C# literals and identifiers for generated code. Strings keep printable ASCII as is, write line breaks
    /// and tabs as their short escapes (the manifest constants are mostly lines: short escapes keep them small and
    /// quick to lex) and everything else as <c>\uXXXX</c>, so no input (quotes, newlines, <c>*/</c>, lone surrogates)
    /// can end the literal early or depend on the file's encoding.
    /// </summary>
    internal static class CSharpLiteral
    {
        public static string String(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            return StringBuilderCache.ToStringAndRelease(AppendString(StringBuilderCache.Acquire(value.Length + 8), value));
        }

        /// <summary>
        /// Appends <see cref="String"/>'s literal to <paramref name="builder"/>: a long value (the manifest) is then
        /// escaped straight into the file being written instead of into a string of its own first.
        /// </summary>
        public static StringBuilder AppendString(StringBuilder builder, string? value)
        {
            if (value is null)
            {
                return builder.Append("null");
            }

            builder.Append('"');
            var run = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (!IsPlain(value[i]))
                {
                    // Plain characters go in runs: most text has nothing to escape, and one Append per character was slow.
                    builder.Append(value, run, i - run);
                    AppendEscaped(builder, value[i]);
                    run = i + 1;
                }
            }

            return builder.Append(value, run, value.Length - run).Append('"');
        }

        [System.ThreadStatic]
        private static char[]? t_block;

        /// <summary>
        /// <see cref="AppendString(StringBuilder, string)"/> for a text still in a builder (the manifest's JSON, about
        /// 2 MB at a thousand events), so that it never becomes a string of its own.
        /// </summary>
        public static StringBuilder AppendString(StringBuilder builder, StringBuilder value)
        {
            builder.Append('"');
            var block = t_block ??= new char[4096]; // one per thread: each event's declaration comes through here too
            for (var start = 0; start < value.Length; start += block.Length)
            {
                var count = System.Math.Min(block.Length, value.Length - start);
                value.CopyTo(start, block, 0, count);
                var run = 0;
                for (var i = 0; i < count; i++)
                {
                    if (!IsPlain(block[i]))
                    {
                        builder.Append(block, run, i - run);
                        AppendEscaped(builder, block[i]);
                        run = i + 1;
                    }
                }

                builder.Append(block, run, count - run);
            }

            return builder.Append('"');
        }

        /// <summary>Printable ASCII other than the quote and the backslash: written as it is.</summary>
        private static bool IsPlain(char c) => c >= ' ' && c <= '~' && c != '"' && c != '\\';

        private static void AppendEscaped(StringBuilder builder, char c)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c >= ' ' && c <= '~')
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        public static string Int32(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Prefixes <c>@</c> to names that are C# keywords, so that <c>@class</c> can be a member name.</summary>
        public static string Identifier(string name) => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;
    }
}
