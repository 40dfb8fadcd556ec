using System.Collections.Generic;

namespace Governance
{
    /// <summary>Keeps every delivered event in memory, for tests and for showing a user what was sent.</summary>
    public sealed class InMemoryTelemetrySink : ITelemetrySink
    {
        private readonly object _gate = new object();
        private readonly List<RecordedEvent> _events = new List<RecordedEvent>();

        /// <summary>A snapshot of the events delivered so far, oldest first.</summary>
        public IReadOnlyList<RecordedEvent> Events
        {
            get
            {
                lock (_gate)
                {
                    return _events.ToArray();
                }
            }
        }

        /// <summary>Forgets every recorded event.</summary>
        public void Clear()
        {
            lock (_gate)
            {
                _events.Clear();
            }
        }

        /// <inheritdoc />
        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields
        {
            var collector = new DictionaryFieldWriter(descriptor.Fields.Count);
            fields.WriteTo(collector);
            var recorded = new RecordedEvent(descriptor, collector.Values);
            lock (_gate)
            {
                _events.Add(recorded);
            }
        }

        private sealed class DictionaryFieldWriter : TelemetryFieldWriter
        {
            public DictionaryFieldWriter(int capacity)
            {
                Values = new Dictionary<string, object?>(capacity);
            }

            public Dictionary<string, object?> Values { get; }

            protected override void WriteValue(TelemetryFieldDescriptor field, object? value) => Values[field.Name] = value;
        }
    }
}
