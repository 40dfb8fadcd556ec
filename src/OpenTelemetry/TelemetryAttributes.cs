namespace Governance.OpenTelemetry
{
    /// <summary>
    /// The attributes every exported event carries besides its fields, so a collector can route, restrict and expire
    /// data by the policy declared in code.
    /// </summary>
    public static class TelemetryAttributes
    {
        /// <summary>Days the data may be kept (an integer).</summary>
        public const string RetentionDays = "telemetry.retention_days";

        /// <summary><c>optIn</c> or <c>optOut</c>, as the manifest spells them.</summary>
        public const string Consent = "telemetry.consent";

        /// <summary>
        /// The distinct data classes of the event's fields, the common context's included, least sensitive first (an
        /// array of strings such as <c>technical</c>).
        /// </summary>
        public const string DataClasses = "telemetry.data_classes";

        /// <summary><c>team</c>, <c>restricted</c>, <c>organization</c> or <c>public</c>.</summary>
        public const string Access = "telemetry.access";
    }
}
