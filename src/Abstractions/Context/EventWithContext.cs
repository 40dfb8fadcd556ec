using System.Collections.Generic;

namespace Governance
{
    /// <summary>How one event is sent with one set of contexts: the descriptor sinks receive, and the context fields left out.</summary>
    internal sealed class EventWithContext
    {
        public EventWithContext(TelemetryEventDescriptor descriptor, HashSet<TelemetryFieldDescriptor>? shadowed)
        {
            Descriptor = descriptor;
            Shadowed = shadowed;
        }

        /// <summary>The event as sent: context fields, then its own (see <see cref="TelemetryEventDescriptor.Contexts"/>).</summary>
        public TelemetryEventDescriptor Descriptor { get; }

        /// <summary>
        /// Context fields the event also declares under the same wire name, so only the event's own value is written; null
        /// when there are none (the common case: within a product the analyzers refuse such a clash, GOV009).
        /// </summary>
        public HashSet<TelemetryFieldDescriptor>? Shadowed { get; }
    }
}
