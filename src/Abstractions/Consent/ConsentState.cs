namespace Governance
{
    /// <summary>The user's recorded telemetry decision.</summary>
    public enum ConsentState
    {
        /// <summary>No decision recorded: opt-in events are not sent.</summary>
        Undecided = 0,

        /// <summary>The user agreed: opt-in and opt-out events are sent (unless the environment opts out).</summary>
        OptedIn = 1,

        /// <summary>The user refused: nothing is sent.</summary>
        OptedOut = 2,
    }
}
