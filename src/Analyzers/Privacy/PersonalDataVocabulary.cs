// -----------------------------------------------------------------------------
// PersonalDataVocabulary.cs
//
// The curated vocabulary of the personal-data name rules (GOV010, GOV013).
// Data only: no matching logic lives here.
//
// Where this comes from
// ---------------------
// Built by hand from published privacy categories and from how real products
// name things. It was NOT derived from any labelled test list. References
// (used as inspiration, nothing copied verbatim):
//   * GDPR Art. 4(1) (personal data, "online identifiers"), Art. 9 (special
//     categories), Art. 10 (criminal convictions), Recital 30 (IP addresses,
//     cookie identifiers, RFID tags), Recital 51 (photographs).
//   * HIPAA Safe Harbor's 18 identifiers (names, geographic subdivisions smaller
//     than a state, dates related to a person, phone/fax, e-mail, SSN, medical
//     record and health-plan numbers, account numbers, licence numbers, vehicle
//     and device identifiers, URLs, IP addresses, biometrics, full-face photos).
//   * PCI DSS "cardholder data" (PAN, cardholder name, expiry) and "sensitive
//     authentication data" (CVV/CVC, PIN).
//   * Microsoft Presidio entity types (PERSON, EMAIL_ADDRESS, PHONE_NUMBER,
//     CREDIT_CARD, CRYPTO, IBAN_CODE, IP_ADDRESS, MAC_ADDRESS, NRP = nationality/
//     religious/political group, LOCATION, URL, US_SSN, US_PASSPORT,
//     US_DRIVER_LICENSE, US_ITIN, US_BANK_NUMBER, UK_NHS, UK_NINO, IN_PAN,
//     IN_AADHAAR, SG_NRIC_FIN, ES_NIF, IT_FISCAL_CODE, AU_TFN, ...).
//   * Google Cloud DLP infoTypes and their categories (PII, SPII, DEMOGRAPHIC,
//     CREDENTIAL, GOVERNMENT_ID): e.g. PERSON_NAME, FIRST_NAME, LAST_NAME,
//     STREET_ADDRESS, DATE_OF_BIRTH, AGE, GENDER, ETHNIC_GROUP, IMEI_HARDWARE_ID,
//     ADVERTISING_ID, HTTP_COOKIE, AUTH_TOKEN, JSON_WEB_TOKEN, PASSWORD,
//     ENCRYPTION_KEY, IBAN_CODE, SWIFT_CODE, US_BANK_ROUTING_MICR,
//     VEHICLE_IDENTIFICATION_NUMBER, ICD10_CODE, MEDICAL_TERM, PASSPORT,
//     DRIVERS_LICENSE_NUMBER.
//   * Bearer CLI data types and classification patterns (github.com/Bearer/bearer,
//     pkg/classification/db): groups such as Contact, Identification, Computer
//     Device, Financial Accounts, Credit History, Criminal Records, Demographic,
//     Ethnicity, Knowledge & Belief, Medical & Health, Location, Authenticating,
//     Family, Physical characteristics; its idea of exclude-words
//     ("template", "enabled", "settings", "type", "required", "notification")
//     and of "person objects" (user, customer, patient, sender, recipient...).
//   * Mozilla Glean `data_sensitivity` levels (technical, interaction,
//     stored_content, highly_sensitive) for the Identifier/Personal/Sensitive
//     split, and Microsoft's customer-data vocabulary (EUII = end-user
//     identifiable information, EUPI = end-user pseudonymous identifiers,
//     OII = organisation identifiable information, customer content).
//   * Everyday .NET / web / mobile API names (Environment.MachineName,
//     HttpRequest.UserHostAddress, PhysicalAddress, Geoposition, CivicAddress,
//     CancellationToken, PublicKeyToken, PasswordChar, IDFA/IDFV/GAID,
//     Segment anonymousId, Mixpanel distinct_id, X-Forwarded-For, ...).
//
// Intended matching contract (for whoever writes the matcher)
// -----------------------------------------------------------
//   0. The identifier is split into lower-case words
//      (IPv4Address -> "ipv4 address", UserIDs -> "user ids", DOB -> "dob").
//      Every entry below is a space-separated sequence of such words.
//      Plurals are listed explicitly where code commonly uses them; the
//      vocabulary does not assume stemming.
//   1. Terms: find every occurrence of every term as a CONTIGUOUS run of words.
//      WholeNameTerms only match when they are the ENTIRE identifier.
//   2. Overlaps: when occurrences overlap, the one with more words wins
//      ("ip address" beats "address"-like rules, "card security code" beats
//      "security code", "email hash" beats "email"); on a tie prefer the
//      right-most occurrence (English compounds are head-final:
//      CurrentUserId -> "user id", not "current user").
//   3. LookAlikes: an occurrence lying entirely inside an occurrence of a
//      look-alike sequence is discarded (ServerIpAddress, CancellationToken,
//      PublicKeyToken, TypeFullName). Single-word look-alikes only document
//      words that must never be sub-string matched (latency vs lat).
//   4. NonPersonalHeads: if the LAST word of the identifier is a head AND that
//      word is not itself part of the winning term, the name is metadata about
//      personal data, not the data (EmailAddressLength, IpVersion, UserIdCount).
//      Heads inside a term do not count ("marital status", "blood type",
//      "zip code", "credit score", "age group").
//      (A stricter matcher may also treat any head word that follows the term
//      as suppressing it: EmailCountByDomain.)
//   5. NonPersonalPrefixes: if the identifier STARTS with a prefix sequence and
//      the prefix precedes the term (is not part of it), the name is a
//      boolean/question or an aggregate (HasEmail, IsGpsEnabled, NumberOfUsers).
//   6. FreeTextWords: when no term survived, a name whose LAST word(s) are a
//      free-text word is a free-text field ("free_text" category): ErrorMessage,
//      SearchTerm, RequestUrl, StackTrace. Free-text words earlier in the name
//      do not count (MessageId, QueryType, UrlScheme). LookAlikes and prefixes
//      apply here too (ButtonText, BaseUrl, ReleaseNotes, HasComment).
// -----------------------------------------------------------------------------

using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Privacy;

/// <summary>
/// Hand-curated vocabulary of personal-data names for the telemetry
/// privacy analyzer. Data only; see the file header for sources and for the
/// intended matching contract.
/// </summary>
internal static class PersonalDataVocabulary
{

    // =========================================================================
    // 1. Categories: id, phrase used in diagnostics ("... looks like {phrase}"),
    //    and the data class.
    // =========================================================================

    /// <summary>Personal-data categories referenced by <see cref="Terms"/>.</summary>
    internal static readonly (string Id, string Phrase, DataClassKind Class)[] Categories =
    {
        // --- Contact & identity (GDPR Art. 4(1); DLP PII; Bearer Contact/Identification)
        ("email", "an e-mail address", DataClassKind.Personal),
        ("phone", "a phone number", DataClassKind.Personal),
        ("postal_address", "a postal address", DataClassKind.Personal),
        ("contact_details", "contact details", DataClassKind.Personal),
        ("person_name", "a person's name", DataClassKind.Personal),
        ("username", "a username", DataClassKind.Personal),

        // --- Demographics (DLP DEMOGRAPHIC; Bearer Demographic/Family)
        ("date_of_birth", "a date of birth", DataClassKind.Personal),
        ("age", "an age", DataClassKind.Personal),
        ("gender", "a gender", DataClassKind.Personal),
        ("family", "marital status or family details", DataClassKind.Personal),

        // --- GDPR Art. 9 special categories (+ Presidio NRP, Bearer Ethnicity /
        //     Knowledge & Belief / Sexual). Nationality and national origin are
        //     kept here because they proxy ethnic origin (Bearer and Presidio do
        //     the same).
        ("special_category", "ethnicity, religion, politics, sexual orientation or other special-category data", DataClassKind.Sensitive),

        // --- GDPR Art. 10 (Bearer Criminal Records)
        ("criminal_record", "a criminal record", DataClassKind.Sensitive),

        // --- Online / device data (GDPR Recital 30; Presidio IP_ADDRESS,
        //     MAC_ADDRESS; DLP IMEI_HARDWARE_ID, ADVERTISING_ID, HTTP_COOKIE)
        ("ip_address", "an IP address", DataClassKind.Personal),
        ("mac_address", "a MAC address", DataClassKind.Personal),
        ("machine_name", "a machine name", DataClassKind.Personal),
        ("device_id", "a device or advertising identifier", DataClassKind.Identifier),
        ("session_id", "a cookie or session identifier", DataClassKind.Identifier),
        ("user_id", "a user, customer or account identifier", DataClassKind.Identifier),

        // --- Government ids (DLP GOVERNMENT_ID; Presidio national recognizers)
        ("government_id", "a government identifier", DataClassKind.Sensitive),

        // --- Financial (PCI DSS; Presidio CREDIT_CARD/IBAN_CODE/US_BANK_NUMBER/
        //     CRYPTO; Bearer Financial Accounts / Credit History / Earnings)
        ("payment_card", "a payment card number", DataClassKind.Sensitive),
        ("bank_account", "a bank account or IBAN", DataClassKind.Sensitive),
        ("income", "income or salary", DataClassKind.Sensitive),
        ("credit_history", "a credit score or credit history", DataClassKind.Sensitive),

        // --- Credentials (DLP CREDENTIAL; Bearer Authenticating)
        ("credential", "a password, key, token or secret", DataClassKind.Sensitive),

        // --- Health, genetics, biometrics (GDPR Art. 9; HIPAA; Bearer Medical)
        ("health", "health data", DataClassKind.Sensitive),
        ("biometric", "biometric data or a photo", DataClassKind.Sensitive),

        // --- Location (Bearer Location; DLP LOCATION_COORDINATES; HIPAA
        //     "geographic subdivisions smaller than a state")
        ("precise_location", "a precise location", DataClassKind.Sensitive),
        ("coarse_location", "a city or other coarse location", DataClassKind.Personal),

        // --- Other personal data
        ("vehicle", "a vehicle registration or VIN", DataClassKind.Personal),
        ("activity_history", "browsing, search, purchase or call history", DataClassKind.Personal),
        ("personal_info", "personal information", DataClassKind.Personal),

        // --- Used for FreeTextWords (customer content: may carry anything).
        ("free_text", "free text that may contain personal data", DataClassKind.Personal),
    };

    // =========================================================================
    // 2. Terms: (space-separated word sequence, category id).
    // =========================================================================

    /// <summary>
    /// Word sequences that, found contiguously in a split identifier, mark it as
    /// personal data of the given category. Longest match wins.
    /// </summary>
    internal static readonly (string Words, string Category)[] Terms =
    {
        // ---------------------------------------------------------------------
        // E-mail. Presidio/DLP EMAIL_ADDRESS; Bearer "Email Address".
        // "mail" alone is the LDAP/AD attribute name for the e-mail address.
        // "email id" is common (Indian English) for the address itself.
        // ---------------------------------------------------------------------
        ("email", "email"), ("emails", "email"),
        ("e mail", "email"), ("e mails", "email"),
        ("email address", "email"), ("email addresses", "email"),
        ("emailaddress", "email"), ("emailaddresses", "email"),
        ("e mail address", "email"), ("email addr", "email"),
        ("mail", "email"), ("mail address", "email"), ("mailaddress", "email"), ("mail addr", "email"),
        ("email id", "email"), ("emailid", "email"),
        ("smtp address", "email"), ("primary smtp address", "email"),
        ("reply to", "email"), ("mail to", "email"), ("mailto", "email"),
        ("from address", "email"), ("to address", "email"),
        ("sender address", "email"), ("recipient address", "email"),
        ("sender email", "email"), ("recipient email", "email"),

        // ---------------------------------------------------------------------
        // Phone. Presidio/DLP PHONE_NUMBER; HIPAA phone & fax; Bearer
        // "Telephone Number". "mobile" alone is NOT a term (IsMobile,
        // MobileApp, MobilePlatform); see WholeNameTerms for a bare "Mobile".
        // "caller id" is the telephony feature showing the caller's number.
        // ---------------------------------------------------------------------
        ("phone", "phone"), ("phones", "phone"),
        ("telephone", "phone"), ("telephones", "phone"), ("tel", "phone"),
        ("phone number", "phone"), ("phone numbers", "phone"),
        ("phonenumber", "phone"), ("phonenumbers", "phone"),
        ("phone no", "phone"), ("phone num", "phone"), ("phone nr", "phone"),
        ("tel no", "phone"), ("tel number", "phone"), ("telephone number", "phone"),
        ("mobile number", "phone"), ("mobile no", "phone"), ("mobile num", "phone"),
        ("mobile phone", "phone"), ("mobilephone", "phone"), ("mobile phone number", "phone"),
        ("cellphone", "phone"), ("cell phone", "phone"), ("cell number", "phone"), ("cell no", "phone"),
        ("msisdn", "phone"), ("fax", "phone"), ("fax number", "phone"),
        ("contact number", "phone"), ("contact no", "phone"),
        ("landline", "phone"), ("sms number", "phone"), ("whatsapp number", "phone"),
        ("caller id", "phone"), ("caller number", "phone"), ("callee number", "phone"),
        ("calling number", "phone"), ("called number", "phone"), ("dialed number", "phone"),

        // ---------------------------------------------------------------------
        // Postal address. DLP STREET_ADDRESS; HIPAA street/city/zip; Bearer
        // "Physical Address". "address" and "addr" alone are NOT terms (memory,
        // endpoint, base, bind addresses); a bare "Address" is a WholeNameTerm.
        // "zip" alone is not a term (ZipFile, ZipArchive). .NET CivicAddress is
        // the postal form of a location.
        // ---------------------------------------------------------------------
        ("street", "postal_address"), ("street address", "postal_address"), ("streetaddress", "postal_address"),
        ("street name", "postal_address"), ("street number", "postal_address"), ("street addr", "postal_address"),
        ("home address", "postal_address"), ("homeaddress", "postal_address"), ("home addr", "postal_address"),
        ("postal address", "postal_address"), ("mailing address", "postal_address"),
        ("shipping address", "postal_address"), ("shipping addr", "postal_address"),
        ("billing address", "postal_address"), ("billing addr", "postal_address"),
        ("delivery address", "postal_address"), ("residential address", "postal_address"),
        ("residence address", "postal_address"), ("permanent address", "postal_address"),
        ("current address", "postal_address"), ("civic address", "postal_address"),
        ("user address", "postal_address"), ("customer address", "postal_address"),
        ("contact address", "postal_address"),
        ("address line", "postal_address"), ("address line 1", "postal_address"), ("address line 2", "postal_address"),
        ("address line1", "postal_address"), ("address line2", "postal_address"),
        ("address1", "postal_address"), ("address2", "postal_address"),
        ("addressline1", "postal_address"), ("addressline2", "postal_address"),
        ("zip code", "postal_address"), ("zipcode", "postal_address"),
        ("postal code", "postal_address"), ("postalcode", "postal_address"),
        ("postcode", "postal_address"), ("post code", "postal_address"), ("postal", "postal_address"),
        ("po box", "postal_address"), ("pobox", "postal_address"),
        ("house number", "postal_address"), ("house no", "postal_address"),
        ("apartment number", "postal_address"), ("apt number", "postal_address"), ("flat number", "postal_address"),
        ("residence", "postal_address"), ("place of residence", "postal_address"),

        // ---------------------------------------------------------------------
        // Contact details (Bearer Contact; address books are other people's
        // personal data).
        // ---------------------------------------------------------------------
        ("contact info", "contact_details"), ("contact information", "contact_details"),
        ("contact details", "contact_details"), ("contact data", "contact_details"),
        ("contactinfo", "contact_details"), ("contact card", "contact_details"), ("vcard", "contact_details"),
        ("contacts", "contact_details"), ("contact list", "contact_details"),
        ("address book", "contact_details"), ("addressbook", "contact_details"),
        ("emergency contact", "contact_details"), ("emergency contacts", "contact_details"),

        // ---------------------------------------------------------------------
        // Person names. DLP PERSON_NAME/FIRST_NAME/LAST_NAME; Presidio PERSON;
        // Bearer Firstname/Lastname/Fullname. "name" alone is NOT a term
        // (EventName, FeatureName, FileName...). "display name" alone is a
        // WholeNameTerm (FeatureDisplayName is technical); person nouns +
        // "name" are listed explicitly (Bearer's "person objects").
        // "full name" needs LookAlikes for .NET Type/Assembly FullName.
        // ---------------------------------------------------------------------
        ("first name", "person_name"), ("first names", "person_name"), ("firstname", "person_name"),
        ("last name", "person_name"), ("last names", "person_name"), ("lastname", "person_name"),
        ("given name", "person_name"), ("given names", "person_name"), ("givenname", "person_name"),
        ("family name", "person_name"), ("familyname", "person_name"),
        ("surname", "person_name"), ("surnames", "person_name"),
        ("forename", "person_name"), ("forenames", "person_name"), ("christian name", "person_name"),
        ("middle name", "person_name"), ("middlename", "person_name"), ("middle initial", "person_name"),
        ("full name", "person_name"), ("fullname", "person_name"),
        ("f name", "person_name"), ("fname", "person_name"), ("l name", "person_name"), ("lname", "person_name"),
        ("maiden name", "person_name"), ("mothers maiden name", "person_name"), ("mother maiden name", "person_name"),
        ("real name", "person_name"), ("legal name", "person_name"), ("birth name", "person_name"),
        ("preferred name", "person_name"), ("nickname", "person_name"), ("nick name", "person_name"),
        ("initials", "person_name"),
        ("person name", "person_name"), ("personal name", "person_name"),
        ("customer name", "person_name"), ("contact name", "person_name"), ("owner name", "person_name"),
        ("author name", "person_name"), ("sender name", "person_name"), ("recipient name", "person_name"),
        ("member name", "person_name"), ("employee name", "person_name"), ("patient name", "person_name"),
        ("student name", "person_name"), ("guest name", "person_name"), ("passenger name", "person_name"),
        ("cardholder", "person_name"), ("cardholder name", "person_name"), ("card holder", "person_name"),
        ("card holder name", "person_name"), ("holder name", "person_name"),
        ("account holder", "person_name"), ("account holder name", "person_name"),
        ("beneficiary name", "person_name"), ("payee name", "person_name"), ("signer name", "person_name"),
        ("spouse name", "person_name"), ("father name", "person_name"), ("mother name", "person_name"),
        ("parent name", "person_name"), ("guardian name", "person_name"),
        ("committer name", "person_name"), ("reviewer name", "person_name"), ("assignee name", "person_name"),
        ("requester name", "person_name"), ("requestor name", "person_name"), ("caller name", "person_name"),
        ("user full name", "person_name"),
        ("user display name", "person_name"), ("owner display name", "person_name"),
        ("customer display name", "person_name"), ("contact display name", "person_name"),
        ("account display name", "person_name"), ("member display name", "person_name"),
        ("sender display name", "person_name"), ("recipient display name", "person_name"),
        ("author display name", "person_name"), ("participant display name", "person_name"),
        ("caller display name", "person_name"), ("person display name", "person_name"),

        // ---------------------------------------------------------------------
        // Usernames / sign-in names (Bearer Username; Microsoft EUII: UPN,
        // alias). "handle" alone is NOT a term (OS/window/file handles).
        // "created by"-style audit columns hold a username or e-mail.
        // ---------------------------------------------------------------------
        ("username", "username"), ("usernames", "username"),
        ("user name", "username"), ("user names", "username"),
        ("user principal name", "username"), ("userprincipalname", "username"), ("upn", "username"),
        ("principal name", "username"),
        ("login name", "username"), ("loginname", "username"), ("login id", "username"), ("loginid", "username"),
        ("logon name", "username"), ("sign in name", "username"), ("signin name", "username"),
        ("user login", "username"),
        ("account name", "username"), ("accountname", "username"),
        ("screen name", "username"), ("screenname", "username"),
        ("user handle", "username"), ("social handle", "username"), ("twitter handle", "username"),
        ("instagram handle", "username"), ("github handle", "username"),
        ("user alias", "username"), ("gamertag", "username"), ("gamer tag", "username"), ("apple id", "username"),
        ("current user", "username"), ("logged in user", "username"), ("signed in user", "username"),
        ("created by", "username"), ("modified by", "username"), ("updated by", "username"),
        ("deleted by", "username"), ("changed by", "username"), ("edited by", "username"),
        ("requested by", "username"), ("submitted by", "username"), ("approved by", "username"),
        ("reviewed by", "username"), ("invited by", "username"), ("owned by", "username"),
        ("uploaded by", "username"), ("assigned to", "username"),

        // ---------------------------------------------------------------------
        // Date of birth (DLP DATE_OF_BIRTH; HIPAA dates; Bearer Date of birth).
        // ---------------------------------------------------------------------
        ("dob", "date_of_birth"), ("date of birth", "date_of_birth"), ("dateofbirth", "date_of_birth"),
        ("birth date", "date_of_birth"), ("birthdate", "date_of_birth"), ("birth dt", "date_of_birth"),
        ("birthday", "date_of_birth"), ("birthdays", "date_of_birth"), ("birth day", "date_of_birth"),
        ("birth year", "date_of_birth"), ("year of birth", "date_of_birth"), ("yob", "date_of_birth"),
        ("birth month", "date_of_birth"), ("month of birth", "date_of_birth"), ("born on", "date_of_birth"),

        // ---------------------------------------------------------------------
        // Age (DLP AGE; Bearer Age Range). "age" alone is a WholeNameTerm only:
        // CacheAge, TokenAge, MaxAge, AccountAge are technical.
        // ---------------------------------------------------------------------
        ("user age", "age"), ("customer age", "age"), ("person age", "age"),
        ("member age", "age"), ("patient age", "age"), ("student age", "age"),
        ("age group", "age"), ("age range", "age"), ("age bracket", "age"),
        ("age band", "age"), ("age bucket", "age"), ("age category", "age"),
        ("age years", "age"), ("age in years", "age"), ("years of age", "age"),

        // ---------------------------------------------------------------------
        // Gender / sex (DLP GENDER). Gender identity kept Personal, per brief.
        // ---------------------------------------------------------------------
        ("gender", "gender"), ("genders", "gender"), ("sex", "gender"),
        ("gender identity", "gender"), ("pronoun", "gender"), ("pronouns", "gender"),
        ("preferred pronouns", "gender"), ("sex at birth", "gender"),
        ("biological sex", "gender"), ("assigned sex", "gender"),

        // ---------------------------------------------------------------------
        // Family (Bearer Family: marriages, offspring, relationships).
        // "children"/"dependents" alone are NOT terms (tree nodes, package graphs).
        // ---------------------------------------------------------------------
        ("marital status", "family"), ("civil status", "family"), ("relationship status", "family"),
        ("spouse", "family"), ("next of kin", "family"),
        ("number of children", "family"), ("num children", "family"),
        ("number of dependents", "family"), ("number of dependants", "family"),
        ("household size", "family"), ("household members", "family"),
        ("family members", "family"), ("family status", "family"), ("parental status", "family"),

        // ---------------------------------------------------------------------
        // GDPR Art. 9 special categories; Presidio NRP; DLP ETHNIC_GROUP.
        // "race" alone is a WholeNameTerm (RaceCondition); "union" alone and
        // "orientation" alone are NOT terms (set union, screen orientation).
        // ---------------------------------------------------------------------
        ("religion", "special_category"), ("religions", "special_category"), ("religious", "special_category"),
        ("religious affiliation", "special_category"), ("religious belief", "special_category"),
        ("religious beliefs", "special_category"),
        ("philosophical belief", "special_category"), ("philosophical beliefs", "special_category"),
        ("ethnicity", "special_category"), ("ethnic", "special_category"), ("ethnic origin", "special_category"),
        ("ethnic group", "special_category"), ("racial", "special_category"), ("racial origin", "special_category"),
        ("race ethnicity", "special_category"), ("race and ethnicity", "special_category"),
        ("caste", "special_category"),
        ("nationality", "special_category"), ("nationalities", "special_category"),
        ("citizenship", "special_category"), ("national origin", "special_category"),
        ("country of birth", "special_category"), ("birth country", "special_category"),
        ("immigration status", "special_category"), ("visa status", "special_category"),
        ("residency status", "special_category"),
        ("sexual orientation", "special_category"), ("sexuality", "special_category"),
        ("sexual", "special_category"), ("sex life", "special_category"),
        ("political", "special_category"), ("politics", "special_category"),
        ("political party", "special_category"), ("political affiliation", "special_category"),
        ("political opinion", "special_category"), ("political opinions", "special_category"),
        ("political views", "special_category"), ("party affiliation", "special_category"),
        ("trade union", "special_category"), ("union member", "special_category"),
        ("union membership", "special_category"), ("labor union", "special_category"),
        ("labour union", "special_category"),

        // ---------------------------------------------------------------------
        // GDPR Art. 10 criminal convictions; Bearer Criminal Records.
        // ---------------------------------------------------------------------
        ("criminal record", "criminal_record"), ("criminal records", "criminal_record"),
        ("criminal history", "criminal_record"), ("criminal background", "criminal_record"),
        ("criminal conviction", "criminal_record"), ("criminal convictions", "criminal_record"),
        ("conviction", "criminal_record"), ("convictions", "criminal_record"),
        ("criminal offence", "criminal_record"), ("criminal offense", "criminal_record"),
        ("arrest record", "criminal_record"), ("arrest history", "criminal_record"),
        ("police record", "criminal_record"), ("court record", "criminal_record"),
        ("felony", "criminal_record"), ("felonies", "criminal_record"),
        ("sex offender", "criminal_record"), ("offender status", "criminal_record"),
        ("parole status", "criminal_record"), ("probation status", "criminal_record"),
        ("dbs check", "criminal_record"),

        // ---------------------------------------------------------------------
        // IP address. GDPR Recital 30 + CJEU Breyer (C-582/14): dynamic IPs are
        // personal data. Presidio/DLP IP_ADDRESS. Remote/client address is the
        // peer's IP on the server side (HttpContext.Connection.RemoteIpAddress,
        // HttpRequest.UserHostAddress, X-Forwarded-For). Server-side IPs are
        // excluded via LookAlikes.
        // ---------------------------------------------------------------------
        ("ip", "ip_address"), ("ips", "ip_address"),
        ("ip address", "ip_address"), ("ip addresses", "ip_address"),
        ("ipaddress", "ip_address"), ("ipaddresses", "ip_address"),
        ("ipaddr", "ip_address"), ("ip addr", "ip_address"),
        ("ipv4", "ip_address"), ("ipv6", "ip_address"), ("ip v4", "ip_address"), ("ip v6", "ip_address"),
        ("ipv4 address", "ip_address"), ("ipv6 address", "ip_address"),
        ("remote address", "ip_address"), ("remote addr", "ip_address"), ("remote endpoint", "ip_address"),
        ("client address", "ip_address"), ("user host address", "ip_address"),
        ("x forwarded for", "ip_address"), ("forwarded for", "ip_address"),

        // ---------------------------------------------------------------------
        // MAC address (Presidio/DLP MAC_ADDRESS). "mac" alone is NOT a term
        // (macOS). .NET's PhysicalAddress type is the MAC; BSSID is the access
        // point's MAC (and a location proxy).
        // ---------------------------------------------------------------------
        ("mac address", "mac_address"), ("mac addresses", "mac_address"),
        ("macaddress", "mac_address"), ("macaddr", "mac_address"), ("mac addr", "mac_address"),
        ("hardware address", "mac_address"), ("physical address", "mac_address"),
        ("bluetooth address", "mac_address"), ("bluetooth mac", "mac_address"),
        ("wifi mac", "mac_address"), ("wlan mac", "mac_address"),
        ("ethernet mac", "mac_address"), ("ethernet address", "mac_address"),
        ("bssid", "mac_address"),

        // ---------------------------------------------------------------------
        // Machine / device names (Microsoft EUII: Environment.MachineName,
        // hostnames of end-user devices; device names like "Alice's iPhone").
        // Server host names are excluded via LookAlikes.
        // ---------------------------------------------------------------------
        ("machine name", "machine_name"), ("machinename", "machine_name"),
        ("computer name", "machine_name"), ("computername", "machine_name"),
        ("host name", "machine_name"), ("hostname", "machine_name"),
        ("host names", "machine_name"), ("hostnames", "machine_name"),
        ("device name", "machine_name"), ("devicename", "machine_name"),
        ("device friendly name", "machine_name"), ("phone name", "machine_name"),
        ("pc name", "machine_name"), ("workstation", "machine_name"), ("workstation name", "machine_name"),
        ("netbios name", "machine_name"), ("client machine", "machine_name"),
        ("user host name", "machine_name"), ("bluetooth name", "machine_name"),

        // ---------------------------------------------------------------------
        // Device & advertising identifiers (Identifier class). DLP
        // IMEI_HARDWARE_ID, ADVERTISING_ID; HIPAA device identifiers & serial
        // numbers; Bearer "Device identifier", "Browser Fingerprint".
        // "ad id"/"adid" excluded (usually the ad creative's id); "vendor id"
        // excluded (USB VendorId) -- "idfv" covers Apple's.
        // ---------------------------------------------------------------------
        ("device id", "device_id"), ("device ids", "device_id"), ("deviceid", "device_id"),
        ("device identifier", "device_id"), ("device uuid", "device_id"), ("device guid", "device_id"),
        ("device unique id", "device_id"), ("unique device id", "device_id"),
        ("device serial", "device_id"), ("device serial number", "device_id"),
        ("serial number", "device_id"), ("serialnumber", "device_id"),
        ("hardware id", "device_id"), ("hwid", "device_id"), ("hardware serial", "device_id"),
        ("machine id", "device_id"), ("machineid", "device_id"), ("machine guid", "device_id"),
        ("installation id", "device_id"), ("install id", "device_id"), ("installationid", "device_id"),
        ("installation guid", "device_id"), ("app instance id", "device_id"),
        ("telemetry id", "device_id"), ("sqm id", "device_id"),
        ("device token", "device_id"), ("push token", "device_id"), ("fcm token", "device_id"),
        ("apns token", "device_id"), ("registration token", "device_id"),
        ("device fingerprint", "device_id"), ("browser fingerprint", "device_id"),
        ("canvas fingerprint", "device_id"),
        ("advertising id", "device_id"), ("advertising identifier", "device_id"),
        ("identifier for advertising", "device_id"), ("identifier for vendor", "device_id"),
        ("idfa", "device_id"), ("idfv", "device_id"), ("gaid", "device_id"), ("aaid", "device_id"),
        ("android id", "device_id"), ("google advertising id", "device_id"),
        ("udid", "device_id"), ("imei", "device_id"), ("imsi", "device_id"),
        ("meid", "device_id"), ("iccid", "device_id"),
        ("sim serial", "device_id"), ("sim serial number", "device_id"), ("sim id", "device_id"),

        // ---------------------------------------------------------------------
        // Cookies & sessions (GDPR Recital 30 "cookie identifiers"; DLP
        // HTTP_COOKIE). "session" alone is NOT a term (SessionStart,
        // SessionDuration). "sid" also names a Windows security identifier;
        // either way an Identifier. Auth cookies/session tokens/keys are
        // credentials (below).
        // ---------------------------------------------------------------------
        ("session id", "session_id"), ("session ids", "session_id"), ("sessionid", "session_id"),
        ("session identifier", "session_id"), ("session guid", "session_id"), ("session uuid", "session_id"),
        ("session cookie", "session_id"), ("cookie", "session_id"), ("cookies", "session_id"),
        ("cookie id", "session_id"), ("cookie value", "session_id"), ("cookie header", "session_id"),
        ("set cookie", "session_id"), ("sid", "session_id"),
        ("jsessionid", "session_id"), ("phpsessid", "session_id"), ("muid", "session_id"),
        ("visit id", "session_id"),

        // ---------------------------------------------------------------------
        // User / customer / account identifiers (Identifier class; Microsoft
        // EUPI; Bearer "Unique Identifier" person objects; Segment anonymousId,
        // Mixpanel distinct_id, Xbox XUID, MSA PUID). "uid"/"oid"/"cid" alone
        // are excluded (generic "unique id", ASN.1 OID, content id). "client id"
        // (OAuth app), "tenant id", "subscription id" are organisational: see
        // LookAlikes. A HASH of an e-mail/phone/username is still a stable
        // pseudonymous identifier of the person -> user_id.
        // ---------------------------------------------------------------------
        ("user id", "user_id"), ("user ids", "user_id"), ("userid", "user_id"), ("userids", "user_id"),
        ("user guid", "user_id"), ("user uuid", "user_id"), ("user key", "user_id"),
        ("user identifier", "user_id"), ("user number", "user_id"), ("user sid", "user_id"),
        ("user object id", "user_id"), ("user oid", "user_id"), ("user hash", "user_id"),
        ("customer id", "user_id"), ("customer ids", "user_id"), ("customerid", "user_id"),
        ("customer guid", "user_id"), ("customer uuid", "user_id"), ("customer key", "user_id"),
        ("customer identifier", "user_id"), ("customer number", "user_id"), ("customer no", "user_id"),
        ("customer reference", "user_id"), ("customer ref", "user_id"),
        ("account id", "user_id"), ("account ids", "user_id"), ("accountid", "user_id"),
        ("account guid", "user_id"), ("account uuid", "user_id"), ("account identifier", "user_id"),
        ("account sid", "user_id"), ("security identifier", "user_id"),
        ("member id", "user_id"), ("member number", "user_id"),
        ("membership id", "user_id"), ("membership number", "user_id"),
        ("subscriber id", "user_id"), ("profile id", "user_id"),
        ("player id", "user_id"), ("gamer id", "user_id"), ("xuid", "user_id"), ("puid", "user_id"),
        ("msa id", "user_id"), ("live id", "user_id"), ("facebook id", "user_id"), ("google id", "user_id"),
        ("twitter id", "user_id"), ("steam id", "user_id"),
        ("owner id", "user_id"), ("author id", "user_id"), ("creator id", "user_id"),
        ("sender id", "user_id"), ("recipient id", "user_id"), ("contact id", "user_id"),
        ("person id", "user_id"), ("employee id", "user_id"), ("employee number", "user_id"),
        ("employee no", "user_id"), ("staff id", "user_id"), ("staff number", "user_id"),
        ("student id", "user_id"), ("student number", "user_id"),
        ("buyer id", "user_id"), ("seller id", "user_id"), ("shopper id", "user_id"),
        ("consumer id", "user_id"), ("guest id", "user_id"), ("participant id", "user_id"),
        ("attendee id", "user_id"), ("passenger id", "user_id"), ("rider id", "user_id"),
        ("traveler id", "user_id"), ("traveller id", "user_id"), ("assignee id", "user_id"),
        ("requester id", "user_id"), ("requestor id", "user_id"),
        ("principal id", "user_id"), ("subject id", "user_id"),
        ("anonymous id", "user_id"), ("anon id", "user_id"), ("visitor id", "user_id"), ("distinct id", "user_id"),
        ("loyalty id", "user_id"), ("loyalty number", "user_id"), ("loyalty card number", "user_id"),
        ("email hash", "user_id"), ("email address hash", "user_id"), ("hashed email", "user_id"),
        ("hashed email address", "user_id"), ("email sha256", "user_id"), ("email md5", "user_id"),
        ("phone hash", "user_id"), ("phone number hash", "user_id"), ("hashed phone", "user_id"),
        ("hashed phone number", "user_id"),
        ("username hash", "user_id"), ("user name hash", "user_id"), ("hashed username", "user_id"),

        // ---------------------------------------------------------------------
        // Government identifiers (DLP GOVERNMENT_ID; Presidio US_SSN, US_ITIN,
        // US_PASSPORT, US_DRIVER_LICENSE, UK_NINO, IN_AADHAAR, IN_PAN, SG_NRIC_FIN,
        // ES_NIF, IT_FISCAL_CODE, AU_TFN). Excluded on ambiguity: "sin" alone
        // (Math.Sin), "tin" alone, "pan" alone (camera/gesture pan, card PAN),
        // "license number" (software licences), "tax code" (tax category),
        // "rfc" (Request for Comments), "state id" (state machines).
        // ---------------------------------------------------------------------
        ("ssn", "government_id"), ("ssns", "government_id"),
        ("social security", "government_id"), ("social security number", "government_id"),
        ("social security no", "government_id"), ("social security num", "government_id"),
        ("social insurance number", "government_id"), ("sin number", "government_id"),
        ("nino", "government_id"), ("national insurance number", "government_id"), ("ni number", "government_id"),
        ("national id", "government_id"), ("national ids", "government_id"), ("nationalid", "government_id"),
        ("national identity", "government_id"), ("national identity number", "government_id"),
        ("national identification", "government_id"), ("national identification number", "government_id"),
        ("national id number", "government_id"), ("citizen id", "government_id"), ("citizen number", "government_id"),
        ("id card", "government_id"), ("id card number", "government_id"),
        ("identity card", "government_id"), ("identity card number", "government_id"),
        ("identity document", "government_id"), ("id document", "government_id"), ("identity number", "government_id"),
        ("government id", "government_id"), ("gov id", "government_id"), ("government issued id", "government_id"),
        ("tax id", "government_id"), ("tax ids", "government_id"), ("taxid", "government_id"),
        ("tax identifier", "government_id"), ("tax identification number", "government_id"),
        ("tax number", "government_id"), ("tax file number", "government_id"), ("itin", "government_id"),
        ("taxpayer id", "government_id"), ("taxpayer number", "government_id"),
        ("fiscal code", "government_id"), ("fiscal number", "government_id"), ("fiscal id", "government_id"),
        ("passport", "government_id"), ("passports", "government_id"),
        ("passport number", "government_id"), ("passport no", "government_id"),
        ("passport num", "government_id"), ("passport id", "government_id"),
        ("driver license", "government_id"), ("drivers license", "government_id"),
        ("driver licence", "government_id"), ("drivers licence", "government_id"),
        ("driving license", "government_id"), ("driving licence", "government_id"),
        ("driver license number", "government_id"), ("driver licence number", "government_id"),
        ("dl number", "government_id"), ("dl no", "government_id"),
        ("voter id", "government_id"), ("voter number", "government_id"), ("military id", "government_id"),
        ("residence permit", "government_id"), ("residence permit number", "government_id"),
        ("green card", "government_id"), ("green card number", "government_id"),
        ("alien number", "government_id"), ("alien registration number", "government_id"),
        ("birth certificate", "government_id"), ("birth certificate number", "government_id"),
        ("aadhaar", "government_id"), ("aadhar", "government_id"), ("aadhaar number", "government_id"),
        ("pan card", "government_id"), ("pan card number", "government_id"),
        ("cpf", "government_id"), ("nric", "government_id"), ("curp", "government_id"),
        ("dni", "government_id"), ("nif", "government_id"), ("nie", "government_id"),
        ("bsn", "government_id"), ("personnummer", "government_id"),
        ("ahv", "government_id"), ("ahv number", "government_id"),

        // ---------------------------------------------------------------------
        // Payment cards (PCI DSS cardholder data + sensitive authentication
        // data; Presidio CREDIT_CARD). "card" alone is NOT a term (UI cards,
        // SIM/SD cards); "cc" alone is NOT a term (e-mail carbon copy).
        // "pan number" = primary account number here; Indian PAN is "pan card".
        // Card last-four digits alone are not listed (PCI allows displaying them).
        // ---------------------------------------------------------------------
        ("credit card", "payment_card"), ("credit cards", "payment_card"), ("creditcard", "payment_card"),
        ("credit card number", "payment_card"), ("debit card", "payment_card"), ("debit card number", "payment_card"),
        ("card number", "payment_card"), ("card numbers", "payment_card"), ("cardnumber", "payment_card"),
        ("card no", "payment_card"), ("card num", "payment_card"), ("card nr", "payment_card"),
        ("cc number", "payment_card"), ("cc num", "payment_card"), ("cc no", "payment_card"),
        ("ccnumber", "payment_card"), ("ccn", "payment_card"),
        ("cvv", "payment_card"), ("cvv2", "payment_card"), ("cvc", "payment_card"), ("cvc2", "payment_card"),
        ("card security code", "payment_card"), ("card verification code", "payment_card"),
        ("card verification value", "payment_card"),
        ("primary account number", "payment_card"), ("card pan", "payment_card"), ("pan number", "payment_card"),
        ("card expiry", "payment_card"), ("card expiry date", "payment_card"),
        ("card expiration", "payment_card"), ("card expiration date", "payment_card"), ("card exp", "payment_card"),
        ("card details", "payment_card"), ("card data", "payment_card"), ("card info", "payment_card"),
        ("payment card", "payment_card"), ("payment card number", "payment_card"),
        ("bank card", "payment_card"), ("bank card number", "payment_card"),
        ("card track", "payment_card"), ("magnetic stripe", "payment_card"),

        // ---------------------------------------------------------------------
        // Bank accounts (Presidio IBAN_CODE, US_BANK_NUMBER, CRYPTO; DLP
        // IBAN_CODE, SWIFT_CODE, US_BANK_ROUTING_MICR). Routing/sort/BIC codes
        // identify the bank, not the person, but DLP tools flag them because
        // they are logged next to (and complete) the account number.
        // "swift" alone is NOT a term (the language).
        // ---------------------------------------------------------------------
        ("iban", "bank_account"), ("ibans", "bank_account"), ("iban code", "bank_account"),
        ("bank account", "bank_account"), ("bank accounts", "bank_account"), ("bankaccount", "bank_account"),
        ("bank account number", "bank_account"),
        ("account number", "bank_account"), ("account numbers", "bank_account"), ("accountnumber", "bank_account"),
        ("account no", "bank_account"), ("account num", "bank_account"),
        ("acct number", "bank_account"), ("acct no", "bank_account"), ("acct num", "bank_account"),
        ("acc no", "bank_account"), ("acc number", "bank_account"),
        ("routing number", "bank_account"), ("routing no", "bank_account"), ("aba number", "bank_account"),
        ("sort code", "bank_account"), ("bic", "bank_account"), ("bic code", "bank_account"),
        ("swift code", "bank_account"), ("swift bic", "bank_account"),
        ("bsb", "bank_account"), ("bsb number", "bank_account"), ("clabe", "bank_account"),
        ("bank code", "bank_account"), ("bank details", "bank_account"), ("bank info", "bank_account"),
        ("bank statement", "bank_account"), ("upi id", "bank_account"),
        ("wallet address", "bank_account"), ("crypto wallet", "bank_account"),
        ("bitcoin address", "bank_account"), ("btc address", "bank_account"), ("eth address", "bank_account"),

        // ---------------------------------------------------------------------
        // Income & wealth (Bearer Earnings/Income Brackets/Paystub).
        // "compensation" and "bonus" excluded (saga compensation, game bonus).
        // ---------------------------------------------------------------------
        ("salary", "income"), ("salaries", "income"), ("base salary", "income"),
        ("income", "income"), ("incomes", "income"), ("annual income", "income"),
        ("household income", "income"), ("income bracket", "income"), ("income range", "income"),
        ("salary range", "income"),
        ("wage", "income"), ("wages", "income"), ("hourly wage", "income"),
        ("earnings", "income"), ("net worth", "income"), ("networth", "income"), ("wealth", "income"),
        ("gross pay", "income"), ("net pay", "income"), ("base pay", "income"), ("take home pay", "income"),
        ("payslip", "income"), ("paystub", "income"), ("pay slip", "income"), ("pay stub", "income"),
        ("pay grade", "income"), ("tax return", "income"), ("tax returns", "income"),

        // ---------------------------------------------------------------------
        // Credit standing (Bearer Credit History: capacity, records, standing,
        // worthiness). "credit" alone is NOT a term; "debt" excluded
        // (TechnicalDebt).
        // ---------------------------------------------------------------------
        ("credit score", "credit_history"), ("credit scores", "credit_history"),
        ("credit rating", "credit_history"), ("credit history", "credit_history"),
        ("credit report", "credit_history"), ("credit limit", "credit_history"),
        ("credit worthiness", "credit_history"), ("creditworthiness", "credit_history"),
        ("fico", "credit_history"), ("fico score", "credit_history"),
        ("bankruptcy", "credit_history"), ("bankruptcies", "credit_history"),

        // ---------------------------------------------------------------------
        // Credentials & secrets (DLP CREDENTIAL: PASSWORD, AUTH_TOKEN,
        // JSON_WEB_TOKEN, ENCRYPTION_KEY, *_API_KEY; Bearer Passwords/PIN;
        // PCI sensitive authentication data). "token" alone IS a term, with many
        // LookAlikes (CancellationToken, ContinuationToken, SyntaxToken,
        // PublicKeyToken...); plural "tokens" is NOT (LLM InputTokens).
        // "key" alone and "auth" alone are NOT terms; "primary key" never
        // matches. "pin" alone is a WholeNameTerm (pinned items).
        // "pin code" is treated as a credential (device/card PIN); the Indian
        // postal PIN code is rarer in C# telemetry and is personal either way.
        // ---------------------------------------------------------------------
        ("password", "credential"), ("passwords", "credential"), ("passwd", "credential"), ("pwd", "credential"),
        ("passphrase", "credential"), ("passphrases", "credential"), ("pass phrase", "credential"),
        ("passcode", "credential"), ("pass code", "credential"),
        ("password hash", "credential"), ("hashed password", "credential"),
        ("pin code", "credential"), ("pin number", "credential"), ("pin no", "credential"),
        ("user pin", "credential"), ("sim pin", "credential"), ("card pin", "credential"),
        ("atm pin", "credential"), ("pin hash", "credential"),
        ("personal identification number", "credential"), ("puk", "credential"), ("puk code", "credential"),
        ("otp", "credential"), ("totp", "credential"), ("hotp", "credential"),
        ("one time password", "credential"), ("one time code", "credential"), ("one time passcode", "credential"),
        ("verification code", "credential"), ("auth code", "credential"), ("authorization code", "credential"),
        ("authentication code", "credential"), ("mfa code", "credential"), ("2fa code", "credential"),
        ("two factor code", "credential"), ("security code", "credential"), ("reset code", "credential"),
        ("recovery code", "credential"), ("recovery codes", "credential"),
        ("backup code", "credential"), ("backup codes", "credential"), ("recovery key", "credential"),
        ("security answer", "credential"), ("security answers", "credential"), ("secret answer", "credential"),
        ("secret", "credential"), ("secrets", "credential"),
        ("client secret", "credential"), ("app secret", "credential"), ("application secret", "credential"),
        ("shared secret", "credential"),
        ("token", "credential"),
        ("access token", "credential"), ("access tokens", "credential"), ("accesstoken", "credential"),
        ("refresh token", "credential"), ("refresh tokens", "credential"), ("refreshtoken", "credential"),
        ("id token", "credential"), ("idtoken", "credential"),
        ("bearer", "credential"), ("bearer token", "credential"),
        ("auth token", "credential"), ("authtoken", "credential"), ("authentication token", "credential"),
        ("session token", "credential"), ("session key", "credential"), ("auth cookie", "credential"),
        ("api token", "credential"), ("oauth token", "credential"), ("security token", "credential"),
        ("csrf token", "credential"), ("xsrf token", "credential"), ("anti forgery token", "credential"),
        ("antiforgery token", "credential"), ("request verification token", "credential"),
        ("personal access token", "credential"), ("sas token", "credential"), ("sas key", "credential"),
        ("reset token", "credential"), ("password reset token", "credential"), ("magic link", "credential"),
        ("saml assertion", "credential"),
        ("jwt", "credential"), ("jwts", "credential"), ("json web token", "credential"),
        ("api key", "credential"), ("api keys", "credential"), ("apikey", "credential"), ("apikeys", "credential"),
        ("access key", "credential"), ("secret key", "credential"), ("secretkey", "credential"),
        ("private key", "credential"), ("private keys", "credential"), ("privatekey", "credential"),
        ("signing key", "credential"), ("encryption key", "credential"), ("decryption key", "credential"),
        ("master key", "credential"), ("account key", "credential"), ("storage key", "credential"),
        ("subscription key", "credential"), ("machine key", "credential"), ("hmac key", "credential"),
        ("ssh key", "credential"),
        ("connection string", "credential"), ("connection strings", "credential"),
        ("connectionstring", "credential"), ("conn str", "credential"), ("conn string", "credential"),
        ("credential", "credential"), ("credentials", "credential"), ("creds", "credential"),
        ("authorization header", "credential"), ("auth header", "credential"),
        ("seed phrase", "credential"), ("recovery phrase", "credential"), ("mnemonic phrase", "credential"),
        ("wallet seed", "credential"),

        // ---------------------------------------------------------------------
        // Health & genetics (GDPR Art. 9 "data concerning health", "genetic
        // data"; HIPAA PHI incl. medical record & health-plan numbers; Bearer
        // Medical and Health; DLP MEDICAL_TERM, ICD10_CODE).
        // Excluded on ambiguity: "health" alone (service health checks),
        // "treatment" alone (A/B experiment arms), "condition" alone,
        // "weight"/"height" alone (layout, ML), "heart" alone, "std" (stddev),
        // "phi" alone (golden ratio, angles), "test result" (unit tests),
        // "due date".
        // ---------------------------------------------------------------------
        ("diagnosis", "health"), ("diagnoses", "health"), ("diagnosis code", "health"),
        ("icd code", "health"), ("icd 10", "health"), ("icd10", "health"), ("icd 10 code", "health"),
        ("medication", "health"), ("medications", "health"), ("dosage", "health"),
        ("prescription", "health"), ("prescriptions", "health"), ("rx number", "health"),
        ("allergy", "health"), ("allergies", "health"),
        ("blood", "health"), ("blood type", "health"), ("blood group", "health"), ("blood pressure", "health"),
        ("blood glucose", "health"), ("blood sugar", "health"), ("blood test", "health"), ("blood oxygen", "health"),
        ("spo2", "health"),
        ("pregnancy", "health"), ("pregnant", "health"),
        ("disability", "health"), ("disabilities", "health"),
        ("bmi", "health"), ("body mass index", "health"),
        ("heart rate", "health"), ("heartrate", "health"), ("resting heart rate", "health"),
        ("heart condition", "health"), ("heart disease", "health"), ("pulse rate", "health"),
        ("body temperature", "health"), ("body weight", "health"), ("body height", "health"), ("body fat", "health"),
        ("symptom", "health"), ("symptoms", "health"), ("illness", "health"), ("illnesses", "health"),
        ("disease", "health"), ("diseases", "health"),
        ("medical condition", "health"), ("medical conditions", "health"), ("health condition", "health"),
        ("chronic condition", "health"), ("pre existing condition", "health"),
        ("medical history", "health"), ("medical record", "health"), ("medical records", "health"),
        ("medical record number", "health"), ("mrn", "health"), ("medical treatment", "health"),
        ("health record", "health"), ("health records", "health"), ("health data", "health"),
        ("health info", "health"), ("health information", "health"),
        ("protected health information", "health"),
        ("patient id", "health"), ("patient number", "health"), ("patient record", "health"), ("patient data", "health"),
        ("health insurance", "health"), ("health insurance number", "health"),
        ("health plan id", "health"), ("health plan number", "health"), ("health card number", "health"),
        ("medicare number", "health"), ("medicaid number", "health"), ("nhs number", "health"),
        ("mental health", "health"), ("mental illness", "health"), ("therapy", "health"),
        ("addiction", "health"), ("substance use", "health"), ("drug test", "health"), ("surgery", "health"),
        ("vaccination", "health"), ("vaccinations", "health"), ("vaccine", "health"),
        ("hiv", "health"), ("cancer", "health"), ("diabetes", "health"), ("diabetic", "health"), ("asthma", "health"),
        ("menstrual", "health"), ("menstruation", "health"), ("ovulation", "health"), ("fertility", "health"),
        ("lab result", "health"), ("lab results", "health"), ("lab test", "health"),
        ("genetic", "health"), ("genetics", "health"), ("genetic data", "health"),
        ("dna", "health"), ("dna sequence", "health"), ("genome", "health"), ("genomic", "health"),
        ("genotype", "health"),

        // ---------------------------------------------------------------------
        // Biometrics and photos of people (GDPR Art. 9 biometric data; HIPAA
        // full-face photographs; Bearer Biometric Data/Image). Kept together as
        // the brief's "biometric data or a photo": face images are the raw
        // input of face recognition. "fingerprint" alone is NOT a term
        // (certificate/crash/build fingerprints); "signature" alone is NOT
        // (crypto/method signatures); "face" alone is NOT (FontFace);
        // "portrait" is NOT (orientation); "retina" alone is NOT (Apple Retina
        // displays); "headshot" is NOT (games).
        // ---------------------------------------------------------------------
        ("biometric", "biometric"), ("biometrics", "biometric"),
        ("biometric data", "biometric"), ("biometric template", "biometric"),
        ("fingerprint image", "biometric"), ("fingerprint template", "biometric"),
        ("fingerprint scan", "biometric"), ("fingerprint data", "biometric"),
        ("face id", "biometric"), ("faceid", "biometric"), ("face image", "biometric"), ("face images", "biometric"),
        ("face template", "biometric"), ("face scan", "biometric"), ("face embedding", "biometric"),
        ("face encoding", "biometric"), ("face geometry", "biometric"), ("face print", "biometric"),
        ("faceprint", "biometric"), ("face photo", "biometric"), ("facial", "biometric"),
        ("touch id", "biometric"), ("touchid", "biometric"),
        ("voiceprint", "biometric"), ("voice print", "biometric"), ("voice sample", "biometric"),
        ("voice recording", "biometric"), ("voice recordings", "biometric"), ("voice biometric", "biometric"),
        ("retina scan", "biometric"), ("retinal scan", "biometric"),
        ("iris scan", "biometric"), ("iris template", "biometric"), ("iris image", "biometric"),
        ("palm print", "biometric"), ("palmprint", "biometric"), ("hand geometry", "biometric"), ("gait", "biometric"),
        ("handwritten signature", "biometric"), ("signature image", "biometric"), ("wet signature", "biometric"),
        ("photo", "biometric"), ("photos", "biometric"), ("selfie", "biometric"), ("selfies", "biometric"),
        ("avatar", "biometric"), ("id photo", "biometric"),
        ("profile picture", "biometric"), ("profile pic", "biometric"), ("profile photo", "biometric"),
        ("profile image", "biometric"), ("user picture", "biometric"), ("user image", "biometric"),

        // ---------------------------------------------------------------------
        // Precise location (Sensitive; GDPR location data, many US state laws
        // list precise geolocation as sensitive; DLP LOCATION_COORDINATES;
        // Bearer GPS Coordinate). "location" alone and "coordinates" alone are
        // NOT terms (file/install location, screen/mouse coordinates); "long"
        // is NOT (the type). Windows.Devices.Geolocation.Geoposition included.
        // ---------------------------------------------------------------------
        ("latitude", "precise_location"), ("latitudes", "precise_location"),
        ("longitude", "precise_location"), ("longitudes", "precise_location"),
        ("lat", "precise_location"), ("lng", "precise_location"), ("lon", "precise_location"),
        ("lat lng", "precise_location"), ("lat long", "precise_location"), ("lat lon", "precise_location"),
        ("latlng", "precise_location"), ("latlong", "precise_location"), ("latlon", "precise_location"),
        ("gps", "precise_location"), ("gps coordinates", "precise_location"), ("gps location", "precise_location"),
        ("geo location", "precise_location"), ("geolocation", "precise_location"), ("geolocations", "precise_location"),
        ("geo coordinates", "precise_location"), ("geo coordinate", "precise_location"),
        ("geo point", "precise_location"), ("geopoint", "precise_location"),
        ("geo position", "precise_location"), ("geoposition", "precise_location"),
        ("geohash", "precise_location"), ("geo hash", "precise_location"),
        ("location coordinates", "precise_location"), ("location data", "precise_location"),
        ("location history", "precise_location"),
        ("user location", "precise_location"), ("current location", "precise_location"),
        ("device location", "precise_location"), ("last known location", "precise_location"),
        ("last location", "precise_location"), ("precise location", "precise_location"),
        ("exact location", "precise_location"), ("home location", "precise_location"),
        ("work location", "precise_location"), ("whereabouts", "precise_location"),

        // ---------------------------------------------------------------------
        // Coarse location (Personal; HIPAA "geographic subdivisions smaller
        // than a state"; IP-derived geo). Bare country / region / locale /
        // time zone are NOT terms (see LookAlikes). "geo" alone is coarse
        // (GeoIP-style city/region blobs); geo-replication is a LookAlike.
        // ---------------------------------------------------------------------
        ("city", "coarse_location"), ("city name", "coarse_location"), ("home city", "coarse_location"),
        ("user city", "coarse_location"), ("hometown", "coarse_location"), ("home town", "coarse_location"),
        ("town", "coarse_location"), ("county", "coarse_location"),
        ("neighborhood", "coarse_location"), ("neighbourhood", "coarse_location"),
        ("birthplace", "coarse_location"), ("birth place", "coarse_location"), ("place of birth", "coarse_location"),
        ("city of birth", "coarse_location"),
        ("geo", "coarse_location"), ("geoip", "coarse_location"), ("geo ip", "coarse_location"),
        ("ip location", "coarse_location"), ("ip geo", "coarse_location"), ("metro area", "coarse_location"),

        // ---------------------------------------------------------------------
        // Vehicles (HIPAA vehicle identifiers; DLP VEHICLE_IDENTIFICATION_NUMBER).
        // ---------------------------------------------------------------------
        ("license plate", "vehicle"), ("licence plate", "vehicle"), ("number plate", "vehicle"),
        ("plate number", "vehicle"), ("registration plate", "vehicle"),
        ("vehicle registration", "vehicle"), ("vehicle registration number", "vehicle"),
        ("vin", "vehicle"), ("vin number", "vehicle"), ("vehicle identification number", "vehicle"),

        // ---------------------------------------------------------------------
        // Behavioural history (Bearer Behavioral Information: browsing
        // behaviour, links clicked, call logs; Glean "stored_content").
        // ---------------------------------------------------------------------
        ("browsing history", "activity_history"), ("browser history", "activity_history"),
        ("search history", "activity_history"), ("purchase history", "activity_history"),
        ("order history", "activity_history"), ("watch history", "activity_history"),
        ("viewing history", "activity_history"), ("listening history", "activity_history"),
        ("call history", "activity_history"), ("call log", "activity_history"), ("call logs", "activity_history"),
        ("visited urls", "activity_history"), ("visited sites", "activity_history"),
        ("recent searches", "activity_history"),

        // ---------------------------------------------------------------------
        // Generic personal-data containers (names that say so outright).
        // ---------------------------------------------------------------------
        ("pii", "personal_info"), ("euii", "personal_info"),
        ("personal info", "personal_info"), ("personal information", "personal_info"),
        ("personal data", "personal_info"), ("personal details", "personal_info"),
        ("personally identifiable information", "personal_info"),
    };

    // =========================================================================
    // 2b. Whole-name terms: personal only when they are the ENTIRE identifier.
    //     As a modifier they are overwhelmingly technical (UserAgent, UserMode,
    //     OwnerType, AgeMs, RaceCondition, PinState, AuthorizationPolicy,
    //     AddressFamily, MobileApp), but a field called just `User`, `Owner`,
    //     `Age`, `Address` or `Pin` holds the value itself.
    // =========================================================================

    /// <summary>Terms that only match when they are the entire split identifier.</summary>
    internal static readonly (string Words, string Category)[] WholeNameTerms =
    {
        ("user", "username"), ("owner", "username"), ("login", "username"),
        ("principal", "username"), ("assignee", "username"),
        ("author", "person_name"), ("display name", "person_name"),
        ("sender", "contact_details"), ("recipient", "contact_details"),
        ("recipients", "contact_details"), ("contact", "contact_details"),
        ("address", "postal_address"), ("addresses", "postal_address"),
        ("mobile", "phone"),
        ("age", "age"),
        ("race", "special_category"),
        ("pin", "credential"), ("authorization", "credential"),
    };

    // =========================================================================
    // 3. NonPersonalHeads: when the LAST word of a name is one of these (and is
    //    not part of the matched term), the field describes personal data
    //    rather than containing it. Bearer uses the same idea as exclude-words.
    //    Deliberately ABSENT: "hash" (a hash of an e-mail is still a stable
    //    identifier), "hashed"/"encrypted" (EmailHashed may hold the hashed
    //    value), "name" (MedicationName, StreetName), "code" (PinCode,
    //    AuthCode), "number" (PhoneNumber), "key", "url"/"uri" (AvatarUrl),
    //    "range"/"history"/"list" (they wrap the data), "location".
    // =========================================================================

    /// <summary>Last words that turn a personal-looking name into metadata.</summary>
    internal static readonly string[] NonPersonalHeads =
    {
        // Quantities and sizes: a number about the data (PageCount, EmailCount,
        // PasswordLength, PhotoSize, AddressBytes).
        "count", "counts", "cnt", "total", "sum", "length", "len", "size", "bytes", "kb", "mb",
        "chars", "characters", "digits", "width", "height", "dimensions", "resolution",
        // Aggregates and distributions (UserIdDistribution, LatencyP95).
        "max", "min", "avg", "average", "mean", "median", "p50", "p90", "p95", "p99",
        "stddev", "variance", "histogram", "bucket", "buckets", "distribution", "stats",
        "statistics", "metric", "metrics", "summary",
        // Booleans/flags and state changes, usually past participles or
        // adjectives (EmailEnabled, PhoneVerified, PasswordChanged, EmailSent,
        // LocationGranted, UserLoggedIn -> "in", OptOut -> "out").
        "enabled", "disabled", "enable", "disable", "on", "off", "allowed", "blocked",
        "required", "optional", "mandatory", "supported", "support", "available",
        "visible", "hidden", "shown", "editable", "present", "missing", "empty",
        "exists", "found", "valid", "invalid", "verified", "unverified", "confirmed",
        "validated", "matched", "match", "mismatch", "changed", "updated", "modified",
        "deleted", "removed", "added", "created", "set", "saved", "stored", "sent",
        "received", "delivered", "bounced", "opened", "clicked", "copied", "pasted",
        "selected", "provided", "entered", "collected", "shared", "granted", "denied",
        "accepted", "rejected", "declined", "revoked", "expired", "locked",
        "refreshed", "acquired", "issued", "in", "out",
        // Masked/redacted values no longer identify the person (unlike hashes).
        "masked", "redacted", "scrubbed", "anonymized", "anonymised",
        // Outcomes (PasswordResetResult, EmailLookupError, LoginFailureReason).
        "succeeded", "success", "successful", "failed", "failure", "failures",
        "error", "errors", "result", "results", "outcome", "status", "state", "reason",
        // Kinds and classifications (EmailType, IpVersion, AddressFamily,
        // PhoneModel, CardBrand, TokenKind, IpProtocol).
        "type", "types", "kind", "kinds", "category", "categories", "class", "group",
        "format", "formats", "scheme", "schema", "style", "mode", "modes", "variant",
        "version", "ver", "revision", "protocol", "family", "level", "tier", "flavor",
        "model", "brand", "manufacturer", "vendor", "os", "platform", "role", "roles",
        // Authentication mechanism rather than the secret (PasswordAuth,
        // BearerAuthentication, EmailAuthenticated).
        "auth", "authentication", "authenticated",
        // Attributes derived from the data that are not personal on their own
        // (IpAddressCountry, GeoRegion, PhoneCarrier, IpIsp, IpAsn): country,
        // region, locale and time zone are shared by millions (see LookAlikes).
        "country", "countries", "region", "continent", "locale", "language",
        "timezone", "market", "carrier", "isp", "asn", "org", "organization",
        // Rules and configuration (PasswordPolicy, EmailTemplate, PhoneRegex,
        // EmailValidation, IpFilter, CookieConsent, LocationPermission).
        "policy", "policies", "template", "templates", "pattern", "patterns", "regex",
        "mask", "validation", "validator", "validators", "verification", "rule", "rules",
        "filter", "filters", "allowlist", "whitelist", "blocklist", "blacklist", "denylist",
        "setting", "settings", "config", "configuration", "options", "option",
        "preference", "preferences", "permission", "permissions", "consent", "access",
        "flag", "flags", "feature", "experiment", "threshold", "limit", "limits",
        "quota", "budget", "cap", "usage",
        // UI elements and copy (EmailLabel, PhonePlaceholder, PasswordHint,
        // PasswordBox, AddressPage, LoginScreen, AvatarIcon).
        "hint", "label", "placeholder", "tooltip", "caption", "field", "fields", "box",
        "textbox", "button", "page", "screen", "view", "dialog", "form", "tab", "panel",
        "menu", "control", "editor", "picker", "selector", "widget", "banner", "section",
        "icon", "color", "colour",
        // Time and durations (IpLookupMs, SessionIdTimeout, EmailVerifiedAt,
        // TokenExpiry, PasswordLastChangedUtc, CardExpiryDate is a term).
        "ms", "millis", "milliseconds", "sec", "secs", "seconds", "minutes", "mins",
        "hours", "hrs", "days", "ticks", "duration", "elapsed", "latency", "timeout",
        "interval", "delay", "frequency", "period", "ttl", "lifetime", "expiry",
        "expiration", "expires", "at", "time", "timestamp", "date", "utc",
        // Attempts, rates and quality measures (LoginAttempts, OtpRetries,
        // EmailOpenRate, PasswordStrength, GpsAccuracy, PhotoQuality).
        "attempts", "attempt", "tries", "retries", "retry", "rate", "rates", "percent",
        "percentage", "pct", "ratio", "fraction", "score", "strength", "complexity",
        "entropy", "quality", "accuracy", "precision", "confidence",
        // Software components and storage locations, not values (EmailService,
        // TokenProvider, PasswordManager, SecretStore, TokenCache, CookieContainer,
        // SmtpServer, EmailClient, PrivateKeyPath -> still free text via "path").
        "provider", "providers", "source", "sources", "service", "services", "manager",
        "handler", "helper", "factory", "builder", "controller", "component", "module",
        "plugin", "adapter", "client", "server", "endpoint", "api", "store", "vault",
        "cache", "container", "repository", "repo", "database", "db", "table", "column",
        "property", "attribute", "parameter", "param", "path", "directory", "folder", "dir",
        // Processes and events around the data (PasswordResetFlow, EmailLookup,
        // SecretScanning, SecretRotation, ContactsSync, EmailNotification).
        "event", "events", "action", "flow", "workflow", "step", "stage", "phase", "job",
        "task", "operation", "lookup", "sync", "parser", "parsing", "scan", "scanning",
        "scanner", "detection", "detected", "detector", "reset", "rotation",
        "notification", "notifications", "channel", "campaign",
        // Token/claim metadata (TokenIssuer, TokenAudience, JwtAlgorithm).
        "issuer", "audience", "algorithm", "alg",
        // Positions and structure (EmailIndex, AddressOffset, IpSuffix,
        // PhonePrefix, EmailDomain: the provider/organisation, not the person).
        "index", "idx", "offset", "position", "order", "rank", "priority", "weight",
        "separator", "delimiter", "suffix", "prefix", "domain",
        // An id OF the thing, not the thing (AddressId, KeyId, SecretId, TokenId,
        // ApiKeyId). Ids that ARE personal identifiers are listed as terms that
        // include the word "id" (user id, device id, passport id, email id).
        "id", "ids",
    };

    // =========================================================================
    // 4. NonPersonalPrefixes: leading word sequences that make the name a
    //    boolean, a question, a command flag or an aggregate (HasEmail,
    //    IsGpsEnabled, CanShareLocation, UseIpAddress, NumberOfUsers,
    //    TotalEmails, DaysSincePasswordChange). Deliberately ABSENT: "first",
    //    "last" (FirstName, LastName), "new", "old", "current", "confirm"
    //    (NewPassword, ConfirmPassword hold passwords), "display" (DisplayName),
    //    "unique"/"distinct" (UniqueUserId, DistinctId), "hash"/"hashed",
    //    "default". "total" is kept although TotalIncome is still income:
    //    aggregate counts (TotalEmails, TotalSessions) dominate in telemetry.
    // =========================================================================

    /// <summary>Leading words that make a personal-looking name a question or an aggregate.</summary>
    internal static readonly string[] NonPersonalPrefixes =
    {
        // Boolean / question forms.
        "has", "have", "is", "are", "was", "were", "be", "can", "could", "should", "would",
        "will", "must", "may", "might", "did", "does", "do",
        // Feature switches and capabilities (UseGps, AllowCookies, ShowEmail,
        // RequirePin, SupportsFaceId, ContainsPii, CollectIpAddress).
        "use", "uses", "using", "allow", "allows", "enable", "enables", "disable",
        "disables", "show", "shows", "hide", "require", "requires", "need", "needs",
        "support", "supports", "contains", "contain", "include", "includes",
        "collect", "collects", "send", "track", "remember", "save", "ask", "prompt",
        "verify", "validate",
        // Privacy transformations as flags (MaskEmail, RedactIpAddress).
        "mask", "redact", "scrub", "anonymize", "anonymise", "obfuscate",
        // Negation (NoEmail, MissingPhone, WithoutLocation).
        "no", "missing", "without",
        // Counts and aggregates (NumUsers, NumberOfEmails, CountOfSessions,
        // TotalDevices, MaxPasswordLength, AvgSessionLength, PctWithEmail).
        "num", "number of", "num of", "no of", "count of", "count", "cnt", "total",
        "max", "min", "avg", "average", "mean", "median", "pct", "percent",
        "percent of", "percentage of", "length of", "size of", "duration of",
        // Elapsed-time measures (TimeToEmailVerification, DaysSincePasswordChange).
        "time to", "time since", "days since", "hours since", "minutes since",
        "seconds since", "ms since", "ms to",
    };

    // =========================================================================
    // 5. LookAlikes: whole word sequences that contain a personal-looking word
    //    but are technical. A term (or free-text) occurrence lying entirely
    //    inside one of these is discarded.
    // =========================================================================

    /// <summary>Technical word sequences that contain personal-looking words.</summary>
    internal static readonly string[] LookAlikes =
    {
        // --- Words that must never be matched as sub-strings. Matching is on
        //     whole words, so these are documentation / regression anchors:
        //     "latency" is not "lat", "heartbeat" is not "heart rate",
        //     "telemetry" is not "tel", "shipment" is not "ship(ping address)",
        //     "diagnostics" is not "diagnosis", "macos"/"hmac" are not "mac",
        //     "namespace" is not "name", "ipc"/"ipsec" are not "ip".
        "latency", "heartbeat", "heart beat", "heartbeat interval", "telemetry",
        "shipment", "shipping method", "diagnostics", "diagnostic", "diagnostics enabled",
        "macos", "mac os", "hmac", "namespace", "name space", "ipc", "ipsec",
        "page count",

        // --- Network/system addresses: defensive, in case a looser "address"
        //     rule is ever added. The OS-level socket family (AddressFamily) and
        //     process memory addresses are not about people.
        "address family", "address space", "base address", "memory address", "return address",
        "fault address", "faulting address", "instruction address", "load address",
        "virtual address", "endpoint address", "server address", "listen address",
        "bind address", "proxy address", "gateway address", "broadcast address",
        "multicast address", "loopback address", "service address",

        // --- IP configuration and server-side IPs. The IP of our own servers,
        //     proxies, gateways and cluster nodes is infrastructure (not an end
        //     user's IP); version/protocol/ranges/rules are configuration.
        "ip version", "ip protocol", "ip family", "ip range", "ip ranges", "ip pool",
        "ip allowlist", "ip whitelist", "ip blocklist", "ip blacklist", "ip filter",
        "ip rules", "ip restrictions", "ip configuration", "ip config",
        "server ip", "server ips", "server ip address", "proxy ip", "proxy ip address",
        "dns ip", "dns server ip", "gateway ip", "gateway ip address", "node ip",
        "pod ip", "cluster ip", "service ip", "load balancer ip",

        // --- Host names: DECISION: "host name"/"hostname" IS a term (end-user
        //     machine names such as "JOHNS-LAPTOP" are EUII), so server-side
        //     host names are listed here as infrastructure.
        "server host name", "server hostname", "database host name", "database hostname",
        "db host name", "db hostname", "sql host name", "smtp host name", "smtp hostname",
        "proxy host name", "proxy hostname", "service host name", "endpoint host name",
        "api host name", "target host name", "target hostname", "storage host name",
        "cluster host name", "node host name", "remote host name", "remote hostname",
        "upstream host name", "origin host name", "cdn host name", "backend host name",
        "backend hostname",

        // --- Names that are not people's names. "file name": DECISION: not a
        //     person name and not treated as free text (though document names
        //     can contain names, FileName in telemetry is overwhelmingly a
        //     product file); file PATHS are free text (user profile folders).
        //     .NET Type/Assembly FullName collide with the "full name" term.
        "file name", "filename", "type name", "class name", "method name", "event name",
        "feature name", "app name", "application name", "product name", "package name",
        "assembly name", "property name", "field name", "column name", "table name",
        "display mode",
        "type full name", "assembly full name", "class full name", "method full name",
        "file full name", "directory full name", "namespace full name",

        // --- E-mail infrastructure. DECISION on "email provider"/"email domain":
        //     the provider or domain (gmail.com, contoso.com) identifies a mail
        //     service or an organisation, not a person, so it is technical.
        "email provider", "email domain", "email client", "email template", "email campaign",
        "email service", "email server", "email notification", "email notifications",
        "mail server", "mail merge", "mail slot", "mail kit", "mail chimp", "mail gun",
        "mail queue", "mail item",

        // --- Phones as devices, and "phone home" (a product calling its vendor).
        "phone model", "phone os", "phone type", "phone home", "phone country code",
        "phone number country code",
        // Shared, role-based contact points of an organisation, not a person.
        "support email", "support phone", "support phone number", "company phone",
        "company phone number", "company email",

        // --- Geography that is infrastructure or too coarse. DECISION: country,
        //     country code, region, locale, language and time zone are NOT
        //     personal on their own: each is shared by millions, is routinely
        //     needed for localisation, and Azure "region" is a datacenter.
        //     (They are listed here only as documentation; none is a term.)
        "country", "country code", "country name", "region", "region code",
        "time zone", "timezone", "locale", "language", "language code", "culture",
        "ui culture", "market",
        "geo replication", "geo replicated", "geo redundant", "geo redundancy",
        "geo failover", "gps accuracy", "gps signal", "gps fix", "street view",
        "open street map",

        // --- "user ..." compounds. DECISION on "user agent": a User-Agent string
        //     describes browser/OS build, not the person; it is a fingerprinting
        //     INPUT only in combination, so it is technical here. "user" alone is
        //     a WholeNameTerm, so these never match anyway; listed as anchors.
        "user agent", "user interface", "user mode", "user type", "user count",
        "user action", "user initiated", "user settings", "user control", "user role",

        // --- Organisational and technical ids (Microsoft OII / system ids):
        //     documentation anchors, none contains a term.
        "client id", "tenant id", "organization id", "org id", "app id", "application id",
        "subscription id", "resource id", "correlation id", "request id", "trace id",
        "span id", "activity id", "operation id", "event id", "instance id",
        "process id", "thread id", "build id", "driver id", "vendor id",
        "device model", "device type", "device class", "device family",

        // --- Credential metadata. The strength/policy/expiry of a password, or
        //     the count/name/id of keys and tokens, is not the secret.
        "password strength", "password policy", "password expiry", "password expiration",
        "password age", "password char", "password box", "password field", "password length",
        "password complexity", "password changed", "password reset",
        "token count", "token type", "token usage", "token limit", "token budget",
        "token endpoint", "token url", "token uri", "token issuer", "token audience",
        "token lifetime", "token expiry", "token cache", "token name", "token kind",
        "key count", "key name", "key id", "key vault",
        "secret scanning", "secret name", "secret uri", "secret url", "secret id",
        "secret version", "secret rotation", "secrets manager", "secret store",
        "secret key name", "api key name", "api key id", "access key id", "access key name",
        "client secret name", "connection string name", "credential type",
        "credential provider", "credential name", "credentials name",
        "authorization policy", "authorization endpoint", "authorization server",
        "authorization url", "authorization uri",
        // .NET and protocol tokens that are not credentials: cancellation,
        // paging/continuation, sync/delta, concurrency (EF Core), Service Bus
        // lease/lock tokens, idempotency tokens, parser tokens, and the
        // strong-name PublicKeyToken of an assembly.
        "cancellation token", "cancellation token source", "continuation token",
        "pagination token", "page token", "next page token", "next token", "sync token",
        "change token", "delta token", "skip token", "resume token", "concurrency token",
        "idempotency token", "lease token", "lock token", "correlation token",
        "syntax token", "lexer token", "parser token", "public key token",
        // Application Insights instrumentation key: a public routing identifier
        // by design (shipped in client-side JavaScript), not a secret.
        "instrumentation key",

        // --- Cookies as configuration (name, consent banner, policy, path/domain
        //     attributes, .NET CookieContainer), not cookie values.
        "cookie name", "cookie consent", "cookie banner", "cookie policy", "cookie domain",
        "cookie path", "cookie container", "same site cookie", "session cookie name",
        "auth cookie name",

        // --- Device serial numbers vs certificate serials and serial ports.
        "certificate serial number", "cert serial number", "serial port",

        // --- Health-looking technical words: service health, heartbeats,
        //     experiment treatment arms.
        "health check", "health status", "health probe", "service health",
        "treatment group", "treatment",

        // --- Age/race/fingerprint/signature/union used technically.
        "max age", "cache age", "token age", "age rating", "race condition", "race detector",
        "certificate fingerprint", "cert fingerprint", "key fingerprint", "crash fingerprint",
        "build fingerprint", "method signature", "digital signature", "code signature",
        "union type", "union all", "genetic algorithm", "blood effects", "retina display",

        // --- Photos/avatars as UI, not content.
        "photo editor", "avatar size",

        // --- DECISION on "pin code": NOT a look-alike. It is a credential term
        //     (device/SIM/card PIN); the Indian postal "PIN code" would be
        //     personal too, so flagging it is right either way.

        // --- Free-text look-alikes: URLs of our own services, UI copy, product
        //     descriptions, release notes, DNS answers, UI permission prompts,
        //     .NET EventArgs, Unity RigidBody, haptic feedback, event-log names.
        "base url", "base uri", "endpoint url", "endpoint uri", "service url", "service uri",
        "api url", "server url", "server uri", "authority url", "authority uri",
        "help url", "docs url", "documentation url", "download url", "update url",
        "feed url", "cdn url", "redirect uri", "redirect url", "callback url", "webhook url",
        "proxy url", "registry url", "repository url", "package url",
        "button text", "label text", "header text", "placeholder text", "tooltip text",
        "hint text", "help text", "link text", "menu text", "title text", "caption text",
        "alt text", "status text", "display text",
        "feature description", "product description", "sku description", "type description",
        "event description", "metric description", "setting description",
        "command description", "rule description",
        "release notes", "release note", "patch notes",
        "dns answer", "event args", "rigid body", "haptic feedback", "event log",
        "permission prompt", "consent prompt", "location prompt", "notification prompt",
        "rating prompt", "review prompt", "update prompt", "uac prompt", "login prompt",
        "mfa prompt", "system prompt",
        "touch input", "mouse input", "pen input", "stylus input", "gamepad input",
        "controller input",
    };

    // =========================================================================
    // 6. FreeTextWords: the LAST word(s) of a string field that can carry
    //    anything a user typed or any data flowing through the product
    //    (Microsoft "customer content"; Glean "stored_content"; HIPAA counts
    //    URLs as identifiers). Reported with the "free_text" category.
    //    DECISIONS: "title" is OUT (feature/page titles are usually product
    //    strings) but window/document/page/tab titles are IN (they echo open
    //    documents and e-mail subjects); "reason" is OUT (usually an enum-like
    //    code); "details", "data", "value", "name" are OUT (too generic);
    //    "subject" is IN (e-mail subjects, certificate/JWT subjects name
    //    people); "file name" is OUT (see LookAlikes) but paths are IN (they
    //    embed user-profile folders); "prompt" is IN (LLM prompts) with UI
    //    prompts as LookAlikes; "exception" is IN (ToString() carries messages,
    //    paths and data).
    // =========================================================================

    /// <summary>Last words that mark a free-text field.</summary>
    internal static readonly string[] FreeTextWords =
    {
        // Messages and comments.
        "message", "messages", "error message", "exception message", "log message",
        "comment", "comments", "note", "notes", "memo", "remark", "remarks",
        "feedback", "description", "body", "email body", "message body",
        "text", "free text", "freetext", "content", "contents", "input", "user input",
        "answer", "answers", "bio", "biography", "about me", "email signature",
        "subject", "email subject",
        "window title", "document title", "page title", "tab title",
        // Queries and searches.
        "query", "queries", "query string", "querystring", "search", "search term",
        "search terms", "searchterm", "search query", "search string", "search keyword",
        "search keywords", "sql statement",
        // Locations of resources (may embed e-mails, tokens, user folders).
        "url", "urls", "uri", "uris", "href", "referrer", "referer",
        "path", "paths", "file path", "filepath", "full path", "fullpath",
        // Diagnostics that echo arbitrary data.
        "stack trace", "stacktrace", "call stack", "callstack", "exception",
        "log", "logs", "log line", "log entry", "dump", "crash dump",
        "command line", "commandline", "cmdline", "args", "arguments",
        "headers", "request headers", "response headers", "http headers",
        "payload", "form data",
        // Conversational and captured content.
        "transcript", "transcription", "utterance", "utterances", "dictation",
        "prompt", "clipboard", "keystroke", "keystrokes", "screenshot", "screenshots",
    };
}
