using System;

namespace Governance
{
    /// <summary>The environment variables through which a user says "do not track me", read once per client.</summary>
    internal static class EnvironmentOptOut
    {
        /// <summary>The cross-product convention (https://consoledonottrack.com).</summary>
        public const string DoNotTrackVariable = "DO_NOT_TRACK";

        /// <summary>Whether <c>DO_NOT_TRACK</c> or <paramref name="productVariable"/> (the product's own, if any) is set.</summary>
        public static bool IsRequested(Func<string, string?> reader, string? productVariable)
        {
            return IsSet(reader, DoNotTrackVariable)
                || (!string.IsNullOrWhiteSpace(productVariable) && IsSet(reader, productVariable!));
        }

        /// <summary>True for <c>1</c>, <c>true</c> and <c>yes</c> in any case, ignoring surrounding spaces.</summary>
        public static bool IsTruthy(string? value)
        {
            if (value is null)
            {
                return false;
            }

            var trimmed = value.Trim();
            return trimmed == "1"
                || string.Equals(trimmed, "true", StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, "yes", StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsSet(Func<string, string?> reader, string variable)
        {
            try
            {
                return IsTruthy(reader(variable));
            }
            catch (Exception)
            {
                // An environment we cannot read is treated as opted out: never send on a guess.
                return true;
            }
        }
    }
}
