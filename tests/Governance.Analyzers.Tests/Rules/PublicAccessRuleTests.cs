using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class PublicAccessRuleTests
{
    [Fact]
    public async Task A_public_event_with_anonymous_fields_is_accepted()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent("app.version_seen", Purpose = "Publish which versions are in use, for the community.", RetentionDays = 365, Consent = Consent.OptOut, Access = DataAccess.Public)]
            public partial record VersionSeen
            {
                [TelemetryField("The product version, such as 2.1.0.")] public string Version { get; init; } = "";
            }
            """);
    }

    [Fact]
    public async Task A_public_event_with_identifying_fields_is_reported_on_its_access()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent("app.version_seen", Purpose = "Publish which versions are in use, for the community.", RetentionDays = 365, Consent = Consent.OptIn, Access = {|#0:DataAccess.Public|})]
            public partial record VersionSeen
            {
                [TelemetryField("The product version, such as 2.1.0.")] public string Version { get; init; } = "";
                [TelemetryField("A hashed installation id.", DataClass = DataClass.Identifier)] public string Installation { get; init; } = "";
                [TelemetryField("The user's country of residence.", DataClass = DataClass.Personal)] public string Country { get; init; } = "";
            }
            """,
            expected: Diagnostic("GOV014").WithLocation(0).WithMessage("Event 'app.version_seen' has public access but its fields 'Installation' (Identifier), 'Country' (Personal) are not anonymous: public data must be anonymous; restrict Access or drop those fields"));
    }
}
