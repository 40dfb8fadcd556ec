namespace Governance
{
    /// <summary>How the user agrees to an event being sent.</summary>
    public enum Consent
    {
        /// <summary>Sent only after the user has said yes (<see cref="TelemetryClient.OptIn"/>).</summary>
        OptIn = 1,

        /// <summary>Sent unless the user has said no, by command or environment variable.</summary>
        OptOut = 2,
    }
}
