using System;
using System.Collections.Generic;

namespace Governance
{
    /// <summary>How a <see cref="TelemetryClient"/> decides what to send and where to send it.</summary>
    public sealed class TelemetryOptions
    {
        /// <summary>The product's name, as users know it; used in the notice and in the consent store's path.</summary>
        public string ProductName { get; set; } = string.Empty;

        /// <summary>
        /// The product's own opt-out variable, such as <c>TODO_TELEMETRY_OPTOUT</c>. When it is set to
        /// <c>1</c>, <c>true</c> or <c>yes</c>, nothing is sent, like <c>DO_NOT_TRACK=1</c>.
        /// </summary>
        public string? OptOutEnvironmentVariable { get; set; }

        /// <summary>The command that turns telemetry off, such as <c>todo telemetry off</c>; shown in the notice.</summary>
        public string? OptOutCommand { get; set; }

        /// <summary>The command that turns telemetry on (opts in), such as <c>todo telemetry on</c>; shown in the notice.</summary>
        public string? OptInCommand { get; set; }

        /// <summary>
        /// The command that shows everything collected, event by event (<see cref="TelemetryClient.DescribeTelemetry"/>),
        /// such as <c>todo telemetry show</c>; the notice, which fits one screen, points to it.
        /// </summary>
        public string? ShowCommand { get; set; }

        /// <summary>
        /// The command that shows the installation's pseudonymous identifier (<see cref="TelemetryClient.InstallationId"/>),
        /// such as <c>todo telemetry id</c>; the notice names it, so users know what to quote when they ask about their data.
        /// </summary>
        public string? InstallationIdCommand { get; set; }

        /// <summary>Where events that pass the consent gate are delivered.</summary>
        public IList<ITelemetrySink> Sinks { get; } = new List<ITelemetrySink>();

        /// <summary>
        /// Where the user's decision is kept between runs. When not set, a <see cref="FileConsentStore"/> in the
        /// user's configuration directory is used if <see cref="ProductName"/> is set, otherwise the decision lasts
        /// only as long as the process.
        /// </summary>
        public IConsentStore? ConsentStore { get; set; }

        /// <summary>
        /// Whether opt-out events wait until the user has seen the first-run notice (on an earlier run) or opted in.
        /// True by default. Set it to false only where the people the data is about are told another way, such as a
        /// server whose privacy policy covers it.
        /// </summary>
        public bool RequireNotice { get; set; } = true;

        /// <summary>
        /// The key for pseudonymising <see cref="DataClass.Identifier"/> fields (at least 16 bytes). When not set, a
        /// random key is created once per installation and kept in the consent store, so identifiers link events of
        /// one installation and nothing else; it is deleted when the user opts out. A key set here is the product's to
        /// keep secret, rotate and delete: opting out does not change it.
        /// </summary>
        public byte[]? PseudonymizationKey { get; set; }

        /// <summary>The events the notice describes; by default every event in <see cref="TelemetryCatalog"/>.</summary>
        public IReadOnlyList<TelemetryEventDescriptor>? Events { get; set; }

        /// <summary>
        /// The common contexts the notice and the description describe with <see cref="Events"/>: by default those in
        /// <see cref="TelemetryCatalog"/> when <see cref="Events"/> is not set either, and none when it is (events given
        /// here describe a product of their own).
        /// </summary>
        public IReadOnlyList<TelemetryContextDescriptor>? Contexts { get; set; }

        /// <summary>Who answers for the data, as the notice says it; by default <see cref="TelemetryCatalog.Product"/>.</summary>
        public TelemetryProductDescriptor? Product { get; set; }

        /// <summary>Reads an environment variable; replace it to test opt-out without touching the process environment.</summary>
        public Func<string, string?> EnvironmentVariableReader { get; set; } = Environment.GetEnvironmentVariable;

        /// <summary>
        /// Decides consent per event from the user the event is about, in services with many users (see
        /// <see cref="ITelemetryConsentResolver"/>). When set, the process's recorded decision can still turn everything
        /// off (<see cref="TelemetryClient.OptOut"/>), but whether an event is sent is the user's decision.
        /// </summary>
        public ITelemetryConsentResolver? ConsentResolver { get; set; }
    }
}
