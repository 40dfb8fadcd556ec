namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// The JSON keys of the manifest (schema: <c>docs/telemetry-manifest.schema.json</c>), declared once for its writer
    /// and every reader. The reviewed baseline's entries use the event and field keys too, so that one reader reads a
    /// reviewed event from either file.
    /// </summary>
    internal static class ManifestKeys
    {
        public const string ManifestVersion = "manifestVersion";
        public const string Generator = "generator";
        public const string Product = "product";
        public const string Events = "events";

        /// <summary>The product's common contexts, described once: <c>{ dataClasses, fields }</c>.</summary>
        public const string Context = "context";

        /// <summary>The name of the generator, the product, an event or a field (its wire name).</summary>
        public const string Name = "name";

        public const string Version = "version";
        public const string Assembly = "assembly";
        public const string DataController = "dataController";
        public const string PrivacyContact = "privacyContact";
        public const string PrivacyPolicyUrl = "privacyPolicyUrl";
        public const string SecurityContact = "securityContact";

        public const string SourceType = "sourceType";
        public const string Purpose = "purpose";
        public const string RetentionDays = "retentionDays";
        public const string Consent = "consent";
        public const string Access = "access";
        public const string Owner = "owner";
        public const string Expires = "expires";
        public const string IncludesContext = "includesContext";
        public const string DataClasses = "dataClasses";
        public const string Fields = "fields";

        public const string Property = "property";
        public const string Type = "type";
        public const string Description = "description";
        public const string DataClass = "dataClass";
        public const string Values = "values";

        /// <summary><c>list</c> or <c>map</c> (<see cref="EnumSpellings.FieldShape"/>); absent for one value.</summary>
        public const string Shape = "shape";

        /// <summary>For a map: every key it can be sent with (its key enum's members).</summary>
        public const string Keys = "keys";

        /// <summary><c>keyed</c> (<see cref="EnumSpellings.FieldHashing"/>) for a field sent as a hash; absent otherwise.</summary>
        public const string Hashing = "hashing";

        /// <summary><c>true</c> for a field left out when null; absent otherwise.</summary>
        public const string OmitWhenNull = "omitWhenNull";
    }
}
