using System;

namespace Governance
{
    /// <summary>
    /// Declares, once per assembly, who is responsible for the telemetry it collects, who receives it and where it is
    /// kept. The values appear in the manifest and the privacy document; the name and the contacts also in the
    /// first-run notice.
    /// </summary>
    /// <example>
    /// <code>
    /// [assembly: TelemetryProduct("Todo CLI", DataController = "Example Ltd, 1 Main Street, Springfield",
    ///     PrivacyContact = "privacy@example.org", PrivacyPolicyUrl = "https://example.org/privacy",
    ///     SecurityContact = "security@example.org",
    ///     Recipients = new[] { "Example Ltd", "Contoso Cloud, which hosts the data for Example Ltd" },
    ///     StorageRegion = "European Union (Ireland)")]
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
    }
}
