namespace Governance
{
    /// <summary>
    /// Decides consent per event from the person the event is about, for services that have many users: typically the
    /// current request's user, looked up in the application's own preferences store. Set it as
    /// <see cref="TelemetryOptions.ConsentResolver"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The client asks only after the service-wide gate has passed: <c>DO_NOT_TRACK</c>, the product's opt-out
    /// variable or the process's own <see cref="TelemetryClient.OptOut"/> turn everything off, whatever any user chose.
    /// Then the answer decides: <see cref="ConsentState.OptedIn"/> sends every event; <see cref="ConsentState.OptedOut"/>
    /// sends nothing; <see cref="ConsentState.Undecided"/> never sends opt-in events, and sends opt-out events only when
    /// <see cref="TelemetryOptions.RequireNotice"/> is false: the service's explicit statement that every user was told
    /// about the collection another way (its privacy policy, a notice at sign-up) before any event about them is sent.
    /// Return <see cref="ConsentState.Undecided"/> when there is no user to ask about (no current request, an anonymous
    /// caller), or <see cref="ConsentState.OptedOut"/> to drop such events entirely.
    /// </para>
    /// <para>
    /// It runs on the tracking thread, inside every <c>Track</c> call that passed the service-wide gate, so it must be
    /// fast and must not allocate on the common path: read the user's choice from memory, not from a database. An
    /// exception is counted in <see cref="TelemetryClient.ConsentResolverFailures"/> and the event is dropped.
    /// </para>
    /// </remarks>
    public interface ITelemetryConsentResolver
    {
        /// <summary>The decision of the person the event described by <paramref name="descriptor"/> is about.</summary>
        ConsentState Resolve(TelemetryEventDescriptor descriptor);
    }
}
