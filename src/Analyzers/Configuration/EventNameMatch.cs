namespace Governance.Analyzers.Configuration
{
    /// <summary>The outcome of checking an event name against <c>governance.event_name_pattern</c>.</summary>
    internal enum EventNameMatch
    {
        Matches,
        DoesNotMatch,

        /// <summary>This evaluation ran past the timeout: report the pattern (GOV090); the name is not judged.</summary>
        TimedOut,

        /// <summary>The pattern timed out before (reported once then), so it is no longer evaluated; the name is not judged.</summary>
        NotEvaluated,
    }
}
