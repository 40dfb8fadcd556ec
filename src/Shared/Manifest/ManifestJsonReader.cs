using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Manifest
{
    /// <summary>
    /// Reads a manifest written by <see cref="ManifestJsonWriter"/> (compact or indented) back into the model the writers
    /// take, so one model and one set of writers serve both the declarations (the generator) and a manifest compiled into
    /// an assembly (the build task; an application's generator and analyzers reading its references). Keys are
    /// <see cref="ManifestKeys"/>, enum values the tokens of <see cref="EnumSpellings"/>; a key this version does not know
    /// is ignored, so a newer writer's additions do not make a manifest unreadable. What the manifest does not record
    /// (how to reopen the event's type in code) is left empty: nothing is generated from it but descriptors.
    /// </summary>
    internal static class ManifestJsonReader
    {
        /// <summary>The manifest; anything that is not one is a <see cref="FormatException"/> saying what is wrong.</summary>
        public static ManifestSpec Read(string json)
        {
            var root = JsonReader.Parse(json);
            if (root.AsObject is null)
            {
                throw new FormatException("the manifest is not a JSON object");
            }

            if (root[ManifestKeys.ManifestVersion]?.AsInt32 is not ManifestJsonWriter.ManifestVersion)
            {
                throw new FormatException("'" + ManifestKeys.ManifestVersion + "' is not " + ManifestJsonWriter.ManifestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var generatorVersion = RequiredString(Required(root, ManifestKeys.Generator), ManifestKeys.Version);
            var product = ReadProduct(Required(root, ManifestKeys.Product));
            var events = ImmutableArray.CreateBuilder<EventSpec>();
            foreach (var item in RequiredArray(root, ManifestKeys.Events))
            {
                events.Add(ReadEvent(item, product.AssemblyName));
            }

            return new ManifestSpec(product, new EquatableArray<EventSpec>(events.ToImmutable()), generatorVersion);
        }

        private static ProductSpec ReadProduct(JsonValue product)
        {
            var name = RequiredString(product, ManifestKeys.Name);
            var assembly = RequiredString(product, ManifestKeys.Assembly);
            var controller = OptionalString(product, ManifestKeys.DataController);
            var contact = OptionalString(product, ManifestKeys.PrivacyContact);
            var policy = OptionalString(product, ManifestKeys.PrivacyPolicyUrl);
            var security = OptionalString(product, ManifestKeys.SecurityContact);

            // Without [assembly: TelemetryProduct] the manifest names the assembly and nothing else (ProductSpec.ForAssembly).
            var declared = name != assembly || controller is not null || contact is not null || policy is not null || security is not null;
            return new ProductSpec(name, assembly, controller, contact, policy, security, declared);
        }

        private static EventSpec ReadEvent(JsonValue item, string manifestAssembly)
        {
            var fields = ImmutableArray.CreateBuilder<FieldSpec>();
            foreach (var field in RequiredArray(item, ManifestKeys.Fields))
            {
                fields.Add(ReadField(field));
            }

            return new EventSpec(
                TypeHierarchySpec.FromDisplayName(RequiredString(item, ManifestKeys.SourceType)),
                IsPublic: false,
                RequiredString(item, ManifestKeys.Name),
                OptionalString(item, ManifestKeys.Assembly) ?? manifestAssembly,
                RequiredString(item, ManifestKeys.Purpose),
                item[ManifestKeys.RetentionDays]?.AsInt32 ?? throw new FormatException("an event has no whole-number '" + ManifestKeys.RetentionDays + "'"),
                (ConsentKind)Token(EnumSpellings.Consent, item, ManifestKeys.Consent),
                (AccessKind)Token(EnumSpellings.DataAccess, item, ManifestKeys.Access),
                OptionalString(item, ManifestKeys.Owner),
                OptionalString(item, ManifestKeys.Expires),
                new EquatableArray<FieldSpec>(fields.ToImmutable()));
        }

        private static FieldSpec ReadField(JsonValue field)
        {
            var type = RequiredString(field, ManifestKeys.Type);
            var values = field[ManifestKeys.Values];
            FieldTypeSpec typeSpec;
            if (values is not null)
            {
                // Only enum fields list their values.
                var members = ImmutableArray.CreateBuilder<EnumMemberSpec>();
                foreach (var value in values.AsArray ?? throw new FormatException("'" + ManifestKeys.Values + "' is not an array"))
                {
                    members.Add(new EnumMemberSpec(value.AsString ?? throw new FormatException("an enum value is not a string")));
                }

                typeSpec = new FieldTypeSpec(FieldKind.Enum, IsNullable(type), type, string.Empty, string.Empty, new EquatableArray<EnumMemberSpec>(members.ToImmutable()));
            }
            else
            {
                var kind = FieldKindKeywords.KindOf(IsNullable(type) ? type.Substring(0, type.Length - 1) : type);
                typeSpec = new FieldTypeSpec(kind, IsNullable(type) && kind != FieldKind.String, type, string.Empty, string.Empty, EquatableArray<EnumMemberSpec>.Empty);
            }

            return new FieldSpec(
                RequiredString(field, ManifestKeys.Property),
                RequiredString(field, ManifestKeys.Name),
                RequiredString(field, ManifestKeys.Description),
                (DataClassKind)Token(EnumSpellings.DataClass, field, ManifestKeys.DataClass),
                typeSpec);
        }

        private static bool IsNullable(string type) => type.Length > 1 && type[type.Length - 1] == '?';

        private static int Token(SpellingTable spellings, JsonValue item, string key)
        {
            var token = RequiredString(item, key);
            return spellings.TryParse(token, out var value) ? value : throw new FormatException("'" + key + "' has the unknown value '" + token + "'");
        }

        private static JsonValue Required(JsonValue item, string key) =>
            item[key] is { AsObject: not null } value ? value : throw new FormatException("'" + key + "' is not an object");

        private static List<JsonValue> RequiredArray(JsonValue item, string key) =>
            item[key]?.AsArray ?? throw new FormatException("'" + key + "' is not an array");

        private static string RequiredString(JsonValue item, string key) =>
            item[key]?.AsString ?? throw new FormatException("an entry has no string '" + key + "'");

        private static string? OptionalString(JsonValue item, string key)
        {
            var value = item[key];
            if (value is null || value.Value is null)
            {
                return null;
            }

            return value.AsString ?? throw new FormatException("'" + key + "' is neither a string nor null");
        }
    }
}
