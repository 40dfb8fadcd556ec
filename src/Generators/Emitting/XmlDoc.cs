using System.Text;

namespace Governance.Generators.Emitting
{
    /// <summary>Escapes declared text for one line of an XML documentation comment.</summary>
    internal static class XmlDoc
    {
        public static string Escape(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '&': builder.Append("&amp;"); break;
                    default:
                        // A line break would end the comment; a surrogate or control character has no place in XML.
                        builder.Append(char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' ? ' ' : c);
                        break;
                }
            }

            return builder.ToString();
        }
    }
}
