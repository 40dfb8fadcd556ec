using System.Collections.Generic;
using System.Text;

namespace Governance
{
    /// <summary>
    /// The lines the notice and the full description end with: how to turn telemetry off, how to agree to the rest,
    /// where to read everything, and whom to ask.
    /// </summary>
    internal static class ConsentInstructions
    {
        /// <summary>The name users know the product by: the configured one, else the declared one.</summary>
        public static string ProductName(TelemetryOptions options, TelemetryProductDescriptor? product) =>
            DeclaredText.OneLine(string.IsNullOrWhiteSpace(options.ProductName) ? product?.Name ?? "This program" : options.ProductName);

        public static void Write(StringBuilder text, TelemetryOptions options, TelemetryProductDescriptor? product, bool hasOptInEvents, bool pointToShowCommand)
        {
            var controls = UserControls.Resolve(options, product);
            var offWays = new List<string>();
            if (Declared(controls.OptOutCommand) is { } optOutCommand)
            {
                offWays.Add("run '" + optOutCommand + "'");
            }

            offWays.Add(Declared(controls.OptOutEnvironmentVariable) is { } variable
                ? "set " + variable + "=1 or DO_NOT_TRACK=1"
                : "set DO_NOT_TRACK=1");
            text.Append("To turn telemetry off: ").Append(string.Join(", or ", offWays)).Append(".\n");
            if (hasOptInEvents && Declared(controls.OptInCommand) is { } optInCommand)
            {
                text.Append("To agree to the data that needs your consent: run '").Append(optInCommand).Append("'.\n");
            }

            if (pointToShowCommand && Declared(controls.ShowCommand) is { } showCommand)
            {
                text.Append("To read every kind of event with its purpose and fields: run '").Append(showCommand).Append("'.\n");
            }

            if (Declared(product?.PrivacyPolicyUrl) is { } policy)
            {
                text.Append("Privacy policy: ").Append(policy).Append('\n');
            }

            var contact = Declared(product?.PrivacyContact);
            var idCommand = Declared(controls.InstallationIdCommand);
            if (contact is not null)
            {
                text.Append("Questions about your data: ").Append(contact);
                if (idCommand is not null)
                {
                    // One line for both: the identifier is what to quote when writing there.
                    text.Append(" (to ask for your data or its deletion, quote the identifier that '").Append(idCommand).Append("' shows)");
                }

                text.Append('\n');
            }
            else if (idCommand is not null)
            {
                text.Append("To see the identifier to quote when you ask for your data or its deletion: run '").Append(idCommand).Append("'.\n");
            }
        }

        private static string? Declared(string? value) => string.IsNullOrWhiteSpace(value) ? null : DeclaredText.OneLine(value!);
    }
}
