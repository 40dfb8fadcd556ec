namespace Governance.CodeAnalysis.Diagnostics
{
    /// <summary>
    /// Every diagnostic id Governance reports, in one place. Ids are never reused; each has a section in rules.md,
    /// whose anchor is the help link (<see cref="HelpLinks"/>). A test keeps this list, the descriptors, rules.md
    /// and AnalyzerReleases.Unshipped.md in agreement.
    /// </summary>
    internal static class DiagnosticIds
    {
        public const string MissingPurpose = "GOV001";
        public const string InvalidRetention = "GOV002";
        public const string UndocumentedField = "GOV003";
        public const string UnsupportedFieldType = "GOV004";
        public const string InvalidEventName = "GOV005";
        public const string CannotImplement = "GOV006";
        public const string MissingConsent = "GOV007";
        public const string EventNameDeclaredByAnotherAssembly = "GOV008";
        public const string DuplicateWireName = "GOV009";
        public const string PersonalDataName = "GOV010";
        public const string PersonalDataInOptOutEvent = "GOV011";
        public const string PersonalDataFlow = "GOV012";
        public const string FreeTextField = "GOV013";
        public const string NonAnonymousPublicEvent = "GOV014";
        public const string HashOfNonIdentifierType = "GOV015";
        public const string PublicFieldNotSent = "GOV016";
        public const string UnkeyedHashThatDoesNotProtect = "GOV017";
        public const string UndeclaredEvent = "GOV018";
        public const string ExpiredEvent = "GOV020";
        public const string ExpiryOutsidePolicy = "GOV021";
        public const string RetentionAbovePolicy = "GOV022";
        public const string MissingOwner = "GOV023";
        public const string InvalidExpiryDate = "GOV024";
        public const string UnreviewedChange = "GOV030";
        public const string RemovedReviewedEvent = "GOV031";
        public const string UnreadableBaseline = "GOV032";
        public const string UnreadableReferencedManifest = "GOV033";
        public const string InvalidOption = "GOV090";
    }
}
