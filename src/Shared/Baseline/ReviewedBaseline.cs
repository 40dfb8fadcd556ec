using System;
using System.Collections.Generic;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// The reviewed telemetry baseline, <c>telemetry.reviewed.json</c>: like a public-API baseline, it records what a
    /// review accepted, and every difference from the declarations is reported until the file is updated. It covers
    /// every event the assembly can send and every common context of its product: its own, and those of the assemblies it
    /// was compiled against (each with its <c>assembly</c>), so a dependency upgrade that changes telemetry is reviewed too. The file is stable: events and
    /// fields in ordinal order, one value per line, so one change is a small diff.
    /// </summary>
    internal sealed class ReviewedBaseline
    {
        public const string FileName = "telemetry.reviewed.json";
        public const int Version = 1;

        // The keys of the file's own header; its events use the manifest's keys (ReviewedEventJson).
        private const string VersionKey = "baselineVersion";
        private const string AboutKey = "about";

        public ReviewedBaseline(IReadOnlyList<ReviewedEvent> events, IReadOnlyList<ReviewedContext>? contexts = null)
        {
            var sorted = new List<ReviewedEvent>(events);
            sorted.Sort((a, b) => ReviewedEvent.CompareIdentity(a.Name, a.Assembly, b.Name, b.Assembly));
            Events = sorted;
            var sortedContexts = new List<ReviewedContext>(contexts ?? new List<ReviewedContext>());
            sortedContexts.Sort((a, b) => ReviewedEvent.CompareIdentity(a.SourceType, a.Assembly, b.SourceType, b.Assembly));
            Contexts = sortedContexts;
        }

        /// <summary>The events in ordinal order of name, then of assembly (the reviewed assembly's own first).</summary>
        public IReadOnlyList<ReviewedEvent> Events { get; }

        /// <summary>The common contexts in ordinal order of type, then of assembly (the reviewed assembly's own first).</summary>
        public IReadOnlyList<ReviewedContext> Contexts { get; }

        /// <summary>The context of that type and declaring assembly (null: the reviewed assembly's own), or null.</summary>
        public ReviewedContext? FindContext(string sourceType, string? assembly = null)
        {
            foreach (var context in Contexts)
            {
                if (context.SourceType == sourceType && context.Assembly == assembly)
                {
                    return context;
                }
            }

            return null;
        }

        /// <summary>
        /// The event of that name and declaring assembly (null: the reviewed assembly's own) (the first, if a hand edit
        /// left two), by binary search: the list is sorted.
        /// </summary>
        public ReviewedEvent? Find(string name, string? assembly = null)
        {
            int low = 0, high = Events.Count - 1, found = -1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var order = ReviewedEvent.CompareIdentity(Events[middle].Name, Events[middle].Assembly, name, assembly);
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
            json.Number(VersionKey, Version);
            json.String(AboutKey, "Telemetry accepted in review. Regenerate with: dotnet build -p:GovernanceUpdateBaseline=true");

            // Only a product with a context records one, so baselines reviewed before contexts existed stay as they are.
            if (Contexts.Count > 0)
            {
                ReviewedEventJson.WriteContexts(json, Contexts);
            }

            json.StartArray(ManifestKeys.Events);
            foreach (var evt in Events)
            {
                ReviewedEventJson.Write(json, evt);
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

            if (root[VersionKey]?.AsInt32 is not Version)
            {
                throw new FormatException(VersionKey + " must be " + Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return new ReviewedBaseline(ReviewedEventJson.ReadEvents(root), ReviewedEventJson.ReadContexts(root));
        }

        /// <summary>Where the first field of a context starts in the file text, for pointing a diagnostic at it; -1 if not found.</summary>
        public static int PositionOfContext(string text, string sourceType, string? assembly = null)
        {
            try
            {
                foreach (var item in JsonReader.Parse(text)[ManifestKeys.Context]?[ManifestKeys.Fields]?.AsArray ?? new List<JsonValue>())
                {
                    if (item[ManifestKeys.SourceType]?.AsString == sourceType && item[ManifestKeys.Assembly]?.AsString == assembly)
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

        /// <summary>Where an event's entry starts in the file text, for pointing a diagnostic at it; -1 if not found.</summary>
        public static int PositionOf(string text, string eventName, string? assembly = null)
        {
            try
            {
                foreach (var item in JsonReader.Parse(text)[ManifestKeys.Events]?.AsArray ?? new List<JsonValue>())
                {
                    if (item[ManifestKeys.Name]?.AsString == eventName && item[ManifestKeys.Assembly]?.AsString == assembly)
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
    }
}
