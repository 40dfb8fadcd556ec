using System.ComponentModel;

namespace Governance
{
    /// <summary>
    /// How <see cref="TelemetryTracking.Track{TEvent}"/> sends an event: the generator implements it, explicitly, on
    /// every <c>[TelemetryEvent]</c> type, with the consent check and the typed field reader of that declaration.
    /// </summary>
    /// <remarks>
    /// One generic <c>Track</c> for every event instead of one overload per event: with an overload per event, each
    /// <c>client.Track(evt)</c> call made the compiler weigh every event of the assembly, so compile time grew with the
    /// number of events times the number of calls. Implement it only through the generator: a type implementing it by
    /// hand is not declared, so it is in no manifest and no privacy document (GOV018 reports it).
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface ITelemetryEvent
    {
        /// <summary>Sends this event to <paramref name="client"/>'s sinks if the user's consent allows it; otherwise does nothing.</summary>
        /// <param name="client">The client, never null (<see cref="TelemetryTracking.Track{TEvent}"/> checks).</param>
        void SendIfEnabled(TelemetryClient client);
    }
}
