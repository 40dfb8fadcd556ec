using System;
using System.Collections.Generic;

namespace Governance
{
    /// <summary>How a <see cref="TelemetryClient"/> decides what to send and where to send it.</summary>
    public sealed class TelemetryOptions
    {
        /// <summary>The product's name, as users know it; used in notices and in the consent store's path.</summary>
        public string ProductName { get; set; } = string.Empty;

        /// <summary>
        /// The product's own opt-out variable, such as <c>TODO_CLI_TELEMETRY_OPTOUT</c>. When it is set to
        /// <c>1</c>, <c>true</c> or <c>yes</c>, nothing is sent, like <c>DO_NOT_TRACK=1</c>.
        /// </summary>
        public string? OptOutEnvironmentVariable { get; set; }

        /// <summary>Where events that pass the consent gate are delivered.</summary>
        public IList<ITelemetrySink> Sinks { get; } = new List<ITelemetrySink>();

        /// <summary>
        /// Where the user's decision is kept between runs. When not set, a <see cref="FileConsentStore"/> in the
        /// user's configuration directory is used if <see cref="ProductName"/> is set, otherwise the decision lasts
        /// only as long as the process.
        /// </summary>
        public IConsentStore? ConsentStore { get; set; }

        /// <summary>Reads an environment variable; replace it to test opt-out without touching the process environment.</summary>
        public Func<string, string?> EnvironmentVariableReader { get; set; } = Environment.GetEnvironmentVariable;
    }
}
