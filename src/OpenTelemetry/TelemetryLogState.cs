using System.Collections;
using System.Collections.Generic;

namespace Governance.OpenTelemetry
{
    /// <summary>
    /// The state of one log record: its attributes as a list of key/value pairs, which the OpenTelemetry SDK exports
    /// as the record's attributes. The body (the formatted message) is the event name.
    /// </summary>
    internal sealed class TelemetryLogState : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly List<KeyValuePair<string, object?>> _attributes;

        public TelemetryLogState(string eventName, List<KeyValuePair<string, object?>> attributes)
        {
            EventName = eventName;
            _attributes = attributes;
        }

        public string EventName { get; }

        public int Count => _attributes.Count;

        public KeyValuePair<string, object?> this[int index] => _attributes[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _attributes.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => EventName;
    }
}
