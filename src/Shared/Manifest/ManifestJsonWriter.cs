using System.Text;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Manifest
{
    /// <summary>
    /// Writes the data-collection manifest: the document people and tools read (schema:
    /// <c>docs/telemetry-manifest.schema.json</c>), and the compact form the generator compiles into the assembly. The
    /// layout is fixed and the keys are <see cref="ManifestKeys"/>, so the same declarations give the same bytes on every
    /// machine. The build task reads the compiled form back (<see cref="ManifestJsonReader"/>) and writes the document
    /// from it, which holds the same values.
    /// </summary>
    /// <remarks>
    /// The document is version 1 throughout: the context, field shapes, hashing and omitted nulls were added as keys a
    /// reader of version 1 ignores (it documents the events without them); the version changes only when such a reader
    /// would be wrong. What only contexts need is written only where it says something: <c>context</c> when the product
    /// has context fields, an event's <c>includesContext</c> when it opts out (absent means it carries them). So a
    /// product without contexts gets the manifest it had before they existed, and a library's opt-out still reaches the
    /// application that sets a context. The compiled form is version 2: the same product and generator, its events and
    /// contexts positional (<see cref="CompactManifestEntries"/>); a first-release reader rejects it by its version rather
    /// than misreading it, and this release reads both.
    /// </remarks>
    internal static class ManifestJsonWriter
    {
        /// <summary>The version of the document (<c>telemetry-manifest.json</c>) and of the keyed form the first release compiled.</summary>
        public const int ManifestVersion = 1;

        /// <summary>The version of the compact form compiled into assemblies (<c>[assembly: TelemetryManifest]</c>).</summary>
        public const int CompactManifestVersion = 2;

        /// <summary>The manifest as people read it: indented, one value per line (<c>telemetry-manifest.json</c>).</summary>
        public static string Write(ManifestSpec manifest)
        {
            var json = new JsonText(indented: true);
            WriteContent(manifest, json, compact: false);
            return json.ToString();
        }

        /// <summary>The compact form, as the generator compiles it into the assembly.</summary>
        public static string WriteCompact(ManifestSpec manifest)
        {
            var json = new JsonText(indented: false);
            WriteContent(manifest, json, compact: true);
            return json.ToString();
        }

        /// <summary><see cref="WriteCompact(ManifestSpec)"/> appended to <paramref name="builder"/>, with no string of its own.</summary>
        public static void WriteCompact(ManifestSpec manifest, StringBuilder builder) => WriteContent(manifest, new JsonText(builder, indented: false), compact: true);

        private static void WriteContent(ManifestSpec manifest, JsonText json, bool compact)
        {
            json.StartObject();
            json.Number(ManifestKeys.ManifestVersion, compact ? CompactManifestVersion : ManifestVersion);
            json.StartObject(ManifestKeys.Generator).String(ManifestKeys.Name, ToolInfo.Name).String(ManifestKeys.Version, manifest.GeneratorVersion).EndObject();
            var product = manifest.Product;
            json.StartObject(ManifestKeys.Product)
                .String(ManifestKeys.Name, product.Name)
                .String(ManifestKeys.Assembly, product.AssemblyName)
                .String(ManifestKeys.DataController, product.DataController)
                .String(ManifestKeys.PrivacyContact, product.PrivacyContact)
                .String(ManifestKeys.PrivacyPolicyUrl, product.PrivacyPolicyUrl)
                .String(ManifestKeys.SecurityContact, product.SecurityContact);

            // Added after version 1 shipped: written only when declared, so earlier manifests stay as they were.
            if (product.Recipients.Count > 0)
            {
                json.StartArray(ManifestKeys.Recipients);
                foreach (var recipient in product.Recipients)
                {
                    json.String(recipient);
                }

                json.EndArray();
            }

            if (product.StorageRegion is not null)
            {
                json.String(ManifestKeys.StorageRegion, product.StorageRegion);
            }

            if (product.Controls is { } controls)
            {
                StringWhenDeclared(json, ManifestKeys.OptOutEnvironmentVariable, controls.OptOutEnvironmentVariable);
                StringWhenDeclared(json, ManifestKeys.OptOutCommand, controls.OptOutCommand);
                StringWhenDeclared(json, ManifestKeys.OptInCommand, controls.OptInCommand);
                StringWhenDeclared(json, ManifestKeys.ShowCommand, controls.ShowCommand);
                StringWhenDeclared(json, ManifestKeys.InstallationIdCommand, controls.InstallationIdCommand);
            }

            json.EndObject();
            if (compact)
            {
                WriteCompactEntries(json, manifest);
                json.EndObject();
                return;
            }

            WriteContext(json, manifest);
            json.StartArray(ManifestKeys.Events);
            foreach (var evt in manifest.Events)
            {
                WriteEvent(json, evt, manifest);
            }

            json.EndArray();
            json.EndObject();
        }

        /// <summary>The compact form's contexts (when the product has any) and events.</summary>
        private static void WriteCompactEntries(JsonText json, ManifestSpec manifest)
        {
            var assembly = manifest.Product.AssemblyName;
            // Only contexts with fields, as the document records them (through their fields): both forms read the same.
            if (System.Linq.Enumerable.Any(manifest.ContextFields()))
            {
                json.StartArray(ManifestKeys.Context);
                foreach (var context in manifest.Contexts)
                {
                    if (context.Fields.Count > 0)
                    {
                        CompactManifestEntries.WriteContext(json, context, assembly);
                    }
                }

                json.EndArray();
            }

            json.StartArray(ManifestKeys.Events);
            foreach (var evt in manifest.Events)
            {
                CompactManifestEntries.WriteEvent(json, evt, assembly);
            }

            json.EndArray();
        }

        /// <summary>
        /// The product's contexts, once: their data classes, and every field with the type that declares it (and the
        /// assembly, for a referenced one) besides what an event's field says.
        /// </summary>
        private static void WriteContext(JsonText json, ManifestSpec manifest)
        {
            var values = new System.Collections.Generic.List<int>();
            foreach (var (_, field) in manifest.ContextFields())
            {
                values.Add((int)field.DataClass);
            }

            if (values.Count == 0)
            {
                return;
            }

            json.StartObject(ManifestKeys.Context);
            json.StartArray(ManifestKeys.DataClasses);
            foreach (var dataClass in EnumSpellings.DataClass.MembersAmong(values))
            {
                json.String(dataClass.Token);
            }

            json.EndArray();
            json.StartArray(ManifestKeys.Fields);
            foreach (var (context, field) in manifest.ContextFields())
            {
                json.StartObject();
                json.String(ManifestKeys.Name, field.WireName);
                json.String(ManifestKeys.Assembly, context.Assembly);
                json.String(ManifestKeys.SourceType, context.Type.DisplayName);
                WriteFieldValues(json, field);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        private static void WriteEvent(JsonText json, EventSpec evt, ManifestSpec manifest)
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
            if (!evt.IncludesContext)
            {
                json.Boolean(ManifestKeys.IncludesContext, false);
            }

            json.StartArray(ManifestKeys.DataClasses);
            foreach (var dataClass in manifest.DataClassesOf(evt))
            {
                json.String(dataClass.ToManifestName());
            }

            json.EndArray();
            json.StartArray(ManifestKeys.Fields);
            foreach (var field in evt.Fields)
            {
                json.StartObject();
                json.String(ManifestKeys.Name, field.WireName);
                WriteFieldValues(json, field);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        private static void StringWhenDeclared(JsonText json, string key, string? value)
        {
            if (value is not null)
            {
                json.String(key, value);
            }
        }

        /// <summary>What every field says after its name: property, type, description, data class, and what applies of shape, keys, values, hashing and omitted nulls.</summary>
        private static void WriteFieldValues(JsonText json, FieldSpec field)
        {
            json.String(ManifestKeys.Property, field.PropertyName);
            json.String(ManifestKeys.Type, field.Type.DisplayName);
            json.String(ManifestKeys.Description, field.Description);
            json.String(ManifestKeys.DataClass, field.DataClass.ToManifestName());
            if (field.Type.Shape != FieldShapeKind.Scalar)
            {
                json.String(ManifestKeys.Shape, field.Type.Shape.ToManifestName());
            }

            if (field.Type.Key is { } key)
            {
                json.StartArray(ManifestKeys.Keys);
                foreach (var member in key.Members)
                {
                    json.String(member.Name);
                }

                json.EndArray();
            }

            if (field.Type.Kind == FieldKind.Enum)
            {
                json.StartArray(ManifestKeys.Values);
                foreach (var member in field.Type.EnumMembers)
                {
                    json.String(member.Name);
                }

                json.EndArray();
            }

            if (field.Hashing != HashingKind.None)
            {
                json.String(ManifestKeys.Hashing, field.Hashing.ToManifestName());
            }

            if (field.OmitWhenNull)
            {
                json.Boolean(ManifestKeys.OmitWhenNull, true);
            }
        }
    }
}
