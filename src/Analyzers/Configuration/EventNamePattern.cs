using System;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading;

namespace Governance.Analyzers.Configuration
{
    /// <summary>
    /// <c>governance.event_name_pattern</c>: a .NET regular expression that replaces the default event-name format, for
    /// teams whose existing names (<c>toplevelparser/command</c>, <c>ProjectRestoreInformation</c>) must not change.
    /// Compiled once per options instance. The whole name must match (as if written <c>^(?:pattern)$</c>), so a
    /// pattern cannot pass a name by matching part of it. Every match is bounded by <see cref="MatchTimeout"/>: a
    /// pattern that backtracks without end (<c>(a+)+$</c>) is reported once (GOV090) and then no longer evaluated,
    /// so it can never hang a build or the IDE.
    /// </summary>
    internal sealed class EventNamePattern
    {
        public const string Key = "governance.event_name_pattern";

        /// <summary>
        /// Far beyond what any sane pattern needs for a name (microseconds), and short enough that the one evaluation
        /// a runaway pattern gets does not stall a build. netstandard2.0 has no RegexOptions.NonBacktracking.
        /// </summary>
        public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

        private readonly Regex _wholeName;
        private int _timedOut;

        private EventNamePattern(string text, Regex wholeName)
        {
            Text = text;
            _wholeName = wholeName;
        }

        /// <summary>The timeout as messages state it ("1000 ms").</summary>
        public static string TimeoutText => ((long)MatchTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";

        /// <summary>The pattern as written in the configuration.</summary>
        public string Text { get; }

        /// <summary>
        /// The compiled pattern, or null with the reason when <paramref name="text"/> is not a valid .NET regular
        /// expression (the reason is the parser's own message, about the text as written).
        /// </summary>
        public static EventNamePattern? TryCreate(string text, out string? problem)
        {
            const RegexOptions Options = RegexOptions.CultureInvariant;
            try
            {
                // Parsed as written first, so that the error (if any) is about the user's text and not the anchored
                // one, and so that an unbalanced ')' cannot pair with the group added below.
                _ = new Regex(text, Options, MatchTimeout);
                var wholeName = new Regex(@"\A(?:" + text + @")\z", Options, MatchTimeout);
                problem = null;
                return new EventNamePattern(text, wholeName);
            }
            catch (ArgumentException exception)
            {
                problem = "it is not a valid .NET regular expression (" + exception.Message.TrimEnd('.') + ")";
                return null;
            }
        }

        /// <summary>Whether the whole of <paramref name="name"/> matches; see <see cref="EventNameMatch"/> for the other outcomes.</summary>
        public EventNameMatch Match(string name)
        {
            if (Volatile.Read(ref _timedOut) != 0)
            {
                return EventNameMatch.NotEvaluated;
            }

            try
            {
                return _wholeName.IsMatch(name) ? EventNameMatch.Matches : EventNameMatch.DoesNotMatch;
            }
            catch (RegexMatchTimeoutException)
            {
                // Concurrent rules may time out together: exactly one of them reports it.
                return Interlocked.Exchange(ref _timedOut, 1) == 0 ? EventNameMatch.TimedOut : EventNameMatch.NotEvaluated;
            }
        }
    }
}
