using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Manifest
{
    /// <summary>
    /// Writes the data-collection manifest (schema: <c>schema/telemetry-manifest.schema.json</c>). The layout is
    /// fixed and keys are camelCase, so the same declarations give the same bytes on every machine.
    /// </summary>
    internal static class ManifestJsonWriter
    {
        public const int ManifestVersion = 1;

        public static string Write(ManifestSpec manifest)
        {
            var json = new JsonText();
            json.StartObject();
            json.Number("manifestVersion", ManifestVersion);
            json.StartObject("generator").String("name", ToolInfo.Name).String("version", ToolInfo.Version).EndObject();
            var product = manifest.Product;
            json.StartObject("product")
                .String("name", product.Name)
                .String("assembly", product.AssemblyName)
                .String("dataController", product.DataController)
                .String("privacyContact", product.PrivacyContact)
                .String("privacyPolicyUrl", product.PrivacyPolicyUrl)
                .String("securityContact", product.SecurityContact)
                .EndObject();
            json.StartArray("events");
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
            json.String("name", evt.Name);
            json.String("sourceType", evt.Type.DisplayName);
            json.String("purpose", evt.Purpose);
            json.Number("retentionDays", evt.RetentionDays);
            json.String("consent", evt.Consent.ToManifestName());
            json.String("access", evt.Access.ToManifestName());
            json.String("owner", evt.Owner);
            json.String("expires", evt.Expires);
            json.StartArray("dataClasses");
            foreach (var dataClass in DataClassesOf(evt))
            {
                json.String(dataClass.ToManifestName());
            }

            json.EndArray();
            json.StartArray("fields");
            foreach (var field in evt.Fields)
            {
                json.StartObject();
                json.String("name", field.WireName);
                json.String("property", field.PropertyName);
                json.String("type", field.Type.DisplayName);
                json.String("description", field.Description);
                json.String("dataClass", field.DataClass.ToManifestName());
                if (field.Type.Kind == FieldKind.Enum)
                {
                    json.StartArray("values");
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
