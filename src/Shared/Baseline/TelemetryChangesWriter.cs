using System.Collections.Generic;
using System.Globalization;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>
    /// Writes <c>telemetry-changes.md</c>: what changed against the reviewed baseline, in words, ready to paste into a
    /// pull request or a data review.
    /// </summary>
    internal static class TelemetryChangesWriter
    {
        public const string FileName = "telemetry-changes.md";

        /// <param name="reviewed">The baseline as it was before this build, or null when there is none.</param>
        /// <param name="current">The events the build declares.</param>
        /// <param name="baselineUpdated">Whether this build rewrote the baseline to accept the changes.</param>
        /// <param name="currentContexts">The common contexts the build's product declares.</param>
        public static string Write(ReviewedBaseline? reviewed, IReadOnlyList<ReviewedEvent> current, bool baselineUpdated, IReadOnlyList<ReviewedContext>? currentContexts = null)
        {
            var changes = new List<ReviewedChange>();
            var seenContexts = new HashSet<(string, string?)>();
            foreach (var context in currentContexts ?? new List<ReviewedContext>())
            {
                seenContexts.Add((context.SourceType, context.Assembly));
                changes.AddRange(BaselineComparer.Compare(reviewed?.FindContext(context.SourceType, context.Assembly), context));
            }

            foreach (var context in reviewed?.Contexts ?? new List<ReviewedContext>())
            {
                if (!seenContexts.Contains((context.SourceType, context.Assembly)))
                {
                    changes.AddRange(BaselineComparer.Compare(context, null));
                }
            }

            var currentEvents = new HashSet<(string, string?)>();
            var sorted = new List<ReviewedEvent>(current);
            sorted.Sort((a, b) => ReviewedEvent.CompareIdentity(a.Name, a.Assembly, b.Name, b.Assembly));
            foreach (var evt in sorted)
            {
                currentEvents.Add((evt.Name, evt.Assembly));
                changes.AddRange(BaselineComparer.Compare(reviewed?.Find(evt.Name, evt.Assembly), evt));
            }

            foreach (var evt in reviewed?.Events ?? new List<ReviewedEvent>())
            {
                if (!currentEvents.Contains((evt.Name, evt.Assembly)))
                {
                    changes.Add(new ReviewedChange(ReviewedChangeKind.EventRemoved, evt.Name, assembly: evt.Assembly));
                }
            }

            var text = new IndentedTextBuilder();
            text.Line("# Telemetry changes");
            text.Line();
            if (reviewed is null)
            {
                text.Line("There is no reviewed baseline (" + ReviewedBaseline.FileName + ") yet, so every event is new.");
            }
            else if (changes.Count == 0)
            {
                text.Line("No telemetry changes: the declarations match the reviewed baseline (" + ReviewedBaseline.FileName + ").");
            }
            else
            {
                text.Line(Count(changes.Count) + " against the reviewed baseline (" + ReviewedBaseline.FileName + "):");
            }

            if (changes.Count > 0)
            {
                text.Line();
                foreach (var change in changes)
                {
                    text.Line("- " + MarkdownText.Escape(Capitalize(change.Describe())));
                }
            }

            text.Line();
            text.Line(baselineUpdated
                ? "This build updated " + ReviewedBaseline.FileName + " to record these changes; commit it with them so the review sees both."
                : changes.Count == 0 ? "Nothing to review." : "To accept them after review, run: dotnet build -p:GovernanceUpdateBaseline=true, and commit " + ReviewedBaseline.FileName + ".");
            return text.ToStringAndRelease();
        }

        private static string Count(int count) => count == 1 ? "1 change" : count.ToString(CultureInfo.InvariantCulture) + " changes";

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
