namespace Governance
{
    /// <summary>
    /// Keeps the user's telemetry decision between runs. <see cref="TelemetryClient"/> treats any exception from a
    /// store as "no decision", so a broken store can never cause opt-in data to be sent or the program to fail.
    /// </summary>
    public interface IConsentStore
    {
        /// <summary>Reads the record; returns <see cref="ConsentRecord.Empty"/> when nothing was stored.</summary>
        ConsentRecord Load();

        /// <summary>Stores the record, replacing what was there.</summary>
        void Save(ConsentRecord record);
    }
}
