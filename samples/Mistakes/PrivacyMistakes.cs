using System;
using Governance;

namespace Mistakes;

// Personal-data mistakes: each line's comment names the rule it breaks. See rules.md for why each rule exists.

[TelemetryEvent("app.profile_saved", Purpose = "Learn which profile fields people fill in, to simplify the form.",
    RetentionDays = 30, Consent = Consent.OptOut, Access = DataAccess.Public)] // GOV014: public, but not anonymous
public partial record ProfileSaved
{
    [TelemetryField("The address the receipt goes to.")]
    public string EmailAddress { get; init; } = ""; // GOV010: looks like an e-mail address, not classified

    [TelemetryField("What the user wrote about the form.", DataClass = DataClass.Personal)]
    public string? Comment { get; init; } // GOV011: personal data in an opt-out event

    [TelemetryField("What went wrong, if anything.")]
    public string? ErrorMessage { get; init; } // GOV013: free text can carry anything

    [TelemetryField("The workspace's label.")]
    public string Label { get; init; } = "";
}

public static class ProfileTelemetry
{
    public static ProfileSaved Saved() => new() { Label = $"workspace of {Environment.UserName}" }; // GOV012: the user's name flows into a Technical field
}
