using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Governance.CodeAnalysis.Model;

namespace Governance
{
    /// <summary>
    /// Writes everything the program can send, event by event: why, consent, how long it is kept, who may see it, and
    /// every field with its data class and description, for a command such as <c>todo telemetry show</c>. The
    /// first-run notice (<see cref="TelemetryNotice"/>) summarises this on one screen and points here.
    /// </summary>
    /// <remarks>
    /// Declared text is written as declared (<see cref="DeclaredText"/>). What Governance adds, such as that an
    /// identifier is sent as a keyed hash, goes beside it in the field's label, never into the sentence.
    /// </remarks>
    internal static class TelemetryDescription
    {
        public static string Write(TelemetryOptions options, TelemetryProductDescriptor? product, IReadOnlyList<TelemetryEventDescriptor> events)
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
            var hasOptIn = false;
            foreach (var evt in events)
            {
                hasOptIn |= evt.Consent == Consent.OptIn;
                WriteEvent(text, evt);
            }

            text.Append('\n');
            ConsentInstructions.Write(text, options, product, hasOptIn, pointToShowCommand: false);
            return text.ToString();
        }

        private static void WriteEvent(StringBuilder text, TelemetryEventDescriptor evt)
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

            if (evt.Fields.Count == 0)
            {
                text.Append("  Sends no fields: only that it happened.\n");
                return;
            }

            text.Append("  Sends:\n");
            foreach (var field in evt.Fields)
            {
                text.Append("    - ").Append(DeclaredText.OneLine(field.Name)).Append(" (").Append(EnumSpellings.DataClass.TitleOf((int)field.DataClass));
                if (field.DataClass == DataClass.Identifier)
                {
                    text.Append(", ").Append(DataClassWording.KeyedHash);
                }

                text.Append("): ").Append(DeclaredText.OneLine(field.Description)).Append('\n');
            }
        }
    }
}
