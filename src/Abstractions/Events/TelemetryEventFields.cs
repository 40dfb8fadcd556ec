namespace Governance
{
    /// <summary>
    /// The field values of one tracked event as its sinks read them: the event and its client, held by value, read only
    /// when a sink writes them (<see cref="ITelemetryEvent.WriteFields"/>).
    /// </summary>
    /// <remarks>
    /// One generic struct in the runtime instead of a nested struct generated in every event: the same allocation-free
    /// hand-over (a struct event is copied, never boxed), without a type, a constructor and two fields per event for the
    /// compiler to build in every project.
    /// </remarks>
    internal readonly struct TelemetryEventFields<TEvent> : ITelemetryFields
        where TEvent : ITelemetryEvent?
    {
        private readonly TEvent _event;
        private readonly TelemetryClient _client;

        public TelemetryEventFields(TEvent evt, TelemetryClient client)
        {
            _event = evt;
            _client = client;
        }

        public void WriteTo(TelemetryFieldWriter writer) => _event!.WriteFields(writer, _client); // Track sends no null event
    }
}
