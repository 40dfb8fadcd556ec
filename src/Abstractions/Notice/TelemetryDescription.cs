using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Governance.CodeAnalysis.Model;

namespace Governance
{
    /// <summary>
    /// Writes everything the program can send, event by event: why, consent, how long it is kept, who may see it, and
    /// every field with its data class and description, for a command such as <c>todo telemetry show</c>. Fields of the
    /// common contexts are described once, before the events, as sent with every event that includes them. The
    /// first-run notice (<see cref="TelemetryNotice"/>) summarises this on one screen and points here.
    /// </summary>
    /// <remarks>
    /// Declared text is written as declared (<see cref="DeclaredText"/>). What Governance adds, such as that an
    /// identifier is sent as a keyed hash, goes beside it in the field's label, never into the sentence.
    /// </remarks>
    internal static class TelemetryDescription
    {
        /// <param name="options">The product's commands and variables.</param>
        /// <param name="product">Who answers for the data.</param>
        /// <param name="events">Every event the program can send.</param>
        /// <param name="contexts">The common contexts, whose fields are described once, before the events.</param>
        public static string Write(TelemetryOptions options, TelemetryProductDescriptor? product, IReadOnlyList<TelemetryEventDescriptor> events, IReadOnlyList<TelemetryContextDescriptor> contexts)
        {
            var name = ConsentInstructions.ProductName(options, product);
            var title = "Telemetry collected by " + name;
            var text = new StringBuilder();
            text.Append(title).Append('\n').Append('-', title.Length).Append('\n');
            if (events.Count == 0)
            {
                text.Append(name).Append(" declares no telemetry events: it collects nothing.\n");
                return text.ToString();
            }

            text.Append("Every kind of event ").Append(name).Append(" can send, as its source code declares it.\n");
            var hasContextFields = WriteContexts(text, events, contexts);
            var hasOptIn = false;
            foreach (var evt in events)
            {
                hasOptIn |= evt.Consent == Consent.OptIn;
                WriteEvent(text, evt, hasContextFields);
            }

            text.Append('\n');
            ConsentInstructions.Write(text, options, product, hasOptIn, pointToShowCommand: false);
            return text.ToString();
        }

        /// <summary>The common contexts' fields, once for all events; returns whether there were any.</summary>
        private static bool WriteContexts(StringBuilder text, IReadOnlyList<TelemetryEventDescriptor> events, IReadOnlyList<TelemetryContextDescriptor> contexts)
        {
            var fields = new List<TelemetryFieldDescriptor>();
            foreach (var context in contexts)
            {
                fields.AddRange(context.Fields);
            }

            if (fields.Count == 0)
            {
                return false;
            }

            var everyEvent = true;
            foreach (var evt in events)
            {
                everyEvent &= evt.IncludesContext;
            }

            text.Append('\n').Append(everyEvent ? "Sent with every event:\n" : "Sent with every event, unless the event says otherwise:\n");
            foreach (var field in fields)
            {
                WriteField(text, field, "  - ");
            }

            return true;
        }

        private static void WriteEvent(StringBuilder text, TelemetryEventDescriptor evt, bool hasContextFields)
        {
            text.Append('\n').Append(DeclaredText.OneLine(evt.Name)).Append('\n');
            text.Append("  Why: ").Append(DeclaredText.OneLine(evt.Purpose)).Append('\n');
            text.Append("  Consent: ").Append(EnumSpellings.Consent.TitleOf((int)evt.Consent))
                .Append(evt.Consent == Consent.OptIn ? ", sent only if you agree." : ", sent unless you turn telemetry off.").Append('\n');
            text.Append("  Kept for: ").Append(evt.RetentionDays.ToString(CultureInfo.InvariantCulture)).Append(evt.RetentionDays == 1 ? " day" : " days")
                .Append(" after it is received, then deleted.\n");
            text.Append("  Who can see it: ").Append(EnumSpellings.DataAccess.TitleOf((int)evt.Access)).Append('\n');
            if (!string.IsNullOrWhiteSpace(evt.Owner))
            {
                text.Append("  Owner: ").Append(DeclaredText.OneLine(evt.Owner!)).Append('\n');
            }

            if (!string.IsNullOrWhiteSpace(evt.Expires))
            {
                text.Append("  Collected until: ").Append(DeclaredText.OneLine(evt.Expires!)).Append('\n');
            }

            var withContext = hasContextFields && evt.IncludesContext;
            if (hasContextFields && !evt.IncludesContext)
            {
                text.Append("  Sends none of the fields sent with every event.\n");
            }

            if (evt.Fields.Count == 0)
            {
                text.Append(withContext ? "  Sends only the fields sent with every event.\n" : "  Sends no fields: only that it happened.\n");
                return;
            }

            text.Append(withContext ? "  Also sends:\n" : "  Sends:\n");
            foreach (var field in evt.Fields)
            {
                WriteField(text, field, "    - ");
            }
        }

        /// <summary>One field: its name, then in brackets its data class and what Governance does to it, then its description.</summary>
        private static void WriteField(StringBuilder text, TelemetryFieldDescriptor field, string bullet)
        {
            text.Append(bullet).Append(DeclaredText.OneLine(field.Name)).Append(" (").Append(EnumSpellings.DataClass.TitleOf((int)field.DataClass));
            if (field.Hashing == FieldHashing.Keyed)
            {
                text.Append(", ").Append(DataClassWording.KeyedHash);
            }
            else if (field.Hashing == FieldHashing.WithoutKey)
            {
                text.Append(", ").Append(DataClassWording.UnkeyedHash);
            }

            if (field.Shape == FieldShape.Map && field.Keys.Count > 0)
            {
                text.Append(", one value for each of ");
                for (var i = 0; i < field.Keys.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(DeclaredText.OneLine(field.Keys[i]));
                }
            }

            text.Append("): ").Append(DeclaredText.OneLine(field.Description)).Append('\n');
        }
    }
}
