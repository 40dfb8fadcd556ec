namespace Governance
{
    /// <summary>
    /// A list or map value copied when the event was tracked: immutable, so it can be kept, queued and written again
    /// (<see cref="BackgroundTelemetrySink"/> replays it) through the same typed call that wrote it first.
    /// </summary>
    internal interface ICopiedFieldValue
    {
        /// <summary>Writes the copy to <paramref name="writer"/> as the list or map it was.</summary>
        void WriteTo(TelemetryFieldWriter writer, TelemetryFieldDescriptor field);
    }
}
