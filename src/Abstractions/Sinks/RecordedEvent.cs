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

        /// <summary>
        /// The field values by wire name, with the declared CLR types (enum values as member names, hashed fields as
        /// hashes). A list is an <c>IReadOnlyList&lt;T&gt;</c> of its element type, a map an
        /// <c>IReadOnlyDictionary&lt;string, TValue&gt;</c> keyed by enum member name (both copies made when the event
        /// was tracked). Fields of the client's common context are here too, under their wire names; a field left out
        /// because it was null (<c>OmitWhenNull</c>) is absent, while other null fields are present with a null value.
        /// </summary>
        public IReadOnlyDictionary<string, object?> Fields { get; }

        /// <summary>What the declaration says about the event.</summary>
        public TelemetryEventDescriptor Descriptor { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
