namespace Governance
{
    /// <summary>The typed, consent-checked way to send a declared telemetry event: <c>client.Track(evt)</c>.</summary>
    public static class TelemetryTracking
    {
        /// <summary>
        /// Sends <paramref name="evt"/> if the user's consent allows it; otherwise does nothing, and nothing either when
        /// <paramref name="client"/> or <paramref name="evt"/> is null (so an optional client or event needs no test
        /// first). It takes what implements <see cref="ITelemetryEvent"/>, which the generator does on every
        /// <c>[TelemetryEvent]</c> type.
        /// </summary>
        /// <remarks>
        /// The event is sent as the declaration of its runtime type: an event derived from another declared event is sent
        /// under its own name, whatever the static type of the expression that holds it. A struct event is not boxed.
        /// </remarks>
        public static void Track<TEvent>(this TelemetryClient? client, TEvent evt)
            where TEvent : ITelemetryEvent?
        {
            // A struct event cannot be null; asking would box it where the JIT does not optimise (a Debug build).
            if (client is null || (!typeof(TEvent).IsValueType && evt is null))
            {
                return;
            }

            // The declaration is read first, so an event that consent switches off is neither written nor copied.
            var descriptor = evt!.Descriptor;
            if (client.IsEnabled(descriptor))
            {
                client.Send(descriptor, new TelemetryEventFields<TEvent>(evt, client));
            }
        }
    }
}
