namespace Governance
{
    /// <summary>Who is responsible for a product's telemetry, as declared with <see cref="TelemetryProductAttribute"/>.</summary>
    public sealed class TelemetryProductDescriptor
    {
        /// <summary>Creates a product descriptor. Called by generated code.</summary>
        public TelemetryProductDescriptor(string name, string? dataController, string? privacyContact, string? privacyPolicyUrl, string? securityContact)
        {
            Name = name;
            DataController = dataController;
            PrivacyContact = privacyContact;
            PrivacyPolicyUrl = privacyPolicyUrl;
            SecurityContact = securityContact;
        }

        /// <summary>The product's name, as users know it.</summary>
        public string Name { get; }

        /// <summary>The organisation that decides why and how the data is processed.</summary>
        public string? DataController { get; }

        /// <summary>Where users send questions and requests about their data.</summary>
        public string? PrivacyContact { get; }

        /// <summary>The address of the privacy policy.</summary>
        public string? PrivacyPolicyUrl { get; }

        /// <summary>Where to report a security problem or a data incident.</summary>
        public string? SecurityContact { get; }
    }
}
