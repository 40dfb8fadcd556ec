using Governance.CodeFixes;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class PersonalDataConsentRuleTests
{
    [Fact]
    public async Task Personal_data_in_an_opt_in_event_and_technical_data_in_an_opt_out_event_are_accepted()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent("app.feedback", Purpose = "Hear what people who chose to tell us think.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial record Feedback
            {
                [TelemetryField("The comment the user typed.", DataClass = DataClass.Personal)] public string? Comment { get; init; }
            }

            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started
            {
                [TelemetryField("Whether the start was warm.")] public bool Warm { get; init; }
                [TelemetryField("A hashed installation id.", DataClass = DataClass.Identifier)] public string Installation { get; init; } = "";
            }
            """);
    }

    [Fact]
    public async Task Personal_and_sensitive_fields_in_an_opt_out_event_are_reported_and_the_fix_requires_opt_in()
    {
        await FixAsync<TelemetryEventAnalyzer, RequireOptInCodeFixProvider>(Usings + """
            [TelemetryEvent("app.profile_saved", Purpose = "Learn which profile fields people fill in.", RetentionDays = 30, Consent = {|#2:Consent.OptOut|})]
            public partial record ProfileSaved
            {
                [TelemetryField("The user's display name.", DataClass = {|#0:DataClass.Personal|})] public string Name { get; init; } = "";
                [TelemetryField("The user's date of birth.", DataClass = {|#1:DataClass.Sensitive|})] public DateTime BirthDate { get; init; }
            }
            """,
            Usings + """
            [TelemetryEvent("app.profile_saved", Purpose = "Learn which profile fields people fill in.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial record ProfileSaved
            {
                [TelemetryField("The user's display name.", DataClass = DataClass.Personal)] public string Name { get; init; } = "";
                [TelemetryField("The user's date of birth.", DataClass = DataClass.Sensitive)] public DateTime BirthDate { get; init; }
            }
            """,
            expected: [Diagnostic("GOV011").WithLocation(0).WithLocation(2).WithMessage("Field 'Name' of event 'app.profile_saved' is classified Personal, but the event is opt-out: personal and sensitive data needs the user's agreement (Consent = Consent.OptIn)"),
                       Diagnostic("GOV011").WithLocation(1).WithLocation(2).WithArguments("BirthDate", "app.profile_saved", "Sensitive")]);
    }

    [Fact]
    public async Task A_compliance_attribute_classifies_a_field_as_personal()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>("""
            using System;
            using Governance;

            namespace Microsoft.AspNetCore.Identity
            {
                [AttributeUsage(AttributeTargets.Property)] public class PersonalDataAttribute : Attribute { }
            }

            [TelemetryEvent("app.signed_up", Purpose = "Count sign-ups per channel to plan marketing.", RetentionDays = 30, Consent = {|#1:Consent.OptOut|})]
            public partial record SignedUp
            {
                [TelemetryField("The channel the user came from.")]
                [Microsoft.AspNetCore.Identity.PersonalData]
                public string {|#0:Channel|} { get; init; } = "";
            }
            """,
            expected: Diagnostic("GOV011").WithLocation(0).WithLocation(1).WithArguments("Channel", "app.signed_up", "Personal"));
    }
}
