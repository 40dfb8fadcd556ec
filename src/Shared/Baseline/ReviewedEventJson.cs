using System;
using System.Collections.Generic;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// The one reader and writer of reviewed events as JSON. A baseline entry is the reviewable part of a manifest
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
                fields.Add(new ReviewedField(Required(field, ManifestKeys.Name), Required(field, ManifestKeys.Property), Required(field, ManifestKeys.DataClass)));
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
                json.StartObject().String(ManifestKeys.Name, field.Name).String(ManifestKeys.Property, field.Property).String(ManifestKeys.DataClass, field.DataClass).EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        private static string Required(JsonValue item, string name) =>
            item[name]?.AsString ?? throw new FormatException("an entry has no string '" + name + "'");
    }
}
