using System;
using System.Collections.Generic;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>The reviewable view of every event in a manifest (what the build task compares and writes).</summary>
    internal static class ManifestReviewedEvents
    {
        public static List<ReviewedEvent> FromManifestJson(string json)
        {
            var events = new List<ReviewedEvent>();
            foreach (var item in JsonReader.Parse(json)["events"]?.AsArray ?? throw new FormatException("the manifest has no 'events' array"))
            {
                var fields = new List<ReviewedField>();
                foreach (var field in item["fields"]?.AsArray ?? new List<JsonValue>())
                {
                    fields.Add(new ReviewedField(field["name"]?.AsString ?? string.Empty, field["property"]?.AsString ?? string.Empty, field["dataClass"]?.AsString ?? string.Empty));
                }

                events.Add(new ReviewedEvent(
                    item["name"]?.AsString ?? string.Empty,
                    item["purpose"]?.AsString ?? string.Empty,
                    item["retentionDays"]?.AsInt32 ?? 0,
                    item["consent"]?.AsString ?? string.Empty,
                    item["access"]?.AsString ?? string.Empty,
                    fields));
            }

            return events;
        }
    }
}
