using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Governance
{
    /// <summary>
    /// Writes the first-run notice from the declarations: what is collected (each event's purpose and fields in plain
    /// words), how long it is kept, what needs the user's agreement, and exactly how to turn it off.
    /// </summary>
    internal static class TelemetryNotice
    {
        public static string Write(
            string productName,
            TelemetryProductDescriptor? product,
            IReadOnlyList<TelemetryEventDescriptor> events,
            string? optOutVariable,
            string? optOutCommand,
            string? optInCommand,
            string? installationIdCommand)
        {
            var text = new StringBuilder();
            var name = string.IsNullOrWhiteSpace(productName) ? product?.Name ?? "This program" : productName;
            text.Append("Telemetry\n---------\n");
            text.Append(name).Append(" collects usage data to help improve it. Nothing has been sent yet, and nothing will be sent during this run.\n");

            var optOut = WithConsent(events, Consent.OptOut);
            var optIn = WithConsent(events, Consent.OptIn);
            if (optOut.Count > 0)
            {
                text.Append("\nFrom the next run, unless you turn it off:\n");
                WriteEvents(text, optOut);
            }

            if (optIn.Count > 0)
            {
                text.Append("\nOnly if you agree:\n");
                WriteEvents(text, optIn);
            }

            text.Append('\n');
            var offWays = new List<string>();
            if (!string.IsNullOrWhiteSpace(optOutCommand))
            {
                offWays.Add("run '" + optOutCommand + "'");
            }

            offWays.Add(string.IsNullOrWhiteSpace(optOutVariable)
                ? "set DO_NOT_TRACK=1"
                : "set " + optOutVariable + "=1 (or DO_NOT_TRACK=1)");
            text.Append("To turn telemetry off: ").Append(string.Join(", or ", offWays)).Append(".\n");
            if (optIn.Count > 0 && !string.IsNullOrWhiteSpace(optInCommand))
            {
                text.Append("To agree to the data that needs your consent: run '").Append(optInCommand).Append("'.\n");
            }

            if (product?.PrivacyPolicyUrl is not null)
            {
                text.Append("Privacy policy: ").Append(product.PrivacyPolicyUrl).Append('\n');
            }

            if (product?.PrivacyContact is not null)
            {
                text.Append("Questions about your data: ").Append(product.PrivacyContact).Append('\n');
            }

            if (!string.IsNullOrWhiteSpace(installationIdCommand))
            {
                text.Append("To see the identifier to quote when you ask for your data or its deletion: run '").Append(installationIdCommand).Append("'.\n");
            }

            return text.ToString();
        }

        private static void WriteEvents(StringBuilder text, List<TelemetryEventDescriptor> events)
        {
            foreach (var evt in events)
            {
                text.Append("  - ").Append(Sentence(evt.Purpose)).Append(" (").Append(evt.Name).Append(", kept ")
                    .Append(evt.RetentionDays.ToString(CultureInfo.InvariantCulture)).Append(evt.RetentionDays == 1 ? " day)" : " days)").Append('\n');
                if (evt.Fields.Count > 0)
                {
                    var fields = new List<string>(evt.Fields.Count);
                    foreach (var field in evt.Fields)
                    {
                        var description = Phrase(field.Description);
                        fields.Add(field.DataClass == DataClass.Identifier ? description + " (as a keyed hash)" : description);
                    }

                    text.Append("    Sends: ").Append(string.Join("; ", fields)).Append(".\n");
                }
            }
        }

        private static string Sentence(string text) => OneLine(text).Trim().TrimEnd('.');

        /// <summary>A field description as a phrase inside a list: first letter lower-cased, no final full stop.</summary>
        private static string Phrase(string description)
        {
            var trimmed = OneLine(description).Trim().TrimEnd('.');
            return trimmed.Length > 1 && char.IsUpper(trimmed[0]) && !char.IsUpper(trimmed[1])
                ? char.ToLowerInvariant(trimmed[0]) + trimmed.Substring(1)
                : trimmed;
        }

        private static string OneLine(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(char.IsControl(c) ? ' ' : c);
            }

            return builder.ToString();
        }

        private static List<TelemetryEventDescriptor> WithConsent(IReadOnlyList<TelemetryEventDescriptor> events, Consent consent)
        {
            var result = new List<TelemetryEventDescriptor>();
            foreach (var evt in events)
            {
                if (evt.Consent == consent)
                {
                    result.Add(evt);
                }
            }

            return result;
        }
    }
}
