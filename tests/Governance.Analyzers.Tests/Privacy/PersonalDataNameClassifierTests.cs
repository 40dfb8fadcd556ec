using Governance.Analyzers.Privacy;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Tests.Privacy;

/// <summary>
/// The classifier's rules one by one, on names written the way products write them. The accuracy tests measure the
/// whole; these say which rule does what, and guard the words it must leave alone.
/// </summary>
public sealed class PersonalDataNameClassifierTests
{
    private static readonly PersonalDataNameClassifier Classifier = PersonalDataNameClassifier.Default;

    [Theory]
    [InlineData("CustomerId", "user_id", "customer id")]
    [InlineData("AcctId", "user_id", "account id")]
    [InlineData("MemberNo", "user_id", "member number")]
    [InlineData("UserKey", "user_id", "user key")]
    [InlineData("user_pseudo_id", "user_id", "user pseudo id")]
    [InlineData("AnonymousUserId", "user_id", "user id")]
    [InlineData("DeviceUniqueId", "device_id", "device unique id")]
    [InlineData("DevDeviceId", "device_id", "device id")]
    [InlineData("MachineIdOld", "device_id", "machine id")]
    [InlineData("InstallId", "device_id", "install id")]
    [InlineData("InstallationGuid", "device_id", "installation guid")]
    [InlineData("SessionUuid", "session_id", "session uuid")]
    [InlineData("TenantGuid", "organization_id", "tenant guid")]
    [InlineData("SubscriptionId", "organization_id", "subscription id")]
    [InlineData("OrgId", "organization_id", "organization id")]
    [InlineData("CompanyId", "organization_id", "company id")]
    [InlineData("PatientNumber", "health", "patient number")]
    [InlineData("Uid", "unique_id", "uid")]
    [InlineData("UUID", "unique_id", "uuid")]
    [InlineData("UniqueId", "unique_id", "unique id")]
    public void An_entity_and_its_identifier_word_make_an_identifier(string name, string category, string words) =>
        AssertMatch(name, category, words);

    [Theory]
    [InlineData("installationid", "device_id", "installation id")]
    [InlineData("tenantid", "organization_id", "tenant id")]
    [InlineData("userid", "user_id", "user id")]
    [InlineData("subscriptionid", "organization_id", "subscription id")]
    [InlineData("orgid", "organization_id", "organization id")]
    [InlineData("deviceuniqueid", "device_id", "device unique id")]
    [InlineData("emailaddress", "email", "email address")]
    [InlineData("ipaddress", "ip_address", "ip address")]
    [InlineData("firstname", "person_name", "first name")]
    [InlineData("dateofbirth", "date_of_birth", "date of birth")]
    [InlineData("cardnum", "payment_card", "card number")]
    [InlineData("ai_user_authuserid", "user_id", "user id")]
    public void Glued_lower_case_words_are_split_into_known_words(string name, string category, string words) =>
        AssertMatch(name, category, words);

    [Theory]
    [InlineData("identity")]
    [InlineData("invalid")]
    [InlineData("paid")]
    [InlineData("android")]
    [InlineData("fluid")]
    [InlineData("ipad")]
    [InlineData("latin")]
    [InlineData("ipsum")]
    [InlineData("passage")]
    [InlineData("nobody")]
    [InlineData("hybridid")]
    public void Ordinary_words_that_contain_known_words_are_not_split_into_personal_data(string name) =>
        Assert.Null(Classifier.Classify(name, FieldKind.String));

    [Theory]
    [InlineData("email_addr", "email", "email address")]
    [InlineData("EmailAdr", "email", "email address")]
    [InlineData("PhoneNo", "phone", "phone number")]
    [InlineData("MobileNum", "phone", "mobile number")]
    [InlineData("AddrLine1", "postal_address", "address line1")]
    [InlineData("addr_line_2", "postal_address", "address line 2")]
    [InlineData("addr1", "postal_address", "address")]
    [InlineData("street_addr", "postal_address", "street address")]
    [InlineData("TaxNo", "government_id", "tax number")]
    [InlineData("tin", "government_id", "tin")]
    [InlineData("SsnLast4", "government_id", "ssn")]
    [InlineData("PassportNr", "government_id", "passport number")]
    [InlineData("CardNo", "payment_card", "card number")]
    [InlineData("AcctNum", "bank_account", "account number")]
    [InlineData("iban", "bank_account", "iban")]
    [InlineData("msisdn", "phone", "msisdn")]
    [InlineData("imei", "device_id", "imei")]
    [InlineData("ImeiNumber", "device_id", "imei number")]
    [InlineData("idfa", "device_id", "idfa")]
    [InlineData("gaid", "device_id", "gaid")]
    [InlineData("adid", "device_id", "adid")]
    [InlineData("Lat", "precise_location", "lat")]
    [InlineData("geo_lng", "precise_location", "lng")]
    [InlineData("user_coordinates", "precise_location", "user coordinates")]
    [InlineData("DeviceLocation", "precise_location", "device location")]
    [InlineData("InsuranceNumber", "insurance", "insurance number")]
    [InlineData("PolicyNo", "insurance", "policy number")]
    [InlineData("HealthInsuranceNo", "health", "health insurance number")]
    [InlineData("bday", "date_of_birth", "birthday")]
    public void Short_forms_and_numbers_are_read_in_full(string name, string category, string words) =>
        AssertMatch(name, category, words);

    [Theory]
    [InlineData("dob")]
    [InlineData("DobTz")]
    [InlineData("BirthDateUtc")]
    [InlineData("birth_date_timezone")]
    [InlineData("BirthdayEpochMs")]
    [InlineData("BirthDateTime")]
    [InlineData("birth_dt_iso")]
    public void A_date_of_birth_stays_one_whatever_says_how_it_is_written(string name) =>
        Assert.Equal("date_of_birth", Classifier.Classify(name, FieldKind.String)?.Category.Id);

    [Theory]
    [InlineData("BirthDateCount")]
    [InlineData("IpTimezone")]
    [InlineData("EmailSentUtc")]
    public void Other_time_words_still_make_a_name_metadata(string name) =>
        Assert.Null(Classifier.Classify(name, FieldKind.String));

    [Theory]
    [InlineData("MacAddressHash", "hashed_identifier", "mac address hash", "Identifier")]
    [InlineData("HashMacAddress", "hashed_identifier", "hash mac address", "Identifier")]
    [InlineData("HashedEmail", "hashed_identifier", "hashed email", "Identifier")]
    [InlineData("EmailSha256", "hashed_identifier", "email sha256", "Identifier")]
    [InlineData("machine_name_hash", "hashed_identifier", "machine name hash", "Identifier")]
    [InlineData("HashedMac", "hashed_identifier", "hashed mac", "Identifier")]
    [InlineData("mac_sha256", "hashed_identifier", "mac sha256", "Identifier")]
    [InlineData("DeviceIdHash", "device_id", "device id hash", "Identifier")]
    [InlineData("user_id_hashed", "user_id", "user id hashed", "Identifier")]
    [InlineData("PasswordHash", "credential", "password hash", "Sensitive")]
    [InlineData("SsnHash", "government_id", "ssn hash", "Sensitive")]
    public void Hashed_values_are_identifiers_but_hashed_secrets_stay_sensitive(string name, string category, string words, string dataClass)
    {
        AssertMatch(name, category, words);
        Assert.Equal(dataClass, Classifier.Classify(name, FieldKind.String)!.Category.DataClass.ToString());
    }

    [Theory]
    [InlineData("CustomerName", "person_name", "customer name")]
    [InlineData("OwnerName", "person_name", "owner name")]
    [InlineData("UserName", "username", "user name")]
    [InlineData("AccountName", "username", "account name")]
    [InlineData("UserInfo", "personal_info", "user info")]
    [InlineData("CustomerDetails", "personal_info", "customer details")]
    [InlineData("MemberLocation", "precise_location", "member location")]
    [InlineData("AccountNumber", "bank_account", "account number")]
    [InlineData("SessionKey", "credential", "session key")]
    [InlineData("DeviceKey", "credential", "device key")]
    public void People_have_names_details_and_locations_and_listed_terms_win_over_rules(string name, string category, string words) =>
        AssertMatch(name, category, words);

    [Theory]
    [InlineData("Customer", "person")]
    [InlineData("Patient", "person")]
    [InlineData("Zip", "postal_address")]
    public void Some_words_are_personal_as_a_whole_name(string name, string category) =>
        Assert.Equal(category, Classifier.Classify(name, FieldKind.String)?.Category.Id);

    [Theory]
    [InlineData("TransactionId")]
    [InlineData("TransactionName")]
    [InlineData("TokenId")]
    [InlineData("PhotoId")]
    [InlineData("ClientId")]
    [InlineData("ClientRequestId")]
    [InlineData("AppId")]
    [InlineData("ProcessId")]
    [InlineData("RequestId")]
    [InlineData("CorrelationId")]
    [InlineData("InstanceId")]
    [InlineData("SessionDuration")]
    [InlineData("UserIdCount")]
    [InlineData("DeviceIdType")]
    [InlineData("PlayerPosition")]
    [InlineData("NoEmail")]
    [InlineData("NumUsers")]
    [InlineData("Users")]
    [InlineData("ZipFile")]
    [InlineData("AccountType")]
    [InlineData("UserAgent")]
    [InlineData("ServerHostName")]
    [InlineData("PaidAmount")]
    [InlineData("AndroidVersion")]
    [InlineData("IsMac")]
    [InlineData("MacVersion")]
    public void Technical_names_stay_quiet(string name) =>
        Assert.Null(Classifier.Classify(name, FieldKind.String));

    [Theory]
    [InlineData("Ethnicities", "special_category", "ethnicities", "Sensitive")]
    [InlineData("TribalAffiliation", "special_category", "tribal affiliation", "Sensitive")]
    [InlineData("RefugeeStatus", "special_category", "refugee status", "Sensitive")]
    [InlineData("PhilosophicalViews", "special_category", "philosophical", "Sensitive")]
    [InlineData("PhilosophicalConvictions", "special_category", "philosophical convictions", "Sensitive")]
    [InlineData("Faith", "special_category", "faith", "Sensitive")]
    [InlineData("VotingIntention", "special_category", "voting intention", "Sensitive")]
    [InlineData("TradeUnions", "special_category", "trade unions", "Sensitive")]
    [InlineData("union_dues", "special_category", "union dues", "Sensitive")]
    [InlineData("Lgbtq", "special_category", "lgbtq", "Sensitive")]
    [InlineData("Phenotype", "health", "phenotype", "Sensitive")]
    [InlineData("GeneSequence", "health", "gene sequence", "Sensitive")]
    [InlineData("MedicalNotes", "health", "medical notes", "Sensitive")]
    [InlineData("SickLeave", "health", "sick leave", "Sensitive")]
    [InlineData("EatingDisorder", "health", "eating disorder", "Sensitive")]
    [InlineData("Cholesterol", "health", "cholesterol", "Sensitive")]
    [InlineData("IrisCode", "biometric", "iris code", "Sensitive")]
    [InlineData("Faceprint", "biometric", "faceprint", "Sensitive")]
    [InlineData("VoicePrints", "biometric", "voice prints", "Sensitive")]
    [InlineData("PalmVein", "biometric", "palm vein", "Sensitive")]
    [InlineData("KeystrokeDynamics", "biometric", "keystroke dynamics", "Sensitive")]
    [InlineData("ESignature", "biometric", "e signature", "Sensitive")]
    [InlineData("ElectronicSignature", "biometric", "electronic signature", "Sensitive")]
    [InlineData("SignatureStrokes", "biometric", "signature strokes", "Sensitive")]
    public void The_special_categories_of_GDPR_Article_9_are_found_by_their_other_names(string name, string category, string words, string dataClass)
    {
        AssertMatch(name, category, words);
        Assert.Equal(dataClass, Classifier.Classify(name, FieldKind.String)!.Category.DataClass.ToString());
    }

    [Theory]
    [InlineData("IsLgbtq")]
    [InlineData("IsUnionMember")]
    [InlineData("HasEatingDisorder")]
    [InlineData("IsInsulinDependent")]
    public void A_special_category_stays_personal_as_a_flag(string name) =>
        Assert.NotNull(Classifier.Classify(name, FieldKind.Boolean));

    [Theory]
    [InlineData("NationalInsuranceId", "government_id", "national insurance id")]
    [InlineData("SocialInsurance", "government_id", "social insurance")]
    [InlineData("NationalIdentifier", "government_id", "national identifier")]
    [InlineData("IdentityDocuments", "government_id", "identity documents")]
    [InlineData("TravelDocumentNumber", "government_id", "travel document number")]
    [InlineData("VisaNo", "government_id", "visa number")]
    [InlineData("WorkPermit", "government_id", "work permit")]
    [InlineData("ResidenceCard", "government_id", "residence card")]
    [InlineData("DrivingPermitNo", "government_id", "driving permit number")]
    [InlineData("TaxReference", "government_id", "tax reference")]
    [InlineData("utr", "government_id", "utr")]
    [InlineData("CodiceFiscale", "government_id", "codice fiscale")]
    [InlineData("Marital", "family", "marital")]
    [InlineData("Spouses", "family", "spouses")]
    [InlineData("DomesticPartner", "family", "domestic partner")]
    [InlineData("CivilUnion", "family", "civil union")]
    [InlineData("LegalGuardian", "family", "legal guardian")]
    [InlineData("DependentChildren", "family", "dependent children")]
    [InlineData("MaternityLeave", "family", "maternity leave")]
    [InlineData("Payroll", "income", "payroll")]
    [InlineData("Remuneration", "income", "remuneration")]
    [InlineData("Pension", "income", "pension")]
    [InlineData("AnnualBonus", "income", "annual bonus")]
    [InlineData("EmployeeCompensation", "income", "employee compensation")]
    [InlineData("HourlyPay", "income", "hourly pay")]
    [InlineData("Severance", "income", "severance")]
    [InlineData("Creditworthiness", "credit_history", "creditworthiness")]
    [InlineData("CreditStanding", "credit_history", "credit standing")]
    [InlineData("CreditCapacity", "credit_history", "credit capacity")]
    [InlineData("CreditRisk", "credit_history", "credit risk")]
    [InlineData("CreditLimits", "credit_history", "credit limits")]
    [InlineData("credit_utilisation", "credit_history", "credit utilisation")]
    [InlineData("DebtToIncome", "credit_history", "debt to income")]
    public void National_ids_civil_status_pay_and_credit_standing_are_found_by_their_other_names(string name, string category, string words) =>
        AssertMatch(name, category, words);

    [Theory]
    [InlineData("NationalInsuranceId", "Sensitive")]
    [InlineData("WorkPermit", "Sensitive")]
    [InlineData("Payroll", "Sensitive")]
    [InlineData("CreditStanding", "Sensitive")]
    [InlineData("Spouses", "Personal")]
    public void National_ids_pay_and_credit_standing_are_sensitive_and_family_is_personal(string name, string dataClass) =>
        Assert.Equal(dataClass, Classifier.Classify(name, FieldKind.String)!.Category.DataClass.ToString());

    [Theory]
    [InlineData("ThirdParty")] // "party" alone is not a political party
    [InlineData("PartyMembership")] // nor in "third party membership"
    [InlineData("BeliefState")] // belief propagation
    [InlineData("SkinTone")] // an emoji modifier, an avatar's colour
    [InlineData("Ancestry")] // a tree's ancestors
    [InlineData("UnionType")] // a set union
    [InlineData("HealthHistory")] // a service's health over time
    [InlineData("Medical")] // "medical" alone: a medical device's software is not a person's health
    [InlineData("AssetImpairment")] // accounting
    [InlineData("VoiceId")] // a text-to-speech voice
    [InlineData("FontFaceData")] // a font face
    [InlineData("FontFaceDescriptor")]
    [InlineData("Thumbprint")] // an X.509 certificate's
    [InlineData("Fingerprints")] // certificates, builds
    [InlineData("Signature")] // a cryptographic or method signature
    [InlineData("DigitalSignature")]
    [InlineData("Visa")] // the card brand
    [InlineData("Permit")] // permit-to-work in safety software
    [InlineData("VatNumber")] // a business's
    [InlineData("FontFamilySize")] // "family size" is not a term
    [InlineData("Partner")] // a business partner
    [InlineData("Dependents")] // a package's dependents
    [InlineData("Children")] // a tree's nodes
    [InlineData("Compensation")] // a saga's compensating step
    [InlineData("CompensationStep")]
    [InlineData("TotalCompensation")] // an aggregate
    [InlineData("Bonus")] // a game's
    [InlineData("Pay")]
    [InlineData("PayrollCount")] // a count about payrolls
    [InlineData("Credits")] // film, game and API credits
    [InlineData("CreditScoreCount")]
    public void Look_alikes_of_the_laws_categories_stay_quiet(string name) =>
        Assert.Null(Classifier.Classify(name, FieldKind.String));

    [Theory]
    [InlineData("Purchases")]
    [InlineData("Friends")]
    [InlineData("Interests")]
    public void Records_of_what_a_person_did_are_personal_as_text_but_a_count_as_a_number(string name)
    {
        Assert.NotNull(Classifier.Classify(name, FieldKind.String));
        Assert.Null(Classifier.Classify(name, FieldKind.Int32));
    }

    [Theory]
    [InlineData("ErrorMessage", "error message")]
    [InlineData("Error", "error")]
    [InlineData("LastError", "error")]
    [InlineData("Detail", "detail")]
    [InlineData("ErrorDetails", "details")]
    [InlineData("ExceptionData", "exception data")]
    [InlineData("ExceptionStack", "exception stack")]
    [InlineData("exception_info", "exception info")]
    [InlineData("CrashOutput", "crash output")]
    [InlineData("argv", "argv")]
    [InlineData("Arguments", "arguments")]
    [InlineData("TypedArgs", "args")]
    [InlineData("CommandParameters", "parameters")]
    [InlineData("Parameters", "parameters")]
    [InlineData("UserAgent", "user agent")]
    [InlineData("user_agent_string", "user agent string")]
    [InlineData("errormessage", "error message")]
    [InlineData("OsErrorMessage", "error message")]
    public void Free_text_is_found_under_the_names_errors_arguments_and_user_agents_go_by(string name, string words) =>
        Assert.Equal(words, Classifier.FindFreeText(name));

    [Theory]
    [InlineData("OSDescription")]
    [InlineData("os_description")]
    [InlineData("FrameworkDescription")]
    [InlineData("RuntimeDescription")]
    [InlineData("DeviceDescription")]
    [InlineData("os_version")]
    [InlineData("ErrorCode")]
    [InlineData("HasError")]
    [InlineData("ParameterSetName")]
    [InlineData("UserAgentCount")]
    [InlineData("MessageId")]
    public void Descriptions_of_the_platform_and_bounded_values_are_not_free_text(string name) =>
        Assert.Null(Classifier.FindFreeText(name));

    [Fact]
    public void The_options_terms_and_allowed_names_are_read_in_any_spelling()
    {
        var organisation = new PersonalDataCategory("organisation", "an organisation-specific personal term", DataClassKind.Identifier, isNumbered: true, isFromOptions: true);
        var classifier = new PersonalDataNameClassifier(
            [new KeyValuePair<string, PersonalDataCategory>("badge-number", organisation), new KeyValuePair<string, PersonalDataCategory>("client_id", organisation)],
            ["team email", "StatusMessage"]);

        foreach (var name in new[] { "BadgeNumber", "badge_number", "badgeNumber", "badge-number", "badgenumber", "BadgeNumberHash" })
        {
            Assert.Same(organisation, classifier.Classify(name, FieldKind.String)?.Category);
        }

        Assert.Same(organisation, classifier.Classify("ClientId", FieldKind.String)?.Category); // a look-alike never hides a team's own term
        Assert.NotNull(PersonalDataNameClassifier.Default.Classify("TeamEmail", FieldKind.String));
        Assert.Null(classifier.Classify("TeamEmail", FieldKind.String));
        Assert.Null(classifier.Classify("team_email", FieldKind.String));
        Assert.Null(classifier.Classify("teamemail", FieldKind.String));
        Assert.NotNull(classifier.Classify("TeamEmailAddress", FieldKind.String)); // allowed names are whole names
        Assert.True(classifier.IsAllowed("status_message"));
        Assert.False(classifier.IsAllowed("StatusMessageId"));
    }

    [Fact]
    public void Reading_and_matching_a_name_allocates_nothing_unless_it_matches()
    {
        // Issue 17 measures analyzer cost: a name that is not personal data, the common case, must cost no garbage.
        string[] names = ["DurationMs", "FeatureName", "ipad", "TransactionIdCount", "installation_kind", "ErrorCode", "x_ms_client_request_id"];
        foreach (var name in names)
        {
            Assert.Null(Classifier.Classify(name, FieldKind.String)); // also warms the per-thread buffers
            Assert.Null(Classifier.FindFreeText(name));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            foreach (var name in names)
            {
                Classifier.Classify(name, FieldKind.String);
                Classifier.FindFreeText(name);
                Classifier.IsAllowed(name);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void AssertMatch(string name, string category, string words)
    {
        var match = Classifier.Classify(name, FieldKind.String);
        Assert.True(match is not null, name + " was not reported");
        Assert.Equal((category, words), (match!.Category.Id, match.MatchedWords));
    }

    [Theory]
    [InlineData("CustomerRegistered", "Name", "String", "person_name")]
    [InlineData("UserProfileUpdatedEvent", "Country", "String", "coarse_location")]
    [InlineData("CustomerContext", "postal_code", "String", "postal_address")]
    [InlineData("UserSignedIn", "Age", "Int32", "age")]
    [InlineData("Users", "BirthDate", "DateTime", "date_of_birth")]
    [InlineData("PatientAdmitted", "Gender", "String", "gender")]
    [InlineData("OrderPlaced", "Amount", "Decimal", "financial_activity")]
    [InlineData("PaymentsTelemetry", "Card", "String", "payment_card")]
    [InlineData("CustomerInfo", "Balance", "Double", "financial_activity")]
    [InlineData("EmployeeContext", "Pay", "Decimal", "income")]
    [InlineData("EmployeeUpdated", "Compensation", "Decimal", "income")]
    [InlineData("PatientRegistered", "Children", "Int32", "family")]
    [InlineData("ApplicantInfo", "Dependants", "Int32", "family")]
    [InlineData("CustomerSigned", "Signature", "String", "biometric")]
    public void Generic_attributes_are_personal_in_a_holder_that_names_a_person_or_a_payment(string holder, string name, string kind, string category) =>
        Assert.Equal(category, Classifier.Classify(name, Enum.Parse<FieldKind>(kind), Classifier.ReadHolder(holder))?.Category.Id);

    [Theory]
    [InlineData("CustomerRegistered", "Name", "Boolean")] // a flag
    [InlineData("UserContext", "Country", "Enum")] // an enum is the software's, not an address
    [InlineData("UserContext", "State", "String")] // a status far more often than a province
    [InlineData("UserSettingsChanged", "Name", "String")] // holds settings
    [InlineData("UserRoleAssigned", "Name", "String")] // holds a role
    [InlineData("NumberOfUsersReported", "Country", "String")] // an aggregate
    [InlineData("UserAgentParsed", "Name", "String")] // a look-alike
    [InlineData("ClientContext", "Name", "String")] // the software client
    [InlineData("OrderPlaced", "Name", "String")] // a payment holds amounts, not a person's details
    [InlineData("BuildCompleted", "Amount", "Int32")] // holds nothing of a person
    [InlineData("Event", "Name", "String")] // holds nothing at all
    [InlineData("CustomerRegistered", "ProductName", "String")] // the whole name must be the attribute
    [InlineData("PackageSigned", "Signature", "String")] // a package's signature is cryptographic
    [InlineData("PackagePublished", "Dependents", "Int32")] // a package's dependents
    [InlineData("TreeNodeAdded", "Children", "Int32")] // a tree's nodes
    [InlineData("SagaCompensated", "Compensation", "String")] // a saga's compensating step
    [InlineData("CustomerSigned", "Signature", "Boolean")] // a flag
    public void Generic_attributes_stay_technical_elsewhere(string holder, string name, string kind) =>
        Assert.Null(Classifier.Classify(name, Enum.Parse<FieldKind>(kind), Classifier.ReadHolder(holder)));

    [Fact]
    public void A_match_read_with_its_holder_says_why()
    {
        var match = Classifier.Classify("Name", FieldKind.String, Classifier.ReadHolder("CustomerRegistered"));
        Assert.Equal("'Name' of 'CustomerRegistered' reads as a customer's name", match?.Evidence);
        Assert.Equal("'email address'", Classifier.Classify("EmailAddress", FieldKind.String, Classifier.ReadHolder("CustomerRegistered"))?.Evidence);
    }
}
