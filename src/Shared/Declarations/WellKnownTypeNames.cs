namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>Metadata names of the types the tools recognise; matched by name, never by assembly reference.</summary>
    internal static class WellKnownTypeNames
    {
        /// <summary>The runtime library's assembly name: only an assembly that references it can declare events.</summary>
        public const string RuntimeAssembly = "Governance";

        public const string TelemetryEventAttribute = "Governance.TelemetryEventAttribute";
        public const string TelemetryFieldAttribute = "Governance.TelemetryFieldAttribute";
        public const string TelemetryContextAttribute = "Governance.TelemetryContextAttribute";
        public const string TelemetryIgnoreAttribute = "Governance.TelemetryIgnoreAttribute";
        public const string TelemetryProductAttribute = "Governance.TelemetryProductAttribute";
        public const string TelemetryManifestAttribute = "Governance.TelemetryManifestAttribute";
        public const string TelemetrySanitizerAttribute = "Governance.TelemetrySanitizerAttribute";

        // The enums whose members generated code and the code fixes write (members spelled in EnumSpellings).
        public const string Consent = "Governance.Consent";
        public const string DataClass = "Governance.DataClass";
        public const string DataAccess = "Governance.DataAccess";
        public const string FieldShape = "Governance.FieldShape";
        public const string FieldHashing = "Governance.FieldHashing";

        public const string DateTimeOffset = "System.DateTimeOffset";
        public const string TimeSpan = "System.TimeSpan";
        public const string Guid = "System.Guid";
        public const string Exception = "System.Exception";
        public const string Stream = "System.IO.Stream";
        public const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";
    }
}
