using System.Runtime.CompilerServices;

namespace Governance
{
    /// <summary>
    /// An event's values as sinks receive them when a context is set: the contexts' fields, then the event's own,
    /// through the same writer. A struct over the generated one, so nothing is boxed or allocated per event.
    /// </summary>
    internal readonly struct ContextualFields<TFields> : ITelemetryFields
        where TFields : struct, ITelemetryFields
    {
        private readonly ContextSnapshot _context;
        private readonly EventWithContext _event;
        private readonly TFields _fields;

        public ContextualFields(ContextSnapshot context, EventWithContext evt, in TFields fields)
        {
            _context = context;
            _event = evt;
            _fields = fields;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteTo(TelemetryFieldWriter writer)
        {
            _context.WriteTo(writer, _event);
            _fields.WriteTo(writer);
        }
    }
}
