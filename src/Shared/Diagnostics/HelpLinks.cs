namespace Governance.CodeAnalysis.Diagnostics
{
    /// <summary>
    /// Builds help links: every id links to its section of rules.md, whose anchor is the id in lower case
    /// (<c>#gov005</c>). The default document is the one in the repository at the package's project URL; a team can
    /// point the links at its own copy with <c>governance.help_base_url</c> (the analyzers' ConfiguredHelpLinks).
    /// </summary>
    internal static class HelpLinks
    {
        /// <summary>
        /// rules.md at the package's project URL. <see cref="PackageMetadata.ProjectUrl"/> is generated at build time
        /// from <c>PackageProjectUrl</c> (Directory.Build.props, by PackageMetadata.targets), so the links and the
        /// package metadata cannot disagree.
        /// </summary>
        public const string DefaultRulesDocument = PackageMetadata.ProjectUrl + "/blob/main/rules.md";

        /// <summary>The anchor of a rule's section in rules.md, without the '#'.</summary>
        public static string Anchor(string id) => id.ToLowerInvariant();

        /// <summary>The default help link of a rule.</summary>
        public static string For(string id) => For(id, DefaultRulesDocument);

        /// <summary>The help link of a rule in the rules document at <paramref name="rulesDocument"/>.</summary>
        public static string For(string id, string rulesDocument) => rulesDocument + "#" + Anchor(id);
    }
}
