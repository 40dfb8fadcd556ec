using System;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance
{
    /// <summary>
    /// Reads the compact form in which generated code declares an event's descriptor: one string literal per event
    /// instead of an object creation per field, so every project compiles (and the SDK's analyzers walk) one call per
    /// event rather than dozens of operations. Written by the generator (<c>DescriptorSource</c>), read once per event
    /// type, when its descriptor is first used.
    /// </summary>
    /// <remarks>
    /// A JSON array, positional, enums as their numbers:
    /// <c>[1, name, purpose, retentionDays, consent, access, owner, expires, sourceType, assembly, includesContext, fields]</c>,
    /// each field <c>[name, property, type, description, dataClass]</c> when it is one value hashed as its data class
    /// implies (an identifier with the keyed hash, anything else not at all), else
    /// <c>[name, property, type, description, dataClass, hashing, shape, keys]</c>. The first item is the format's
    /// version: a library compiled by an older generator keeps its version, so a newer runtime reads every version it
    /// has ever written.
    /// </remarks>
    internal static class CompactEventDeclaration
    {
        public static TelemetryEventDescriptor Read(string declaration)
        {
            if (declaration is null)
            {
                throw new ArgumentNullException(nameof(declaration));
            }

            var items = JsonReader.Parse(declaration).AsArray;
            if (items is null || items.Count != 12 || items[0].AsInt32 != CompactDeclarationFormat.Version)
            {
                throw new FormatException("Not an event declaration of version " + CompactDeclarationFormat.Version + " as the Governance generator writes it.");
            }

            var fieldItems = items[11].AsArray ?? throw Invalid("fields");
            var fields = new TelemetryFieldDescriptor[fieldItems.Count];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = ReadField(fieldItems[i]);
            }

            return new TelemetryEventDescriptor(
                name: Required(items[1], "name"),
                purpose: Required(items[2], "purpose"),
                retentionDays: Number(items[3], "retentionDays"),
                consent: (Consent)Number(items[4], "consent"),
                access: (DataAccess)Number(items[5], "access"),
                owner: items[6].AsString,
                expires: items[7].AsString,
                sourceType: Required(items[8], "sourceType"),
                assembly: items[9].AsString,
                includesContext: items[10].AsBoolean ?? throw Invalid("includesContext"),
                fields: fields);
        }

        private static TelemetryFieldDescriptor ReadField(JsonValue value)
        {
            var items = value.AsArray;
            if (items is null || (items.Count != 5 && items.Count != 8))
            {
                throw Invalid("field");
            }

            var name = Required(items[0], "field name");
            var property = Required(items[1], "field property");
            var type = Required(items[2], "field type");
            var description = Required(items[3], "field description");
            var dataClass = (DataClass)Number(items[4], "field dataClass");
            if (items.Count == 5)
            {
                return new TelemetryFieldDescriptor(name, property, type, description, dataClass);
            }

            return new TelemetryFieldDescriptor(
                name, property, type, description, dataClass,
                (FieldHashing)Number(items[5], "field hashing"),
                (FieldShape)Number(items[6], "field shape"),
                Keys(items[7]));
        }

        private static string[]? Keys(JsonValue value)
        {
            if (value.Value is null)
            {
                return null;
            }

            var items = value.AsArray ?? throw Invalid("field keys");
            var keys = new string[items.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = Required(items[i], "field key");
            }

            return keys;
        }

        private static string Required(JsonValue value, string what) => value.AsString ?? throw Invalid(what);

        private static int Number(JsonValue value, string what) => value.AsInt32 ?? throw Invalid(what);

        private static FormatException Invalid(string what) =>
            new FormatException("The event declaration's " + what + " is missing or not of the form the Governance generator writes.");
    }
}
