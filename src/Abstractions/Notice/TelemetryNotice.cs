using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Governance.CodeAnalysis.Model;

namespace Governance
{
    /// <summary>
    /// Writes the first-run notice: one screen that says what kinds of data are collected (with and without the
    /// user's agreement), why, what is never sent, how long it is kept, how to turn it off and where to read
    /// everything. Events are grouped by data class, not listed, so the notice fits <see cref="MaxLines"/> and
    /// <see cref="MaxCharacters"/> whatever their number; <see cref="TelemetryDescription"/> has every event in full.
    /// An event that includes the common context carries the context's data classes too.
    /// </summary>
    /// <remarks>
    /// Declared text is written as declared (<see cref="DeclaredText"/>). The purposes are listed, each as written,
    /// when all of them fit on the screen with the rest; otherwise none is (a chosen few would misrepresent the
    /// others), and the notice says how many there are and where to read them.
    /// </remarks>
    internal static class TelemetryNotice
    {
        /// <summary>The most lines the notice may take: one terminal screen.</summary>
        public const int MaxLines = 30;

        /// <summary>The most characters the notice may take, so that its lines stay short enough for one screen.</summary>
        public const int MaxCharacters = 2500;

        /// <param name="options">The product's commands and variables.</param>
        /// <param name="product">Who answers for the data.</param>
        /// <param name="events">Every event the program can send.</param>
        /// <param name="contexts">The common contexts: their data classes count for every event that includes them.</param>
        public static string Write(TelemetryOptions options, TelemetryProductDescriptor? product, IReadOnlyList<TelemetryEventDescriptor> events, IReadOnlyList<TelemetryContextDescriptor> contexts)
        {
            var name = ConsentInstructions.ProductName(options, product);
            var head = new StringBuilder("Telemetry\n---------\n");
            if (events.Count == 0)
            {
                head.Append(name).Append(" declares no telemetry events: it collects nothing.\n");
                return head.ToString();
            }

            head.Append(name).Append(" collects usage data (telemetry). Nothing has been sent yet, and nothing will be sent during this run.\n\n");
            WriteKinds(head, events, contexts, Consent.OptOut, "From the next run, unless you turn it off");
            var hasOptIn = WriteKinds(head, events, contexts, Consent.OptIn, "Only if you agree");

            var tail = new StringBuilder("\n");
            WriteNeverSent(tail, events, contexts);
            WriteKeptAndSeen(tail, events);
            tail.Append('\n');
            ConsentInstructions.Write(tail, options, product, hasOptIn, pointToShowCommand: true);

            var purposes = DistinctPurposes(events);
            var listed = new StringBuilder().Append(head).Append("\nWhy it is collected:\n");
            foreach (var purpose in purposes)
            {
                listed.Append("  - ").Append(purpose).Append('\n');
            }

            listed.Append(tail);
            if (FitsOneScreen(listed))
            {
                return listed.ToString();
            }

            return head.Append("\nWhy: each of the ").Append(Count(events.Count, "kind of event", "kinds of event"))
                .Append(" states its own purpose, too many to list here.\n").Append(tail).ToString();
        }

        /// <summary>Whether the text is within <see cref="MaxLines"/> and <see cref="MaxCharacters"/>.</summary>
        public static bool FitsOneScreen(StringBuilder text)
        {
            var lines = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    lines++;
                }
            }

            return lines <= MaxLines && text.Length <= MaxCharacters;
        }

        /// <summary>The group of events with one consent, as the kinds of data they carry; returns whether there was any.</summary>
        private static bool WriteKinds(StringBuilder text, IReadOnlyList<TelemetryEventDescriptor> events, IReadOnlyList<TelemetryContextDescriptor> contexts, Consent consent, string heading)
        {
            var count = 0;
            var present = new List<int>();
            foreach (var evt in events)
            {
                if (evt.Consent != consent)
                {
                    continue;
                }

                count++;
                foreach (var dataClass in evt.DataClassesWith(contexts))
                {
                    present.Add((int)dataClass);
                }
            }

            if (count == 0)
            {
                return false;
            }

            text.Append(heading).Append(" (").Append(Count(count, "kind of event", "kinds of event")).Append("):\n");
            var kinds = EnumSpellings.DataClass.MembersAmong(present);
            if (kinds.Count == 0)
            {
                text.Append("  - Only that something happened: these events have no fields.\n");
            }

            foreach (var kind in kinds)
            {
                text.Append("  - ").Append(DataClassWording.Kind((DataClass)kind.Value)).Append('\n');
            }

            return true;
        }

        /// <summary>What the declarations guarantee is never sent, or sent only with the user's agreement, on one line.</summary>
        private static void WriteNeverSent(StringBuilder text, IReadOnlyList<TelemetryEventDescriptor> events, IReadOnlyList<TelemetryContextDescriptor> contexts)
        {
            var personal = Carrying(events, contexts, DataClass.Personal);
            var sensitive = Carrying(events, contexts, DataClass.Sensitive);
            var sentences = new List<string>(2);
            if (personal == Carried.Never && sensitive == Carried.Never)
            {
                sentences.Add("Never sent: anything classified as personal or sensitive data, such as names, contact details, free text, locations, health or credentials.");
            }
            else if (sensitive == Carried.Never)
            {
                sentences.Add("Never sent: anything classified as sensitive data, such as health, biometrics, precise location, credentials or financial data.");
            }
            else if (personal == Carried.Never)
            {
                sentences.Add("Never sent: anything classified as personal data, such as names, contact details, free text or locations.");
            }

            if (personal == Carried.OnlyWithAgreement || sensitive == Carried.OnlyWithAgreement)
            {
                sentences.Add((personal == Carried.OnlyWithAgreement && sensitive == Carried.OnlyWithAgreement ? "Personal and sensitive data are"
                    : personal == Carried.OnlyWithAgreement ? "Personal data is" : "Sensitive data is") + " sent only if you agree.");
            }

            if (sentences.Count > 0)
            {
                text.Append(string.Join(" ", sentences)).Append('\n');
            }
        }

        /// <summary>How long the data is kept and who may see it, on one line.</summary>
        private static void WriteKeptAndSeen(StringBuilder text, IReadOnlyList<TelemetryEventDescriptor> events)
        {
            var shortest = int.MaxValue;
            var longest = int.MinValue;
            var access = new List<int>(events.Count);
            foreach (var evt in events)
            {
                shortest = System.Math.Min(shortest, evt.RetentionDays);
                longest = System.Math.Max(longest, evt.RetentionDays);
                access.Add((int)evt.Access);
            }

            var seenBy = new List<string>();
            foreach (var member in EnumSpellings.DataAccess.MembersAmong(access))
            {
                seenBy.Add(member.Title);
            }

            text.Append("Kept for ")
                .Append(shortest == longest ? Count(longest, "day", "days") : Number(shortest) + " to " + Count(longest, "day", "days"))
                .Append(" after it is received, then deleted. Who can see it: ").Append(string.Join(", ", seenBy)).Append(".\n");
        }

        private static List<string> DistinctPurposes(IReadOnlyList<TelemetryEventDescriptor> events)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            var purposes = new List<string>();
            foreach (var evt in events)
            {
                var purpose = DeclaredText.OneLine(evt.Purpose);
                if (seen.Add(purpose))
                {
                    purposes.Add(purpose);
                }
            }

            return purposes;
        }

        private static Carried Carrying(IReadOnlyList<TelemetryEventDescriptor> events, IReadOnlyList<TelemetryContextDescriptor> contexts, DataClass dataClass)
        {
            var carried = Carried.Never;
            foreach (var evt in events)
            {
                foreach (var present in evt.DataClassesWith(contexts))
                {
                    if (present == dataClass)
                    {
                        if (evt.Consent != Consent.OptIn)
                        {
                            return Carried.WithoutAgreement;
                        }

                        carried = Carried.OnlyWithAgreement;
                    }
                }
            }

            return carried;
        }

        private static string Count(int count, string one, string many) => Number(count) + " " + (count == 1 ? one : many);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private enum Carried
        {
            Never,
            OnlyWithAgreement,
            WithoutAgreement,
        }
    }
}
