using System;
using System.Collections.Generic;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// The one reader and writer of reviewed events and contexts as JSON. A baseline entry is the reviewable part of a manifest
    /// entry under the same keys (<see cref="ManifestKeys"/>); <c>assembly</c> appears only for an event another
    /// assembly of the product declares.
    /// </summary>
    internal static class ReviewedEventJson
    {
        /// <summary>The events of a baseline; a document that has none is a <see cref="FormatException"/>.</summary>
        public static List<ReviewedEvent> ReadEvents(JsonValue document)
        {
            var events = new List<ReviewedEvent>();
            foreach (var item in document[ManifestKeys.Events]?.AsArray ?? throw new FormatException("'" + ManifestKeys.Events + "' must be an array"))
            {
                events.Add(Read(item));
            }

            return events;
        }

        /// <summary>One event entry; one that lacks a reviewed value is a <see cref="FormatException"/> saying which.</summary>
        public static ReviewedEvent Read(JsonValue item)
        {
            var fields = new List<ReviewedField>();
            foreach (var field in item[ManifestKeys.Fields]?.AsArray ?? throw new FormatException("an event has no '" + ManifestKeys.Fields + "' array"))
            {
                fields.Add(ReadField(field));
            }

            var assembly = item[ManifestKeys.Assembly];
            return new ReviewedEvent(
                Required(item, ManifestKeys.Name),
                Required(item, ManifestKeys.Purpose),
                item[ManifestKeys.RetentionDays]?.AsInt32 ?? throw new FormatException("an event has no whole-number '" + ManifestKeys.RetentionDays + "'"),
                Required(item, ManifestKeys.Consent),
                Required(item, ManifestKeys.Access),
                fields,
                assembly is null ? null : assembly.AsString ?? throw new FormatException("an entry's '" + ManifestKeys.Assembly + "' is not a string"));
        }

        /// <summary>Writes one event as the baseline keeps it: the reviewed values only, one per line.</summary>
        public static void Write(JsonText json, ReviewedEvent evt)
        {
            json.StartObject().String(ManifestKeys.Name, evt.Name);
            if (evt.Assembly is not null)
            {
                // Only another assembly's event names it: a baseline reviewed before the product had several stays valid.
                json.String(ManifestKeys.Assembly, evt.Assembly);
            }

            json.String(ManifestKeys.Purpose, evt.Purpose)
                .Number(ManifestKeys.RetentionDays, evt.RetentionDays)
                .String(ManifestKeys.Consent, evt.Consent)
                .String(ManifestKeys.Access, evt.Access);
            json.StartArray(ManifestKeys.Fields);
            foreach (var field in evt.Fields)
            {
                json.StartObject().String(ManifestKeys.Name, field.Name);
                WriteFieldValues(json, field);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        /// <summary>
        /// The contexts of a baseline's <c>context</c>, rebuilt from its fields (each names its type, and its assembly when
        /// another assembly declares it); none in a baseline reviewed before contexts existed.
        /// </summary>
        public static List<ReviewedContext> ReadContexts(JsonValue document)
        {
            var contexts = new List<ReviewedContext>();
            var context = document[ManifestKeys.Context];
            if (context is null)
            {
                return contexts;
            }

            var order = new List<(string Type, string? Assembly)>();
            var fields = new Dictionary<(string Type, string? Assembly), List<ReviewedField>>();
            foreach (var item in context[ManifestKeys.Fields]?.AsArray ?? throw new FormatException("'" + ManifestKeys.Context + "' has no '" + ManifestKeys.Fields + "' array"))
            {
                var assembly = item[ManifestKeys.Assembly];
                var key = (Required(item, ManifestKeys.SourceType), assembly is null ? null : assembly.AsString ?? throw new FormatException("an entry's '" + ManifestKeys.Assembly + "' is not a string"));
                if (!fields.TryGetValue(key, out var list))
                {
                    fields.Add(key, list = new List<ReviewedField>());
                    order.Add(key);
                }

                list.Add(ReadField(item));
            }

            foreach (var key in order)
            {
                contexts.Add(new ReviewedContext(key.Type, fields[key], key.Assembly));
            }

            return contexts;
        }

        /// <summary>Writes the baseline's <c>context</c>: every context field, context by context, with its type (and assembly, for another assembly's).</summary>
        public static void WriteContexts(JsonText json, IReadOnlyList<ReviewedContext> contexts)
        {
            json.StartObject(ManifestKeys.Context);
            json.StartArray(ManifestKeys.Fields);
            foreach (var context in contexts)
            {
                foreach (var field in context.Fields)
                {
                    json.StartObject().String(ManifestKeys.Name, field.Name).String(ManifestKeys.SourceType, context.SourceType);
                    if (context.Assembly is not null)
                    {
                        json.String(ManifestKeys.Assembly, context.Assembly);
                    }

                    WriteFieldValues(json, field);
                    json.EndObject();
                }
            }

            json.EndArray();
            json.EndObject();
        }

        private static ReviewedField ReadField(JsonValue field)
        {
            var hashing = field[ManifestKeys.Hashing];
            return new ReviewedField(
                Required(field, ManifestKeys.Name),
                Required(field, ManifestKeys.Property),
                Required(field, ManifestKeys.DataClass),
                hashing is null ? null : hashing.AsString ?? throw new FormatException("a field's '" + ManifestKeys.Hashing + "' is not a string"));
        }

        private static void WriteFieldValues(JsonText json, ReviewedField field)
        {
            json.String(ManifestKeys.Property, field.Property).String(ManifestKeys.DataClass, field.DataClass);
            if (field.Hashing is not null)
            {
                json.String(ManifestKeys.Hashing, field.Hashing);
            }
        }

        private static string Required(JsonValue item, string name) =>
            item[name]?.AsString ?? throw new FormatException("an entry has no string '" + name + "'");
    }
}
