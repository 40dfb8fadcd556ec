namespace Governance
{
    /// <summary>
    /// How sensitive a field's content is, from the least to the most sensitive. The classes follow Mozilla's data
    /// collection categories and the personal-data categories of privacy scanners.
    /// </summary>
    public enum DataClass
    {
        /// <summary>About the software or machine, not the person: versions, durations, error codes. The default.</summary>
        Technical = 0,

        /// <summary>How the user interacts with the product: commands run, features used, settings chosen.</summary>
        Interaction = 1,

        /// <summary>A pseudonymous identifier of a user, device or account. Sent only as a keyed hash.</summary>
        Identifier = 2,

        /// <summary>Information about an identifiable person: names, contact details, free text, locations.</summary>
        Personal = 3,

        /// <summary>Special categories: health, biometrics, precise location, credentials, financial data.</summary>
        Sensitive = 4,
    }
}
