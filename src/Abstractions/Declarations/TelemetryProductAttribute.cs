using System;

namespace Governance
{
    /// <summary>
    /// Declares, once per assembly, who is responsible for the telemetry it collects, who receives it, where it is kept
    /// and how users turn it off. The values appear in the manifest and the privacy document; the name, the contacts,
    /// the opt-out variable and the commands also in the first-run notice (see <see cref="OptOutCommand"/>).
    /// </summary>
    /// <example>
    /// <code>
    /// [assembly: TelemetryProduct("Todo CLI", DataController = "Example Ltd, 1 Main Street, Springfield",
    ///     PrivacyContact = "privacy@example.org", PrivacyPolicyUrl = "https://example.org/privacy",
    ///     SecurityContact = "security@example.org",
    ///     Recipients = new[] { "Example Ltd", "Contoso Cloud, which hosts the data for Example Ltd" },
    ///     StorageRegion = "European Union (Ireland)",
    ///     OptOutEnvironmentVariable = "TODO_TELEMETRY_OPTOUT", OptOutCommand = "todo telemetry off",
    ///     OptInCommand = "todo telemetry on", ShowCommand = "todo telemetry show", InstallationIdCommand = "todo telemetry id")]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class TelemetryProductAttribute : Attribute
    {
        /// <summary>Declares the product.</summary>
        /// <param name="name">The product's name, as users know it.</param>
        public TelemetryProductAttribute(string name)
        {
            Name = name;
        }

        /// <summary>The product's name, as users know it.</summary>
        public string Name { get; }

        /// <summary>The organisation that decides why and how the data is processed (the data controller).</summary>
        public string? DataController { get; set; }

        /// <summary>Where users send questions and requests about their data (an e-mail address or a web page).</summary>
        public string? PrivacyContact { get; set; }

        /// <summary>The address of the privacy policy.</summary>
        public string? PrivacyPolicyUrl { get; set; }

        /// <summary>Where to report a security problem or a data incident.</summary>
        public string? SecurityContact { get; set; }

        /// <summary>
        /// Who receives the data, one entry per organisation or service (for example the maker and the company that
        /// hosts the data for it). The privacy document lists them under "Who receives the data and where it is kept";
        /// it says nothing about recipients when none are declared.
        /// </summary>
        public string[]? Recipients { get; set; }

        /// <summary>
        /// Where the data is kept once received, such as a country or region ("European Union (Ireland)"). The privacy
        /// document states it when declared, and says nothing about it otherwise.
        /// </summary>
        public string? StorageRegion { get; set; }

        // The opt-out variable and the commands are declared here so that the privacy document, written at build time,
        // can name them; the runtime's TelemetryOptions takes them from here when the code does not set them.

        /// <summary>
        /// The product's own opt-out variable, such as <c>TODO_TELEMETRY_OPTOUT</c>: set to <c>1</c>, <c>true</c> or
        /// <c>yes</c>, nothing is sent, like <c>DO_NOT_TRACK=1</c>. The privacy document names it under "How to turn it
        /// off"; at run time it is <see cref="TelemetryOptions.OptOutEnvironmentVariable"/> unless the code sets that.
        /// </summary>
        public string? OptOutEnvironmentVariable { get; set; }

        /// <summary>
        /// The command that turns telemetry off, such as <c>todo telemetry off</c>; named by the privacy document and the
        /// notice. At run time it is <see cref="TelemetryOptions.OptOutCommand"/> unless the code sets that.
        /// </summary>
        public string? OptOutCommand { get; set; }

        /// <summary>
        /// The command that turns telemetry on (opts in), such as <c>todo telemetry on</c>. At run time it is
        /// <see cref="TelemetryOptions.OptInCommand"/> unless the code sets that.
        /// </summary>
        public string? OptInCommand { get; set; }

        /// <summary>
        /// The command that shows everything collected, event by event, such as <c>todo telemetry show</c>. At run time
        /// it is <see cref="TelemetryOptions.ShowCommand"/> unless the code sets that.
        /// </summary>
        public string? ShowCommand { get; set; }

        /// <summary>
        /// The command that shows the installation's pseudonymous identifier, such as <c>todo telemetry id</c>; the
        /// privacy document tells users to quote what it shows when they ask about their data. At run time it is
        /// <see cref="TelemetryOptions.InstallationIdCommand"/> unless the code sets that.
        /// </summary>
        public string? InstallationIdCommand { get; set; }
    }
}
