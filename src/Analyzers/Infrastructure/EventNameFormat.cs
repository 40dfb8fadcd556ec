using System.Globalization;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>
    /// The one event-name format: two or more dot-separated segments, each lower-case snake_case words that start
    /// with a letter (<c>cli.command_run</c>, <c>shop.checkout.completed</c>), at most <see cref="MaxLength"/>
    /// characters. Stable, readable names that every telemetry backend accepts.
    /// </summary>
    internal static class EventNameFormat
    {
        public const int MaxLength = 80;

        /// <summary>The problem with a name as a phrase ("is empty"), or null when the name is well formed.</summary>
        public static string? FindProblem(string name)
        {
            if (name.Length == 0)
            {
                return "is empty";
            }

            if (name.Length > MaxLength)
            {
                return "is " + name.Length.ToString(CultureInfo.InvariantCulture) + " characters long; the limit is " + MaxLength.ToString(CultureInfo.InvariantCulture);
            }

            var segments = name.Split('.');
            if (segments.Length < 2)
            {
                return "has a single segment; name it '<area>.<event>', such as 'cli.command_run'";
            }

            foreach (var segment in segments)
            {
                if (!IsSnakeCaseSegment(segment))
                {
                    return "is not in the required format: lower-case snake_case words in dot-separated segments, such as 'cli.command_run'";
                }
            }

            return null;
        }

        private static bool IsSnakeCaseSegment(string segment)
        {
            if (segment.Length == 0 || segment[0] < 'a' || segment[0] > 'z' || segment[segment.Length - 1] == '_')
            {
                return false;
            }

            for (var i = 1; i < segment.Length; i++)
            {
                var c = segment[i];
                var allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '_' && segment[i - 1] != '_');
                if (!allowed)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
