namespace Governance
{
    /// <summary>
    /// Delivers events that passed the consent gate. <see cref="TelemetryClient"/> calls sinks synchronously on the
    /// tracking thread, so a sink must be fast and thread-safe; one that does I/O should hand the event to a queue.
    /// An exception thrown by a sink is caught and counted by the client; it never reaches the caller of <c>Track</c>.
    /// </summary>
    public interface ITelemetrySink
    {
        /// <summary>Delivers one event.</summary>
        /// <param name="descriptor">What the declaration says about the event (name, consent, retention, fields).</param>
        /// <param name="fields">The values; call <see cref="ITelemetryFields.WriteTo"/> to read them, at most once per writer.</param>
        /// <typeparam name="TFields">A generated struct; generic so that values reach the sink without boxing.</typeparam>
        void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields;
    }
}
