namespace Governance.CodeAnalysis.Diagnostics
{
    /// <summary>Builds help links: every id links to its section of rules.md.</summary>
    internal static class HelpLinks
    {
        public const string RulesDocument = "https://github.com/governance-telemetry/governance/blob/main/rules.md";

        public static string For(string id) => RulesDocument + "#" + id.ToLowerInvariant();
    }
}
