using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Governance.CodeFixes;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class PersonalDataNameRuleTests
{
    private const string Event = """
        [TelemetryEvent("app.profile_saved", Purpose = "Learn which profile fields people fill in, to simplify the form.", RetentionDays = 30, Consent = Consent.OptIn)]

        """;

    private static DiagnosticResult Warning(int location) => new DiagnosticResult("GOV010", DiagnosticSeverity.Warning).WithLocation(location);

    [Fact]
    public async Task Generic_attributes_are_read_with_the_type_that_holds_them()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent("app.customer_registered", Purpose = "Learn where new customers come from, to plan support.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial record CustomerRegistered
            {
                [TelemetryField("The customer's name.")] public string {|#0:Name|} { get; init; } = "";
                [TelemetryField("Whether the customer chose a plan.")] public bool Plan { get; init; }
            }

            [TelemetryEvent("app.feature_used", Purpose = "Learn which features are used, to plan work.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record FeatureUsed
            {
                [TelemetryField("The feature's name.")] public string Name { get; init; } = "";
                [TelemetryField("The country the build targets.")] public string Country { get; init; } = "";
            }
            """,
            expected: [Warning(0).WithMessage("Field 'Name' of event 'app.customer_registered' looks like a person's name ('Name' of 'CustomerRegistered' reads as a customer's name) but is not classified: classify it Personal, or list the name in governance.pii.allowed_names if it holds no personal data")]);
    }

    [Fact]
    public async Task Personal_looking_names_are_reported_with_their_category()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record ProfileSaved
            {
                [TelemetryField("The address people type in.")] public string {|#0:EmailAddress|} { get; init; } = "";
                [TelemetryField("A number to call back.", DataClass = {|#1:DataClass.Technical|})] public string PhoneNumber { get; init; } = "";
                [TelemetryField("The person's age in years.")] public int {|#2:Age|} { get; init; }
                [TelemetryField("Where the machine is, from GPS.", DataClass = {|#3:DataClass.Interaction|})] public double Latitude { get; init; }
                [TelemetryField("The signed-in account.")] public Guid {|#4:UserId|} { get; init; }
                [TelemetryField("The API key that was used.")] public string {|#5:ApiKey|} { get; init; } = "";
                [TelemetryField("Whether the user is pregnant.")] public bool {|#6:IsPregnant|} { get; init; }
                [TelemetryField("The client's address on the network.")] public string {|#7:IPv4Address|} { get; init; } = "";
            }
            """,
            expected: [Warning(0).WithMessage("Field 'EmailAddress' of event 'app.profile_saved' looks like an e-mail address ('email address') but is not classified: classify it Personal, or list the name in governance.pii.allowed_names if it holds no personal data"),
                       Warning(1).WithArguments("PhoneNumber", "app.profile_saved", "a phone number", "'phone number'", "classified Technical", "Personal"),
                       Warning(2).WithArguments("Age", "app.profile_saved", "an age", "'age'", "not classified", "Personal"),
                       Warning(3).WithArguments("Latitude", "app.profile_saved", "a precise location", "'latitude'", "classified Interaction", "Sensitive"),
                       Warning(4).WithArguments("UserId", "app.profile_saved", "a user, customer or account identifier", "'user id'", "not classified", "Identifier"),
                       Warning(5).WithArguments("ApiKey", "app.profile_saved", "a password, key, token or secret", "'api key'", "not classified", "Sensitive"),
                       Warning(6).WithArguments("IsPregnant", "app.profile_saved", "health data", "'pregnant'", "not classified", "Sensitive"),
                       Warning(7).WithArguments("IPv4Address", "app.profile_saved", "an IP address", "'ipv4 address'", "not classified", "Personal")]);
    }

    [Fact]
    public async Task Look_alikes_metadata_questions_and_classified_fields_are_not_reported()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record ProfileSaved
            {
                [TelemetryField("The socket's address family.")] public string AddressFamily { get; init; } = "";
                [TelemetryField("The IP protocol version.")] public int IpVersion { get; init; }
                [TelemetryField("How long the request took.")] public double LatencyMs { get; init; }
                [TelemetryField("How many pages there were.")] public int PageCount { get; init; }
                [TelemetryField("The shipment's carrier code.")] public string Shipment { get; init; } = "";
                [TelemetryField("How often the heartbeat runs.")] public int HeartbeatIntervalMs { get; init; }
                [TelemetryField("Whether diagnostics are on.")] public bool DiagnosticsEnabled { get; init; }
                [TelemetryField("How many e-mail addresses were entered.")] public int EmailCount { get; init; }
                [TelemetryField("Whether an e-mail address was entered.")] public bool HasEmail { get; init; }
                [TelemetryField("Whether the address was verified.")] public bool IsEmailVerified { get; init; }
                [TelemetryField("The format the phone number was typed in.")] public string PhoneNumberFormat { get; init; } = "";
                [TelemetryField("The address people type in.", DataClass = DataClass.Personal)] public string EmailAddress { get; init; } = "";
                [TelemetryField("The signed-in account.", DataClass = DataClass.Identifier)] public Guid UserId { get; init; }
                [TelemetryField("The user's password, hashed.", DataClass = DataClass.Sensitive)] public string PasswordHash { get; init; } = "";
            }
            """);
    }

    [Fact]
    public async Task The_fix_classifies_the_field_as_its_category_and_fix_all_covers_every_field()
    {
        await FixAsync<TelemetryEventAnalyzer, ClassifyFieldCodeFixProvider>(Usings + Event + """
            public partial record ProfileSaved
            {
                [TelemetryField("The address people type in.")] public string {|#0:EmailAddress|} { get; init; } = "";
                [TelemetryField("A number to call back.", DataClass = {|#1:DataClass.Technical|})] public string PhoneNumber { get; init; } = "";
            }
            """,
            Usings + Event + """
            public partial record ProfileSaved
            {
                [TelemetryField("The address people type in.", DataClass = DataClass.Personal)] public string EmailAddress { get; init; } = "";
                [TelemetryField("A number to call back.", DataClass = DataClass.Personal)] public string PhoneNumber { get; init; } = "";
            }
            """,
            expected: [Warning(0), Warning(1)]);
    }

    [Fact]
    public async Task The_second_fix_classifies_a_linking_value_as_an_identifier()
    {
        await FixWithAsync<TelemetryEventAnalyzer, ClassifyFieldCodeFixProvider>("ClassifyAsIdentifier", Usings + Event + """
            public partial record ProfileSaved([property: TelemetryField("The address people sign in with.")] string {|#0:Email|});
            """,
            Usings + Event + """
            public partial record ProfileSaved([property: TelemetryField("The address people sign in with.", DataClass = DataClass.Identifier)] string Email);
            """,
            expected: Warning(0));
    }

    [Fact]
    public async Task Identifiers_are_found_as_products_write_them_wire_names_included()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record ProfileSaved
            {
                [TelemetryField("Which installation sent the event.", Name = "installationid")] public string {|#0:Installation|} { get; init; } = "";
                [TelemetryField("The Entra tenant.")] public Guid {|#1:TenantId|} { get; init; }
                [TelemetryField("The cloud subscription.", Name = "subscriptionid")] public string {|#2:Subscription|} { get; init; } = "";
                [TelemetryField("The device, from the OS.")] public string {|#3:DeviceUniqueId|} { get; init; } = "";
                [TelemetryField("The persisted telemetry id.")] public string {|#4:Uuid|} { get; init; } = "";
                [TelemetryField("The date of birth, in UTC.")] public DateTime {|#5:BirthDateUtc|} { get; init; }
                [TelemetryField("The insurance policy.")] public string {|#6:PolicyNo|} { get; init; } = "";
                [TelemetryField("The request, for correlation.")] public string ClientRequestId { get; init; } = "";
            }
            """,
            expected: [Warning(0).WithArguments("Installation", "app.profile_saved", "a device, installation or advertising identifier", "'installation id'", "not classified", "Identifier"),
                       Warning(1).WithArguments("TenantId", "app.profile_saved", "an organisation, tenant or subscription identifier", "'tenant id'", "not classified", "Identifier"),
                       Warning(2).WithArguments("Subscription", "app.profile_saved", "an organisation, tenant or subscription identifier", "'subscription id'", "not classified", "Identifier"),
                       Warning(3).WithArguments("DeviceUniqueId", "app.profile_saved", "a device, installation or advertising identifier", "'device unique id'", "not classified", "Identifier"),
                       Warning(4).WithArguments("Uuid", "app.profile_saved", "a unique identifier (of a person, device or installation)", "'uuid'", "not classified", "Identifier"),
                       Warning(5).WithArguments("BirthDateUtc", "app.profile_saved", "a date of birth", "'birth date'", "not classified", "Personal"),
                       Warning(6).WithArguments("PolicyNo", "app.profile_saved", "insurance details or an insurance number", "'policy number'", "not classified", "Personal")]);
    }

    [Fact]
    public async Task The_laws_categories_are_reported_with_their_class_and_their_look_alikes_are_not()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record ProfileSaved
            {
                [TelemetryField("The person's faith.")] public string {|#0:Faith|} { get; init; } = "";
                [TelemetryField("The permit that lets the person work here.")] public string {|#1:WorkPermitNo|} { get; init; } = "";
                [TelemetryField("How many spouses the person declared.")] public string {|#2:Spouses|} { get; init; } = "";
                [TelemetryField("What the person is paid.")] public decimal {|#3:Payroll|} { get; init; }
                [TelemetryField("The lender's view of the person.")] public string {|#4:CreditStanding|} { get; init; } = "";
                [TelemetryField("The person's signature as drawn.")] public string {|#5:SignatureStrokes|} { get; init; } = "";
                [TelemetryField("The person's signature, held by their profile.")] public string {|#6:Signature|} { get; init; } = "";
            }

            [TelemetryEvent("app.saga_step_completed", Purpose = "Learn which saga steps are undone, to fix the flows.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record SagaStepCompleted
            {
                [TelemetryField("The step that undid the order.")] public string Compensation { get; init; } = "";
                [TelemetryField("The signature of the request.")] public string Signature { get; init; } = "";
                [TelemetryField("The card brand.")] public string Visa { get; init; } = "";
                [TelemetryField("The service's health over the last hour.")] public string HealthHistory { get; init; } = "";
                [TelemetryField("How many steps the saga has.")] public int Children { get; init; }
            }
            """,
            expected: [Warning(0).WithArguments("Faith", "app.profile_saved", "ethnicity, religion, politics, sexual orientation or other special-category data", "'faith'", "not classified", "Sensitive"),
                       Warning(1).WithArguments("WorkPermitNo", "app.profile_saved", "a government identifier", "'work permit number'", "not classified", "Sensitive"),
                       Warning(2).WithArguments("Spouses", "app.profile_saved", "marital status or family details", "'spouses'", "not classified", "Personal"),
                       Warning(3).WithArguments("Payroll", "app.profile_saved", "income or salary", "'payroll'", "not classified", "Sensitive"),
                       Warning(4).WithArguments("CreditStanding", "app.profile_saved", "a credit score or credit history", "'credit standing'", "not classified", "Sensitive"),
                       Warning(5).WithArguments("SignatureStrokes", "app.profile_saved", "biometric data or a photo", "'signature strokes'", "not classified", "Sensitive"),
                       Warning(6).WithArguments("Signature", "app.profile_saved", "biometric data or a photo", "'Signature' of 'ProfileSaved' reads as a profile's signature", "not classified", "Sensitive")]);
    }

    [Fact]
    public async Task Hashed_device_installation_and_account_ids_are_told_Identifier_and_the_fix_classifies_them_so()
    {
        await FixAsync<TelemetryEventAnalyzer, ClassifyFieldCodeFixProvider>(Usings + Event + """
            public partial record ProfileSaved
            {
                [TelemetryField("The machine, as a hash of its MAC address.")] public string {|#0:MacAddressHash|} { get; init; } = "";
                [TelemetryField("The account, hashed.")] public string {|#1:HashedEmail|} { get; init; } = "";
                [TelemetryField("The installation, hashed.")] public string {|#2:InstallationIdHash|} { get; init; } = "";
                [TelemetryField("Which machine sent the event.", DataClass = {|#3:DataClass.Technical|})] public string MachineId { get; init; } = "";
            }
            """,
            Usings + Event + """
            public partial record ProfileSaved
            {
                [TelemetryField("The machine, as a hash of its MAC address.", DataClass = DataClass.Identifier)] public string MacAddressHash { get; init; } = "";
                [TelemetryField("The account, hashed.", DataClass = DataClass.Identifier)] public string HashedEmail { get; init; } = "";
                [TelemetryField("The installation, hashed.", DataClass = DataClass.Identifier)] public string InstallationIdHash { get; init; } = "";
                [TelemetryField("Which machine sent the event.", DataClass = DataClass.Identifier)] public string MachineId { get; init; } = "";
            }
            """,
            expected: [Warning(0).WithArguments("MacAddressHash", "app.profile_saved", "a hashed identifier (a pseudonym of a person or device)", "'mac address hash'", "not classified", "Identifier"),
                       Warning(1).WithArguments("HashedEmail", "app.profile_saved", "a hashed identifier (a pseudonym of a person or device)", "'hashed email'", "not classified", "Identifier"),
                       Warning(2).WithArguments("InstallationIdHash", "app.profile_saved", "a device, installation or advertising identifier", "'installation id hash'", "not classified", "Identifier"),
                       Warning(3).WithArguments("MachineId", "app.profile_saved", "a device, installation or advertising identifier", "'machine id'", "classified Technical", "Identifier")]);
    }

    [Fact]
    public async Task Organisation_words_and_allowed_names_come_from_editorconfig()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record ProfileSaved
            {
                [TelemetryField("The employee's badge number.")] public string {|#0:BadgeNumber|} { get; init; } = "";
                [TelemetryField("The loyalty tier the person reached.")] public string {|#1:LoyaltyTier|} { get; init; } = "";
                [TelemetryField("The support mailbox the form was sent to.")] public string Email { get; init; } = "";
                [TelemetryField("The union the person belongs to.")] public string {|#2:UnionMembership|} { get; init; } = "";
            }
            """,
            "governance.pii.personal_words = badge_number:identifier, LoyaltyTier, union_membership:Sensitive\ngovernance.pii.allowed_names = email",
            Warning(0).WithArguments("BadgeNumber", "app.profile_saved", "an organisation-specific personal term", "'badge number'", "not classified", "Identifier"),
            Warning(1).WithArguments("LoyaltyTier", "app.profile_saved", "an organisation-specific personal term", "'loyalty tier'", "not classified", "Personal"),
            Warning(2).WithArguments("UnionMembership", "app.profile_saved", "an organisation-specific personal term", "'union membership'", "not classified", "Sensitive"));
    }

    [Theory]
    [InlineData("secret")]
    [InlineData("technical")] // a data class, but not one that a personal word can call for
    public async Task An_unknown_data_class_in_the_personal_words_is_reported(string dataClass)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record ProfileSaved
            {
                [TelemetryField("The employee's badge number.")] public string BadgeNumber { get; init; } = "";
            }
            """,
            "governance.pii.personal_words = badge_number:" + dataClass,
            new DiagnosticResult("GOV090", DiagnosticSeverity.Warning)
                .WithMessage($"The value 'badge_number:{dataClass}' of option 'governance.pii.personal_words' is not valid: the data class after ':' must be identifier, personal or sensitive; the entry is ignored"));
    }
}
