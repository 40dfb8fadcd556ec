namespace Governance.CodeAnalysis.Diagnostics
{
    /// <summary>Keys and values the analyzers put in diagnostic properties for the code fixes to read.</summary>
    internal static class DiagnosticProperties
    {
        /// <summary>GOV006: "true" when adding the 'partial' modifier (to the type or its containers) is the fix.</summary>
        public const string MissingPartial = "missingPartial";

        /// <summary>GOV010: the data class the field's name calls for (a <c>DataClass</c> member name).</summary>
        public const string SuggestedClass = "suggestedClass";

        /// <summary>GOV010: "true" when the field has a <c>[TelemetryField]</c> that a fix can put the class on.</summary>
        public const string HasFieldAttribute = "hasFieldAttribute";

        /// <summary>GOV010: "true" when the field's type can be sent as a keyed hash (an identifier).</summary>
        public const string Hashable = "hashable";

        /// <summary>GOV015: what asks for the hash, and so what the fix changes: "DataClass" (Identifier) or "Pseudonymize".</summary>
        public const string HashRequestedBy = "hashRequestedBy";

        /// <summary>GOV020: the latest expiry date the policy allows (yyyy-MM-dd), for the fix that extends it.</summary>
        public const string ExtendTo = "extendTo";

        /// <summary>GOV022: the policy's maximum retention in days, for the fix that sets it.</summary>
        public const string MaxRetentionDays = "maxRetentionDays";
    }
}
