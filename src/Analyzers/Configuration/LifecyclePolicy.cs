using System;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Configuration
{
    /// <summary>
    /// An organisation's retention and expiry policy, from <c>.editorconfig</c>: the most days data may be kept, how far
    /// ahead an event may be set to expire, whether every event must expire, and the date that counts as today.
    /// </summary>
    internal sealed class LifecyclePolicy
    {
        public LifecyclePolicy(int? maxRetentionDays, int expiryHorizonDays, bool requireExpiry, DateTime? today)
        {
            MaxRetentionDays = maxRetentionDays;
            ExpiryHorizonDays = expiryHorizonDays;
            RequireExpiry = requireExpiry;
            Today = today;
        }

        /// <summary>The most days an event's data may be kept, or null for no limit beyond GOV002's ten years.</summary>
        public int? MaxRetentionDays { get; }

        /// <summary>How many days ahead of today an event may be set to expire.</summary>
        public int ExpiryHorizonDays { get; }

        /// <summary>Whether every event must declare <c>Expires</c>.</summary>
        public bool RequireExpiry { get; }

        /// <summary>
        /// Today, or null when the compiler is given no date (a command-line build: the build task checks expiry after
        /// compile) or the pinned one is malformed. Null switches the date rules off rather than guess from the clock.
        /// </summary>
        public DateTime? Today { get; }

        /// <summary>The latest expiry date the policy allows, counted from today.</summary>
        public DateTime? Horizon => Today?.AddDays(ExpiryHorizonDays);

        public static bool TryParseDate(string text, out DateTime date) => ExpiryConventions.TryParseDate(text, out date);

        public static string Format(DateTime date) => ExpiryConventions.FormatDate(date);
    }
}
