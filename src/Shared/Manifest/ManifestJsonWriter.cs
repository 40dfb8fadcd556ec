using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Manifest
{
    /// <summary>
    /// Writes the data-collection manifest (schema: <c>docs/telemetry-manifest.schema.json</c>). The layout is
    /// fixed and the keys are <see cref="ManifestKeys"/>, so the same declarations give the same bytes on every machine.
    /// The generator compiles the compact form into the assembly; the build task reads it back
    /// (<see cref="ManifestJsonReader"/>) and writes the indented form, which holds the same values.
    /// </summary>
    internal static class ManifestJsonWriter
    {
        public const int ManifestVersion = 1;

        /// <summary>The manifest as people read it: indented, one value per line (<c>telemetry-manifest.json</c>).</summary>
        public static string Write(ManifestSpec manifest) => Write(manifest, new JsonText(indented: true));

        /// <summary>The manifest with no whitespace, as the generator compiles it into the assembly.</summary>
        public static string WriteCompact(ManifestSpec manifest) => Write(manifest, new JsonText(indented: false));

        private static string Write(ManifestSpec manifest, JsonText json)
        {
            json.StartObject();
            json.Number(ManifestKeys.ManifestVersion, ManifestVersion);
            json.StartObject(ManifestKeys.Generator).String(ManifestKeys.Name, ToolInfo.Name).String(ManifestKeys.Version, manifest.GeneratorVersion).EndObject();
            var product = manifest.Product;
            json.StartObject(ManifestKeys.Product)
                .String(ManifestKeys.Name, product.Name)
                .String(ManifestKeys.Assembly, product.AssemblyName)
                .String(ManifestKeys.DataController, product.DataController)
                .String(ManifestKeys.PrivacyContact, product.PrivacyContact)
                .String(ManifestKeys.PrivacyPolicyUrl, product.PrivacyPolicyUrl)
                .String(ManifestKeys.SecurityContact, product.SecurityContact)
                .EndObject();
            json.StartArray(ManifestKeys.Events);
            foreach (var evt in manifest.Events)
            {
                WriteEvent(json, evt);
            }

            json.EndArray();
            json.EndObject();
            return json.ToString();
        }

        private static void WriteEvent(JsonText json, EventSpec evt)
        {
            json.StartObject();
            json.String(ManifestKeys.Name, evt.Name);
            json.String(ManifestKeys.Assembly, evt.Assembly);
            json.String(ManifestKeys.SourceType, evt.Type.DisplayName);
            json.String(ManifestKeys.Purpose, evt.Purpose);
            json.Number(ManifestKeys.RetentionDays, evt.RetentionDays);
            json.String(ManifestKeys.Consent, evt.Consent.ToManifestName());
            json.String(ManifestKeys.Access, evt.Access.ToManifestName());
            json.String(ManifestKeys.Owner, evt.Owner);
            json.String(ManifestKeys.Expires, evt.Expires);
            json.StartArray(ManifestKeys.DataClasses);
            foreach (var dataClass in DataClassesOf(evt))
            {
                json.String(dataClass.ToManifestName());
            }

            json.EndArray();
            json.StartArray(ManifestKeys.Fields);
            foreach (var field in evt.Fields)
            {
                json.StartObject();
                json.String(ManifestKeys.Name, field.WireName);
                json.String(ManifestKeys.Property, field.PropertyName);
                json.String(ManifestKeys.Type, field.Type.DisplayName);
                json.String(ManifestKeys.Description, field.Description);
                json.String(ManifestKeys.DataClass, field.DataClass.ToManifestName());
                if (field.Type.Kind == FieldKind.Enum)
                {
                    json.StartArray(ManifestKeys.Values);
                    foreach (var member in field.Type.EnumMembers)
                    {
                        json.String(member.Name);
                    }

                    json.EndArray();
                }

                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        /// <summary>The distinct data classes of an event's fields, least sensitive first.</summary>
        public static System.Collections.Generic.List<DataClassKind> DataClassesOf(EventSpec evt)
        {
            var dataClasses = new System.Collections.Generic.List<DataClassKind>();
            foreach (var member in EnumSpellings.DataClass.MembersAmong(System.Linq.Enumerable.Select(evt.Fields, field => (int)field.DataClass)))
            {
                dataClasses.Add((DataClassKind)member.Value);
            }

            return dataClasses;
        }
    }
}
