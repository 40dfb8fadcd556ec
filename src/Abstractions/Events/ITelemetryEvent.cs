using System.ComponentModel;

namespace Governance
{
    /// <summary>
    /// What <see cref="TelemetryTracking.Track{TEvent}"/> sends: the generator implements it, explicitly, on every
    /// <c>[TelemetryEvent]</c> type, with that declaration's descriptor and its typed field writer.
    /// </summary>
    /// <remarks>
    /// One generic <c>Track</c> for every event instead of one overload per event: with an overload per event, each
    /// <c>client.Track(evt)</c> call made the compiler weigh every event of the assembly, so compile time grew with the
    /// number of events times the number of calls. The consent check and the hand-over to the sinks are the runtime's,
    /// written once, so each event's generated code is only what differs: its declaration and its fields. Implement it
    /// only through the generator: a type implementing it by hand is not declared, so it is in no manifest and no privacy
    /// document (GOV018 reports it).
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface ITelemetryEvent
    {
        /// <summary>The declaration of this event's type (its static <c>TelemetryDescriptor</c>): read before the event is touched.</summary>
        TelemetryEventDescriptor Descriptor { get; }

        /// <summary>
        /// Writes every field of this event, in declaration order, as <see cref="Descriptor"/> lists them: enum values by
        /// member name, identifiers hashed with <paramref name="client"/>'s <see cref="TelemetryClient.Pseudonymizer"/>.
        /// Called by the sinks of an event that consent allowed, never before.
        /// </summary>
        /// <param name="writer">The sink's writer.</param>
        /// <param name="client">The client that sends the event (its pseudonymisation key is read only for hashed fields).</param>
        void WriteFields(TelemetryFieldWriter writer, TelemetryClient client);
    }
}
