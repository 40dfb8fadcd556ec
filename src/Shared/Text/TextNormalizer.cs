using System.Text;

namespace Governance.CodeAnalysis.Text
{
    /// <summary>
    /// Makes declared text safe to carry everywhere: lone UTF-16 surrogates (which no UTF-8 file or JSON parser can
    /// represent) become U+FFFD. Everything else is kept as written; each writer escapes for its own format.
    /// </summary>
    internal static class TextNormalizer
    {
        public static string Normalize(string value)
        {
            StringBuilder? builder = null;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var lone = char.IsHighSurrogate(c)
                    ? i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])
                    : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
                if (lone)
                {
                    builder ??= new StringBuilder(value, 0, i, value.Length);
                    builder.Append('\uFFFD');
                }
                else
                {
                    builder?.Append(c);
                }
            }

            return builder?.ToString() ?? value;
        }
    }
}
