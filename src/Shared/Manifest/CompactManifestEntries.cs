using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Manifest
{
    /// <summary>
    /// The events and contexts of the manifest in the form compiled into assemblies (<c>manifestVersion</c> 2): each a
    /// positional JSON array, enums as their numbers, what follows from the rest (an event's data classes) or is the
    /// default left out. Written and read here only, so the layout cannot disagree with itself; the build task renders
    /// the keyed, indented version 1 document (the schema's) from what it reads.
    /// </summary>
    /// <remarks>
    /// At a thousand events the keyed form was the largest single text the generator wrote (1.8 M characters as a C#
    /// literal, a fifth of them escaped quotes of repeated keys), which every build parsed and emitted. Layout:
    /// <list type="bullet">
    /// <item>event: <c>[name, purpose, retentionDays, consent, access, owner, expires, sourceType, assembly, includesContext, fields]</c>,
    /// <c>assembly</c> null when it is the manifest's own;</item>
    /// <item>context: <c>[sourceType, assembly, fields]</c>, the same rule for <c>assembly</c>;</item>
    /// <item>field: <c>[name, property, type, description, dataClass, hashing, shape, keys, values, omitWhenNull]</c>, cut
    /// after the last item that is not its default (hashing as the data class implies, scalar, no keys, no values,
    /// false).</item>
    /// </list>
    /// Items a newer writer appends to an entry are ignored, as the keyed form ignores keys it does not know; a change to
    /// what an existing position means needs a new <c>manifestVersion</c>. Contexts without fields are left out, as the
    /// keyed form leaves them out, so both forms read to the same manifest.
    /// </remarks>
    internal static class CompactManifestEntries
    {
        private const int EventItems = 11;
        private const int ContextItems = 3;
        private const int RequiredFieldItems = 5;

        public static void WriteEvent(JsonText json, EventSpec evt, string manifestAssembly)
        {
            CompactEventItems.WriteEvent(json.StartArray(), evt, evt.Assembly == manifestAssembly ? null : evt.Assembly);
            WriteFields(json, evt.Fields);
            json.EndArray();
        }

        public static void WriteContext(JsonText json, ContextSpec context, string manifestAssembly)
        {
            json.StartArray()
                .String(context.Type.DisplayName)
                .String(context.Assembly == manifestAssembly ? null : context.Assembly);
            WriteFields(json, context.Fields);
            json.EndArray();
        }

        public static EventSpec ReadEvent(JsonValue value, string manifestAssembly)
        {
            var items = Items(value, EventItems, "an event");
            return new EventSpec(
                TypeHierarchySpec.FromDisplayName(RequiredString(items[7], "sourceType")),
                RequiredString(items[0], "name"),
                OptionalString(items[8], "assembly") ?? manifestAssembly,
                RequiredString(items[1], "purpose"),
                Number(items[2], "retentionDays"),
                (ConsentKind)Member(EnumSpellings.Consent, items[3], "consent"),
                (AccessKind)Member(EnumSpellings.DataAccess, items[4], "access"),
                OptionalString(items[5], "owner"),
                OptionalString(items[6], "expires"),
                ReadFields(items[10]),
                IncludesContext: items[9].AsBoolean ?? throw Invalid("includesContext"));
        }

        public static ContextSpec ReadContext(JsonValue value, string manifestAssembly)
        {
            var items = Items(value, ContextItems, "a context");
            return new ContextSpec(
                TypeHierarchySpec.FromDisplayName(RequiredString(items[0], "sourceType")),
                IsPublic: false,
                OptionalString(items[1], "assembly") ?? manifestAssembly,
                ReadFields(items[2]));
        }

        private static void WriteFields(JsonText json, EquatableArray<FieldSpec> fields)
        {
            json.StartArray();
            foreach (var field in fields)
            {
                WriteField(json, field);
            }

            json.EndArray();
        }

        private static void WriteField(JsonText json, FieldSpec field)
        {
            CompactEventItems.WriteField(json.StartArray(), field);

            // How many of the optional items to write: up to the last one that is not its default.
            var type = field.Type;
            var count = field.OmitWhenNull ? 5
                : type.Kind == FieldKind.Enum ? 4
                : type.Key is not null ? 3
                : type.Shape != FieldShapeKind.Scalar ? 2
                : field.Hashing != FieldSpec.ImpliedHashing(field.DataClass) ? 1
                : 0;
            if (count >= 1)
            {
                json.Number((int)field.Hashing);
            }

            if (count >= 2)
            {
                json.Number((int)type.Shape);
            }

            if (count >= 3)
            {
                CompactEventItems.WriteMembers(json, type.Key?.Members);
            }

            if (count >= 4)
            {
                CompactEventItems.WriteMembers(json, type.Kind == FieldKind.Enum ? type.EnumMembers : (EquatableArray<EnumMemberSpec>?)null);
            }

            if (count >= 5)
            {
                json.Boolean(true);
            }

            json.EndArray();
        }

        private static EquatableArray<FieldSpec> ReadFields(JsonValue value)
        {
            var items = value.AsArray ?? throw Invalid("fields");
            var fields = ImmutableArray.CreateBuilder<FieldSpec>(items.Count);
            foreach (var item in items)
            {
                fields.Add(ReadField(item));
            }

            return new EquatableArray<FieldSpec>(fields.MoveToImmutable());
        }

        private static FieldSpec ReadField(JsonValue value)
        {
            var items = Items(value, RequiredFieldItems, "a field");
            var dataClass = (DataClassKind)Member(EnumSpellings.DataClass, items[4], "dataClass");
            JsonValue? Optional(int index) => index < items.Count ? items[index] : null;
            var hashing = Optional(5) is { } hashingItem ? (HashingKind)Member(EnumSpellings.FieldHashing, hashingItem, "hashing") : FieldSpec.ImpliedHashing(dataClass);
            var shape = Optional(6) is { } shapeItem ? (FieldShapeKind)Member(EnumSpellings.FieldShape, shapeItem, "shape") : FieldShapeKind.Scalar;
            var keys = Members(Optional(7), "keys");
            var values = Members(Optional(8), "values");
            var omitWhenNull = Optional(9) is { } omitItem && (omitItem.AsBoolean ?? throw Invalid("omitWhenNull"));
            return ManifestJsonReader.Field(
                RequiredString(items[1], "property"),
                RequiredString(items[0], "name"),
                RequiredString(items[3], "description"),
                dataClass,
                RequiredString(items[2], "type"),
                shape,
                keys,
                values,
                hashing,
                omitWhenNull);
        }

        private static EquatableArray<EnumMemberSpec>? Members(JsonValue? value, string item)
        {
            if (value is null || value.Value is null)
            {
                return null;
            }

            var names = value.AsArray ?? throw Invalid(item);
            var members = ImmutableArray.CreateBuilder<EnumMemberSpec>(names.Count);
            foreach (var name in names)
            {
                members.Add(new EnumMemberSpec(name.AsString ?? throw Invalid(item)));
            }

            return new EquatableArray<EnumMemberSpec>(members.MoveToImmutable());
        }

        /// <summary>The items of an entry: at least those this version reads; items a newer writer appends are ignored.</summary>
        private static List<JsonValue> Items(JsonValue value, int least, string what)
        {
            var items = value.AsArray;
            if (items is null || items.Count < least)
            {
                throw new FormatException(what + " is not an array of at least " + Text(least) + " items");
            }

            return items;
        }

        private static int Member(SpellingTable spellings, JsonValue value, string item)
        {
            var number = Number(value, item);
            return spellings.Find(number) is not null ? number : throw new FormatException("'" + item + "' has the unknown value " + Text(number));
        }

        private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static int Number(JsonValue value, string item) => value.AsInt32 ?? throw Invalid(item);

        private static string RequiredString(JsonValue value, string item) => value.AsString ?? throw Invalid(item);

        private static string? OptionalString(JsonValue value, string item) => value.Value is null ? null : value.AsString ?? throw Invalid(item);

        private static FormatException Invalid(string item) => new FormatException("'" + item + "' is not what the compact manifest holds there");
    }
}
