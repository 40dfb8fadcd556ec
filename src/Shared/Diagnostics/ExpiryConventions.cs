using System;
using System.Globalization;

namespace Governance.CodeAnalysis.Diagnostics
{
    /// <summary>
    /// What the expiry rules (GOV020, GOV021) read and say, shared by the analyzers, which check where the compiler is
    /// given a date (a pin, or the IDE's design-time build), and the build task, which checks after compile where it is
    /// not (a command-line build), so that both read the same options and report the same words.
    /// </summary>
    internal static class ExpiryConventions
    {
        /// <summary>The <c>.editorconfig</c> option that pins the date the expiry rules count from.</summary>
        public const string TodayKey = "governance.today";

        /// <summary>The <c>.editorconfig</c> option: how many days ahead of today an event may be set to expire.</summary>
        public const string HorizonDaysKey = "governance.expiry_horizon_days";

        public const int DefaultHorizonDays = 365;

        /// <summary>
        /// The date the build gives the compiler: the MSBuild property <c>GovernanceToday</c> when a project pins it, or
        /// today's date in a design-time build. A plain command-line build gives none.
        /// </summary>
        public const string BuildTodayKey = "build_property.governancetoday";

        /// <summary>The analyzer's category of the expiry rules (for <c>dotnet_analyzer_diagnostic.category-*.severity</c>).</summary>
        public const string Category = "Governance.Lifecycle";

        /// <summary>GOV020's message: the event, its expiry, the latest expiry the policy allows.</summary>
        public const string ExpiredMessageFormat = "Event '{0}' expired on {1}: stop collecting it, or extend Expires after a new review (the policy allows up to {2})";

        /// <summary>GOV021's message: the event, then what is wrong with its expiry.</summary>
        public const string OutsidePolicyMessageFormat = "Event '{0}' {1}";

        /// <summary>Reads a date written as <c>yyyy-MM-dd</c>, the one form <c>Expires</c> and the date options take.</summary>
        public static bool TryParseDate(string text, out DateTime date) =>
            DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        public static string FormatDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>GOV021's words for an expiry further ahead than the horizon.</summary>
        public static string BeyondHorizon(DateTime expiry, int horizonDays, DateTime latest) =>
            "expires on " + FormatDate(expiry) + ", beyond the policy horizon of " + horizonDays.ToString(CultureInfo.InvariantCulture)
            + " days (" + FormatDate(latest) + "): set an earlier date and review the event again then";
    }
}
