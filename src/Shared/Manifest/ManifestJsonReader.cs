using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Manifest
{
    /// <summary>
    /// Reads a manifest written by <see cref="ManifestJsonWriter"/> (the keyed document, version 1, indented or not, as the
    /// first release also compiled it into assemblies; or the compact form compiled into assemblies now, version 2,
    /// whose events and contexts <see cref="CompactManifestEntries"/> reads) back into the model the writers
    /// take, so one model and one set of writers serve both the declarations (the generator) and a manifest compiled into
    /// an assembly (the build task; an application's generator and analyzers reading its references). Keys are
    /// <see cref="ManifestKeys"/>, enum values in version 1 the tokens of <see cref="EnumSpellings"/> (in version 2 their
    /// numbers); a key this version does not know, or an item appended to a version 2 entry, is ignored, so a newer
    /// writer's additions do not make a manifest unreadable. What the manifest does not record
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

            var version = root[ManifestKeys.ManifestVersion]?.AsInt32;
            var compact = version == ManifestJsonWriter.CompactManifestVersion;
            if (version != ManifestJsonWriter.ManifestVersion && !compact)
            {
                throw new FormatException("'" + ManifestKeys.ManifestVersion + "' is not " + ManifestJsonWriter.ManifestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " or " + ManifestJsonWriter.CompactManifestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var generatorVersion = RequiredString(Required(root, ManifestKeys.Generator), ManifestKeys.Version);
            var product = ReadProduct(Required(root, ManifestKeys.Product));
            var items = RequiredArray(root, ManifestKeys.Events);
            var events = ImmutableArray.CreateBuilder<EventSpec>(items.Count);
            foreach (var item in items)
            {
                events.Add(compact ? CompactManifestEntries.ReadEvent(item, product.AssemblyName) : ReadEvent(item, product.AssemblyName));
            }

            var contexts = compact ? ReadCompactContexts(root, product.AssemblyName) : ReadContexts(root, product.AssemblyName);
            return new ManifestSpec(product, new EquatableArray<EventSpec>(events.MoveToImmutable()), generatorVersion, Contexts: contexts);
        }

        /// <summary>
        /// A field from what either form says about it. What the manifest does not record of the type (how to name it in
        /// code) is left empty; its kind follows from the type's name, or is an enum when the values are listed.
        /// </summary>
        internal static FieldSpec Field(
            string property,
            string name,
            string description,
            DataClassKind dataClass,
            string type,
            FieldShapeKind shape,
            EquatableArray<EnumMemberSpec>? keys,
            EquatableArray<EnumMemberSpec>? values,
            HashingKind hashing,
            bool omitWhenNull)
        {
            var key = shape == FieldShapeKind.Map
                ? new MapKeySpec(MapKeyName(type), string.Empty, string.Empty, keys ?? throw new FormatException("a map field has no '" + ManifestKeys.Keys + "'"))
                : null;

            // Only enums list their values; the kind of anything else is named by the type (of the element, of the map's values).
            var value = ValueTypeName(type, shape);
            var kind = values is not null ? FieldKind.Enum : FieldKindKeywords.KindOf(value);
            var nullableValueType = shape == FieldShapeKind.Scalar && IsNullable(type) && kind != FieldKind.String;
            var typeSpec = new FieldTypeSpec(kind, nullableValueType, type, string.Empty, string.Empty, values ?? EquatableArray<EnumMemberSpec>.Empty, shape, key);
            return new FieldSpec(property, name, description, dataClass, typeSpec, hashing, omitWhenNull);
        }

        /// <summary>The contexts of a compact manifest's <c>context</c>, in order; none when it has none.</summary>
        private static EquatableArray<ContextSpec> ReadCompactContexts(JsonValue root, string manifestAssembly)
        {
            if (root[ManifestKeys.Context] is null)
            {
                return EquatableArray<ContextSpec>.Empty;
            }

            var items = RequiredArray(root, ManifestKeys.Context);
            var contexts = ImmutableArray.CreateBuilder<ContextSpec>(items.Count);
            foreach (var item in items)
            {
                contexts.Add(CompactManifestEntries.ReadContext(item, manifestAssembly));
            }

            return new EquatableArray<ContextSpec>(contexts.MoveToImmutable());
        }

        /// <summary>
        /// The contexts of the manifest's <c>context</c>, rebuilt from its fields (each names its type and assembly), in the
        /// order they appear; none when a manifest written before contexts existed has no <c>context</c>.
        /// </summary>
        private static EquatableArray<ContextSpec> ReadContexts(JsonValue root, string manifestAssembly)
        {
            var context = root[ManifestKeys.Context];
            if (context is null)
            {
                return EquatableArray<ContextSpec>.Empty;
            }

            var order = new List<(string Assembly, string Type)>();
            var fieldsByContext = new Dictionary<(string Assembly, string Type), ImmutableArray<FieldSpec>.Builder>();
            foreach (var item in RequiredArray(Required(root, ManifestKeys.Context), ManifestKeys.Fields))
            {
                var key = (OptionalString(item, ManifestKeys.Assembly) ?? manifestAssembly, RequiredString(item, ManifestKeys.SourceType));
                if (!fieldsByContext.TryGetValue(key, out var fields))
                {
                    fieldsByContext.Add(key, fields = ImmutableArray.CreateBuilder<FieldSpec>());
                    order.Add(key);
                }

                fields.Add(ReadField(item));
            }

            var contexts = ImmutableArray.CreateBuilder<ContextSpec>(order.Count);
            foreach (var key in order)
            {
                contexts.Add(new ContextSpec(TypeHierarchySpec.FromDisplayName(key.Type), IsPublic: false, key.Assembly, new EquatableArray<FieldSpec>(fieldsByContext[key].ToImmutable())));
            }

            return new EquatableArray<ContextSpec>(contexts.ToImmutable());
        }

        private static ProductSpec ReadProduct(JsonValue product)
        {
            var name = RequiredString(product, ManifestKeys.Name);
            var assembly = RequiredString(product, ManifestKeys.Assembly);
            var controller = OptionalString(product, ManifestKeys.DataController);
            var contact = OptionalString(product, ManifestKeys.PrivacyContact);
            var policy = OptionalString(product, ManifestKeys.PrivacyPolicyUrl);
            var security = OptionalString(product, ManifestKeys.SecurityContact);
            var region = OptionalString(product, ManifestKeys.StorageRegion);
            var controls = new UserControlsSpec(
                OptionalString(product, ManifestKeys.OptOutEnvironmentVariable),
                OptionalString(product, ManifestKeys.OptOutCommand),
                OptionalString(product, ManifestKeys.OptInCommand),
                OptionalString(product, ManifestKeys.ShowCommand),
                OptionalString(product, ManifestKeys.InstallationIdCommand)).NullWhenEmpty();
            var recipients = ImmutableArray.CreateBuilder<string>();
            if (product[ManifestKeys.Recipients] is not null)
            {
                foreach (var item in RequiredArray(product, ManifestKeys.Recipients))
                {
                    recipients.Add(item.AsString ?? throw new FormatException("an item of '" + ManifestKeys.Recipients + "' is not a string"));
                }
            }

            // Without [assembly: TelemetryProduct] the manifest names the assembly and nothing else (ProductSpec.ForAssembly).
            var declared = name != assembly || controller is not null || contact is not null || policy is not null || security is not null
                || recipients.Count > 0 || region is not null || controls is not null;
            return new ProductSpec(name, assembly, controller, contact, policy, security, declared, new EquatableArray<string>(recipients.ToImmutable()), region, controls);
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
                RequiredString(item, ManifestKeys.Name),
                OptionalString(item, ManifestKeys.Assembly) ?? manifestAssembly,
                RequiredString(item, ManifestKeys.Purpose),
                item[ManifestKeys.RetentionDays]?.AsInt32 ?? throw new FormatException("an event has no whole-number '" + ManifestKeys.RetentionDays + "'"),
                (ConsentKind)Token(EnumSpellings.Consent, item, ManifestKeys.Consent),
                (AccessKind)Token(EnumSpellings.DataAccess, item, ManifestKeys.Access),
                OptionalString(item, ManifestKeys.Owner),
                OptionalString(item, ManifestKeys.Expires),
                new EquatableArray<FieldSpec>(fields.ToImmutable()),
                IncludesContext: OptionalBoolean(item, ManifestKeys.IncludesContext) ?? true);
        }

        private static FieldSpec ReadField(JsonValue field)
        {
            var shape = field[ManifestKeys.Shape] is null ? FieldShapeKind.Scalar : (FieldShapeKind)Token(EnumSpellings.FieldShape, field, ManifestKeys.Shape);
            var dataClass = (DataClassKind)Token(EnumSpellings.DataClass, field, ManifestKeys.DataClass);

            // A manifest written before hashing was recorded hashed exactly its identifiers.
            var hashing = field[ManifestKeys.Hashing] is null
                ? FieldSpec.ImpliedHashing(dataClass)
                : (HashingKind)Token(EnumSpellings.FieldHashing, field, ManifestKeys.Hashing);
            return Field(
                RequiredString(field, ManifestKeys.Property),
                RequiredString(field, ManifestKeys.Name),
                RequiredString(field, ManifestKeys.Description),
                dataClass,
                RequiredString(field, ManifestKeys.Type),
                shape,
                shape == FieldShapeKind.Map ? Members(field, ManifestKeys.Keys) : (EquatableArray<EnumMemberSpec>?)null,
                field[ManifestKeys.Values] is null ? (EquatableArray<EnumMemberSpec>?)null : Members(field, ManifestKeys.Values),
                hashing,
                OptionalBoolean(field, ManifestKeys.OmitWhenNull) ?? false);
        }

        private static EquatableArray<EnumMemberSpec> Members(JsonValue field, string key)
        {
            var members = ImmutableArray.CreateBuilder<EnumMemberSpec>();
            foreach (var value in RequiredArray(field, key))
            {
                members.Add(new EnumMemberSpec(value.AsString ?? throw new FormatException("an item of '" + key + "' is not a string")));
            }

            return new EquatableArray<EnumMemberSpec>(members.ToImmutable());
        }

        /// <summary>
        /// The type of the values a field holds, as the manifest writes it: the type itself for one value (without
        /// <c>?</c>), the element of <c>IReadOnlyList&lt;T&gt;</c> or <c>T[]</c>, the value of <c>IReadOnlyDictionary&lt;K, V&gt;</c>.
        /// </summary>
        private static string ValueTypeName(string type, FieldShapeKind shape)
        {
            var plain = IsNullable(type) ? type.Substring(0, type.Length - 1) : type;
            switch (shape)
            {
                case FieldShapeKind.List:
                    plain = plain.EndsWith("[]", StringComparison.Ordinal) ? plain.Substring(0, plain.Length - 2) : Between(plain, "<", ">");
                    break;
                case FieldShapeKind.Map:
                    plain = Between(plain, ", ", ">");
                    break;
            }

            return IsNullable(plain) ? plain.Substring(0, plain.Length - 1) : plain;
        }

        private static string MapKeyName(string type) => Between(type, "<", ", ");

        private static string Between(string text, string start, string end)
        {
            var from = text.IndexOf(start, StringComparison.Ordinal);
            var to = text.LastIndexOf(end, StringComparison.Ordinal);
            return from >= 0 && to > from + start.Length - 1 ? text.Substring(from + start.Length, to - from - start.Length) : text;
        }

        private static bool? OptionalBoolean(JsonValue item, string key)
        {
            var value = item[key];
            if (value is null)
            {
                return null;
            }

            return value.AsBoolean ?? throw new FormatException("'" + key + "' is not true or false");
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
