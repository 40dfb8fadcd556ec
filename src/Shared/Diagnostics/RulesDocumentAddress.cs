using System;

namespace Governance.CodeAnalysis.Diagnostics
{
    /// <summary>
    /// The option <c>governance.help_base_url</c>, read one way for the analyzers (ConfiguredHelpLinks) and the build
    /// task's expiry check, so a diagnostic links to the same document whichever of them reports it.
    /// </summary>
    internal static class RulesDocumentAddress
    {
        public const string Key = "governance.help_base_url";

        /// <summary>
        /// The address of the rules document that <paramref name="configured"/> names; the default document when it is
        /// absent or is not an absolute http, https or file address without a fragment (then <paramref name="problem"/>
        /// says why).
        /// </summary>
        public static string Read(string? configured, out string? problem)
        {
            problem = null;
            if (string.IsNullOrWhiteSpace(configured))
            {
                return HelpLinks.DefaultRulesDocument;
            }

            var address = configured!.Trim();
            // The scheme must be written: on Unix, Uri also reads a bare path ("/docs/rules.md") as a file address.
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https" && uri.Scheme != "file")
                || !address.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase))
            {
                problem = "expected an absolute http, https or file address of the rules document";
                return HelpLinks.DefaultRulesDocument;
            }

            if (address.IndexOf('#') >= 0)
            {
                problem = "expected the address of the document without a '#' fragment: each rule adds its own ('#gov005')";
                return HelpLinks.DefaultRulesDocument;
            }

            return address;
        }
    }
}
