using System.Globalization;
using System.Text;

namespace Governance.CodeAnalysis.Model
{
    /// <summary>Names of generated files and types, shared by the generator, the build task and the tests.</summary>
    internal static class GeneratedNames
    {
        /// <summary>The namespace of the generated manifest class.</summary>
        public const string ManifestNamespace = "Governance.Generated";

        /// <summary>The generated class whose constants hold the manifest and the privacy document.</summary>
        public const string ManifestClassName = "TelemetryManifest";

        /// <summary>The constant holding the JSON manifest.</summary>
        public const string ManifestJsonConstant = "Json";

        /// <summary>The constant holding the Markdown privacy document.</summary>
        public const string PrivacyMarkdownConstant = "Markdown";

        /// <summary>The hint name of the manifest file.</summary>
        public const string ManifestHintName = "Governance.TelemetryManifest.g.cs";

        /// <summary>The static property the generator adds to every event type.</summary>
        public const string DescriptorPropertyName = "TelemetryDescriptor";

        /// <summary>
        /// A file name for an event type: ASCII letters, digits, dots and '+' (nesting) kept; every other character written as
        /// <c>_XXXX</c> (its UTF-16 code in hex) so that distinct type names never share a file.
        /// </summary>
        public static string HintNameFor(string typeDisplayName)
        {
            var builder = new StringBuilder("Governance.", typeDisplayName.Length + 24);
            foreach (var c in typeDisplayName)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '+')
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('_').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
            }

            return builder.Append(".g.cs").ToString();
        }
    }
}
