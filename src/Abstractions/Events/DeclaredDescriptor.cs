using System.Threading;

namespace Governance
{
    /// <summary>
    /// The descriptor of one declared event type, read from its compact declaration on first use and kept: a static of
    /// the runtime's rather than of the event type, so the event gains no member, and its descriptor is ready even while
    /// the user's own static initialisers of the event type run (C# does not order those across partial declarations).
    /// </summary>
    internal static class DeclaredDescriptor<TEvent>
    {
        private static TelemetryEventDescriptor? s_descriptor;

        public static TelemetryEventDescriptor Get(string declaration) =>
            Volatile.Read(ref s_descriptor) ?? Create(declaration);

        private static TelemetryEventDescriptor Create(string declaration)
        {
            // Two threads may read the declaration at once; the first descriptor stored is the one every caller sees.
            var read = CompactEventDeclaration.Read(declaration);
            return Interlocked.CompareExchange(ref s_descriptor, read, null) ?? read;
        }
    }
}
