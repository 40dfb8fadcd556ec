using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Configuration;

/// <summary>
/// governance.pii.personal_words and governance.pii.allowed_names: entries of several words in any spelling, matched
/// the way the built-in terms are, and a GOV090 for every entry that could never match a field name.
/// </summary>
public sealed class PrivacyOptionsTests
{
    private const string Event = """
        [TelemetryEvent("app.badge_scanned", Purpose = "Learn how often badges are scanned at each door.", RetentionDays = 30, Consent = Consent.OptIn)]

        """;

    private static DiagnosticResult Gov010(int location) => new DiagnosticResult("GOV010", DiagnosticSeverity.Warning).WithLocation(location);

    private static DiagnosticResult Gov090(string key, string value, string reason) =>
        new DiagnosticResult("GOV090", DiagnosticSeverity.Warning).WithMessage($"The value '{value}' of option '{key}' is not valid: {reason}; the entry is ignored");

    [Fact]
    public async Task Personal_words_of_several_words_match_in_any_spelling()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record BadgeScanned
            {
                [TelemetryField("The badge, as printed on it.")] public string {|#0:BadgeNumber|} { get; init; } = "";
                [TelemetryField("The badge, as the reader sends it.", Name = "badgeno")] public string {|#1:Scanned|} { get; init; } = "";
                [TelemetryField("The badge, hashed by the reader.")] public string {|#2:badge_number_hash|} { get; init; } = "";
                [TelemetryField("Where the person's costs are booked.")] public string {|#3:CostCentre|} { get; init; } = "";
                [TelemetryField("Where the person's costs are booked, as a code.")] public string {|#4:cost_centre_code|} { get; init; } = "";
                [TelemetryField("Since when the person has been a member.")] public string {|#5:memberSince|} { get; init; } = "";
                [TelemetryField("The OAuth application that scanned the badge.")] public string {|#6:ClientId|} { get; init; } = "";
                [TelemetryField("How many badges were scanned.")] public int BadgeNumberCount { get; init; }
            }
            """,
            "governance.pii.personal_words = badge-number:identifier, CostCentre, member since, client_id:identifier",
            Gov010(0).WithArguments("BadgeNumber", "app.badge_scanned", "an organisation-specific personal term", "'badge number'", "not classified", "Identifier"),
            Gov010(1).WithArguments("Scanned", "app.badge_scanned", "an organisation-specific personal term", "'badge number'", "not classified", "Identifier"),
            Gov010(2).WithArguments("badge_number_hash", "app.badge_scanned", "an organisation-specific personal term", "'badge number hash'", "not classified", "Identifier"),
            Gov010(3).WithArguments("CostCentre", "app.badge_scanned", "an organisation-specific personal term", "'cost centre'", "not classified", "Personal"),
            Gov010(4).WithArguments("cost_centre_code", "app.badge_scanned", "an organisation-specific personal term", "'cost centre'", "not classified", "Personal"),
            Gov010(5).WithArguments("memberSince", "app.badge_scanned", "an organisation-specific personal term", "'member since'", "not classified", "Personal"),
            Gov010(6).WithArguments("ClientId", "app.badge_scanned", "an organisation-specific personal term", "'client id'", "not classified", "Identifier"));
    }

    [Fact]
    public async Task Allowed_names_of_several_words_match_in_any_spelling_for_both_name_rules()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record BadgeScanned
            {
                [TelemetryField("The shared mailbox the scan report goes to.")] public string SecurityDeskEmail { get; init; } = "";
                [TelemetryField("The shared mailbox, again.", Name = "securityDeskEmail")] public string Mailbox { get; init; } = "";
                [TelemetryField("The shared mailbox's address.")] public string {|#0:SecurityDeskEmailAddress|} { get; init; } = "";
                [TelemetryField("A fixed message key from the resource file.")] public string status_message { get; init; } = "";
                [TelemetryField("A fixed message key, glued.")] public string statusmessage { get; init; } = "";
            }
            """,
            "governance.pii.allowed_names = security-desk email, StatusMessage",
            Gov010(0).WithArguments("SecurityDeskEmailAddress", "app.badge_scanned", "an e-mail address", "'email address'", "not classified", "Personal"));
    }

    [Theory]
    [InlineData("governance.pii.personal_words", "badge_number, , member_since", "badge_number, , member_since", "it has an empty entry (two commas in a row, or a comma at the end)")]
    [InlineData("governance.pii.allowed_names", "SupportEmail,", "SupportEmail,", "it has an empty entry (two commas in a row, or a comma at the end)")]
    [InlineData("governance.pii.personal_words", "badge+number", "badge+number", "'+' cannot appear in a field name (words are separated by '_', '-', '.', spaces or capitals)")]
    [InlineData("governance.pii.allowed_names", "desk@example.org", "desk@example.org", "'@' cannot appear in a field name (words are separated by '_', '-', '.', spaces or capitals)")]
    [InlineData("governance.pii.personal_words", "__:identifier", "__:identifier", "it has no letters or digits, so it can never match a field name")]
    [InlineData("governance.pii.personal_words", ":sensitive", ":sensitive", "it has no letters or digits, so it can never match a field name")]
    [InlineData("governance.pii.allowed_names", "- -", "- -", "it has no letters or digits, so it can never match a field name")]
    public async Task An_entry_that_can_never_match_is_reported_by_name(string key, string text, string value, string reason)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record BadgeScanned
            {
                [TelemetryField("Which door the badge was scanned at.")] public string Door { get; init; } = "";
            }
            """,
            key + " = " + text,
            Gov090(key, value, reason));
    }

    [Fact]
    public async Task The_other_entries_of_a_list_with_a_bad_one_still_apply()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record BadgeScanned
            {
                [TelemetryField("The badge, as printed on it.")] public string {|#0:BadgeNumber|} { get; init; } = "";
                [TelemetryField("The shared mailbox the scan report goes to.")] public string SecurityDeskEmail { get; init; } = "";
            }
            """,
            "governance.pii.personal_words = badge number, e-mail@work\ngovernance.pii.allowed_names = ?, SecurityDeskEmail",
            Gov010(0).WithArguments("BadgeNumber", "app.badge_scanned", "an organisation-specific personal term", "'badge number'", "not classified", "Personal"),
            Gov090("governance.pii.personal_words", "e-mail@work", "'@' cannot appear in a field name (words are separated by '_', '-', '.', spaces or capitals)"),
            Gov090("governance.pii.allowed_names", "?", "'?' cannot appear in a field name (words are separated by '_', '-', '.', spaces or capitals)"));
    }
}
