using System;
using System.Collections.Generic;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// The reviewed telemetry baseline, <c>telemetry.reviewed.json</c>: like a public-API baseline, it records what a
    /// review accepted, and every difference from the declarations is reported until the file is updated. The file is
    /// stable: events and fields in ordinal order, one value per line, so one change is a small diff.
    /// </summary>
    internal sealed class ReviewedBaseline
    {
        public const string FileName = "telemetry.reviewed.json";
        public const int Version = 1;

        public ReviewedBaseline(IReadOnlyList<ReviewedEvent> events)
        {
            var sorted = new List<ReviewedEvent>(events);
            sorted.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            Events = sorted;
        }

        /// <summary>The events in ordinal order of name.</summary>
        public IReadOnlyList<ReviewedEvent> Events { get; }

        /// <summary>The event of that name (the first, if a hand edit left two), by binary search: the list is sorted.</summary>
        public ReviewedEvent? Find(string name)
        {
            int low = 0, high = Events.Count - 1, found = -1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var order = string.CompareOrdinal(Events[middle].Name, name);
                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    if (order == 0)
                    {
                        found = middle;
                    }

                    high = middle - 1;
                }
            }

            return found < 0 ? null : Events[found];
        }

        public string Write()
        {
            var json = new JsonText();
            json.StartObject();
            json.Number("baselineVersion", Version);
            json.String("about", "Telemetry accepted in review. Regenerate with: dotnet build -p:GovernanceUpdateBaseline=true");
            json.StartArray("events");
            foreach (var evt in Events)
            {
                json.StartObject()
                    .String("name", evt.Name)
                    .String("purpose", evt.Purpose)
                    .Number("retentionDays", evt.RetentionDays)
                    .String("consent", evt.Consent)
                    .String("access", evt.Access);
                json.StartArray("fields");
                foreach (var field in evt.Fields)
                {
                    json.StartObject().String("name", field.Name).String("property", field.Property).String("dataClass", field.DataClass).EndObject();
                }

                json.EndArray();
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
            return json.ToString();
        }

        /// <summary>Reads a baseline; a file that is not one is a <see cref="FormatException"/> saying why and where.</summary>
        public static ReviewedBaseline Read(string text)
        {
            var root = JsonReader.Parse(text);
            if (root.AsObject is null)
            {
                throw new FormatException("the file is not a JSON object");
            }

            if (root["baselineVersion"]?.AsInt32 is not Version)
            {
                throw new FormatException("baselineVersion must be " + Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var events = new List<ReviewedEvent>();
            foreach (var item in root["events"]?.AsArray ?? throw new FormatException("'events' must be an array"))
            {
                events.Add(ReadEvent(item));
            }

            return new ReviewedBaseline(events);
        }

        /// <summary>Where an event's entry starts in the file text, for pointing a diagnostic at it; -1 if not found.</summary>
        public static int PositionOf(string text, string eventName)
        {
            try
            {
                foreach (var item in JsonReader.Parse(text)["events"]?.AsArray ?? new List<JsonValue>())
                {
                    if (item["name"]?.AsString == eventName)
                    {
                        return item.Position;
                    }
                }
            }
            catch (FormatException)
            {
            }

            return -1;
        }

        private static ReviewedEvent ReadEvent(JsonValue item)
        {
            var fields = new List<ReviewedField>();
            foreach (var field in item["fields"]?.AsArray ?? throw new FormatException("an event has no 'fields' array"))
            {
                fields.Add(new ReviewedField(Required(field, "name"), Required(field, "property"), Required(field, "dataClass")));
            }

            return new ReviewedEvent(
                Required(item, "name"),
                Required(item, "purpose"),
                item["retentionDays"]?.AsInt32 ?? throw new FormatException("an event has no whole-number 'retentionDays'"),
                Required(item, "consent"),
                Required(item, "access"),
                fields);
        }

        private static string Required(JsonValue item, string name) =>
            item[name]?.AsString ?? throw new FormatException("an entry has no string '" + name + "'");
    }
}
