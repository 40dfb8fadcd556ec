using System.Collections.Generic;

namespace Governance
{
    /// <summary>An event as <see cref="InMemoryTelemetrySink"/> received it.</summary>
    public sealed class RecordedEvent
    {
        /// <summary>Creates a recorded event.</summary>
        public RecordedEvent(TelemetryEventDescriptor descriptor, IReadOnlyDictionary<string, object?> fields)
        {
            Descriptor = descriptor;
            Fields = fields;
        }

        /// <summary>The event's name.</summary>
        public string Name => Descriptor.Name;

        /// <summary>The field values by wire name, with the declared CLR types (enum values as member names).</summary>
        public IReadOnlyDictionary<string, object?> Fields { get; }

        /// <summary>What the declaration says about the event.</summary>
        public TelemetryEventDescriptor Descriptor { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
