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

            return AppendString(new StringBuilder(value.Length + 2), value).ToString();
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
            foreach (var c in value)
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

            return builder.Append('"');
        }

        public static string Int32(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Prefixes <c>@</c> to names that are C# keywords, so that <c>@class</c> can be a member name.</summary>
        public static string Identifier(string name) => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;
    }
}
