using System;
using System.ComponentModel;
using System.IO;
using System.Threading;

namespace Governance
{
    /// <summary>
    /// Sends declared telemetry events to sinks, after checking the user's consent. The Governance generator adds a
    /// typed <c>Track(evt)</c> extension method per declared event; those are the only way events reach the sinks.
    /// </summary>
    /// <remarks>
    /// What is sent: nothing when <c>DO_NOT_TRACK</c> or the product's opt-out variable is set, or after
    /// <see cref="OptOut"/>. Opt-in events only after <see cref="OptIn"/>. Opt-out events after <see cref="OptIn"/>,
    /// or once the first-run notice was shown on an earlier run (<see cref="ShowNoticeIfNeeded"/>), unless
    /// <see cref="TelemetryOptions.RequireNotice"/> is off. Environment variables are read once, when the client is
    /// created. A service with many users sets <see cref="TelemetryOptions.ConsentResolver"/>: after the environment
    /// and the process's own opt-out, each event is then sent or not by the decision of the user it is about.
    /// </remarks>
    public sealed class TelemetryClient
    {
        // One bit per Consent value: bit (int)Consent.OptIn and bit (int)Consent.OptOut. Recomputed whenever the
        // decision changes, so the hot path is a single read.
        private const int OptInEvents = 1 << (int)Consent.OptIn;
        private const int OptOutEvents = 1 << (int)Consent.OptOut;

        private readonly ITelemetrySink[] _sinks;
        private readonly IConsentStore _consentStore;
        private readonly TelemetryOptions _options;
        private readonly object _consentGate = new object();
        private readonly Lazy<TelemetryPseudonymizer> _pseudonymizer;
        private readonly bool _noticeShownBeforeThisRun;
        private int _decision;
        private int _enabled;
        private long _sinkFailures;
        private long _consentStoreFailures;

        // Per-user consent (services): consulted after the process-wide gate; see ITelemetryConsentResolver.
        private readonly ITelemetryConsentResolver? _consentResolver;
        private readonly bool _undecidedUsersGetOptOutEvents;
        private long _consentResolverFailures;

        /// <summary>Creates a client. The environment opt-out variables and the stored decision are read once, here.</summary>
        public TelemetryClient(TelemetryOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            ProductName = options.ProductName ?? string.Empty;
            OptOutEnvironmentVariable = options.OptOutEnvironmentVariable;
            _sinks = new ITelemetrySink[options.Sinks.Count];
            options.Sinks.CopyTo(_sinks, 0);
            IsOptedOutByEnvironment = EnvironmentOptOut.IsRequested(options);
            _consentStore = options.ConsentStore
                ?? (string.IsNullOrWhiteSpace(ProductName)
                    ? new InMemoryConsentStore()
                    : FileConsentStore.ForProduct(ProductName, options.EnvironmentVariableReader));
            var record = LoadRecord();
            _decision = (int)record.Decision;
            _noticeShownBeforeThisRun = record.NoticeShownAt is not null;
            _pseudonymizer = new Lazy<TelemetryPseudonymizer>(CreatePseudonymizer, LazyThreadSafetyMode.ExecutionAndPublication);
            _consentResolver = options.ConsentResolver;
            _undecidedUsersGetOptOutEvents = !options.RequireNotice;
            UpdateEnabled();
        }

        /// <summary>The product's name, as users know it.</summary>
        public string ProductName { get; }

        /// <summary>The product's own opt-out variable, if it has one.</summary>
        public string? OptOutEnvironmentVariable { get; }

        /// <summary>True when <c>DO_NOT_TRACK</c> or the product's opt-out variable was set: nothing is sent.</summary>
        public bool IsOptedOutByEnvironment { get; }

        /// <summary>The user's recorded decision. The environment opt-out is separate: see <see cref="IsOptedOutByEnvironment"/>.</summary>
        public ConsentState ConsentState => (ConsentState)Volatile.Read(ref _decision);

        /// <summary>How many times a sink threw while receiving an event. Those failures never reach the caller.</summary>
        public long SinkFailures => Interlocked.Read(ref _sinkFailures);

        /// <summary>How many times the consent store failed to load or save. The decision still holds for this process.</summary>
        public long ConsentStoreFailures => Interlocked.Read(ref _consentStoreFailures);

        /// <summary>How many times <see cref="TelemetryOptions.ConsentResolver"/> threw. Each such event was dropped.</summary>
        public long ConsentResolverFailures => Interlocked.Read(ref _consentResolverFailures);

        /// <summary>Hashes identifiers before they leave the process; generated emitters use it for identifier fields.</summary>
        public TelemetryPseudonymizer Pseudonymizer => _pseudonymizer.Value;

        /// <summary>The first-run notice: what is collected, why, for how long, and how to turn it off.</summary>
        public string NoticeText => TelemetryNotice.Write(
            ProductName,
            TelemetryCatalog.Product,
            _options.Events ?? TelemetryCatalog.Events,
            OptOutEnvironmentVariable,
            _options.OptOutCommand,
            _options.OptInCommand);

        /// <summary>Records, and stores, that the user agreed to telemetry: every declared event may be sent from now on.</summary>
        public void OptIn() => RecordDecision(ConsentState.OptedIn);

        /// <summary>Records, and stores, that the user refused telemetry: nothing is sent from now on.</summary>
        public void OptOut() => RecordDecision(ConsentState.OptedOut);

        /// <summary>The keyed hash of an identifier, as identifier fields are sent (see <see cref="TelemetryPseudonymizer"/>).</summary>
        [TelemetrySanitizer]
        public string? Pseudonymize(string? value) => Pseudonymizer.Pseudonymize(value);

        /// <summary>
        /// Shows the first-run notice if the user has not decided and has not seen it, and records that it was shown:
        /// opt-out events start on the next run. Not shown when <c>CI</c> is set or the console output is redirected,
        /// unless <paramref name="force"/> is true (for example after an explicit <c>telemetry status</c> command).
        /// </summary>
        /// <returns>True when the notice was written.</returns>
        public bool ShowNoticeIfNeeded(TextWriter output, bool force = false)
        {
            if (output is null)
            {
                throw new ArgumentNullException(nameof(output));
            }

            if (IsOptedOutByEnvironment || ConsentState != ConsentState.Undecided)
            {
                return false;
            }

            lock (_consentGate)
            {
                var record = LoadRecord();
                if (record.NoticeShownAt is not null || record.Decision != ConsentState.Undecided)
                {
                    return false;
                }

                if (!force && (IsContinuousIntegration() || IsRedirectedConsole(output)))
                {
                    return false;
                }

                output.Write(NoticeText);
                output.Flush();
                Save(record.WithNoticeShown(DateTimeOffset.UtcNow));
                return true;
            }
        }

        /// <summary>Whether an event with this declaration would be sent now (about the current user, with a consent resolver).</summary>
        public bool IsEnabled(TelemetryEventDescriptor descriptor) =>
            descriptor is not null
            && ((Volatile.Read(ref _enabled) >> (int)descriptor.Consent) & 1) != 0
            && (_consentResolver is null || IsEnabledForUser(descriptor));

        /// <summary>
        /// Delivers an event to every sink. Called by generated <c>Track</c> methods after <see cref="IsEnabled"/>;
        /// call those instead. A sink that throws is counted in <see cref="SinkFailures"/> and skipped.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Send<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields
        {
            var sinks = _sinks;
            for (var i = 0; i < sinks.Length; i++)
            {
                try
                {
                    sinks[i].Write(descriptor, in fields);
                }
                catch (Exception)
                {
                    // Telemetry must never break the product: a failing sink costs its event, not the caller.
                    Interlocked.Increment(ref _sinkFailures);
                }
            }
        }

        private void UpdateEnabled()
        {
            var enabled = 0;
            if (!IsOptedOutByEnvironment && _sinks.Length > 0)
            {
                switch ((ConsentState)Volatile.Read(ref _decision))
                {
                    case ConsentState.OptedOut:
                        break;
                    case ConsentState _ when _consentResolver is not null:
                        // A service: the process can only turn everything off; each event is then decided by its user.
                        enabled = OptInEvents | OptOutEvents;
                        break;
                    case ConsentState.OptedIn:
                        enabled = OptInEvents | OptOutEvents;
                        break;
                    case ConsentState.Undecided when !_options.RequireNotice || _noticeShownBeforeThisRun:
                        enabled = OptOutEvents;
                        break;
                }
            }

            Volatile.Write(ref _enabled, enabled);
        }

        /// <summary>The decision of the user the event is about (see <see cref="ITelemetryConsentResolver"/>).</summary>
        private bool IsEnabledForUser(TelemetryEventDescriptor descriptor)
        {
            ConsentState decision;
            try
            {
                decision = _consentResolver!.Resolve(descriptor);
            }
            catch (Exception)
            {
                // A resolver that fails cannot vouch for the user: drop the event rather than send it on a guess.
                Interlocked.Increment(ref _consentResolverFailures);
                return false;
            }

            return decision == ConsentState.OptedIn
                || (decision == ConsentState.Undecided && descriptor.Consent == Consent.OptOut && _undecidedUsersGetOptOutEvents);
        }

        private void RecordDecision(ConsentState decision)
        {
            lock (_consentGate)
            {
                Volatile.Write(ref _decision, (int)decision);
                UpdateEnabled();
                Save(LoadRecord().WithDecision(decision, DateTimeOffset.UtcNow));
            }
        }

        private TelemetryPseudonymizer CreatePseudonymizer()
        {
            if (_options.PseudonymizationKey is { } key)
            {
                return new TelemetryPseudonymizer(key);
            }

            lock (_consentGate)
            {
                var record = LoadRecord();
                if (record.InstallationKey is { } stored && TelemetryPseudonymizer.TryDecodeKey(stored) is { } storedKey)
                {
                    return new TelemetryPseudonymizer(storedKey);
                }

                // First identifier on this installation: make its key and keep it, so hashes stay stable across runs.
                var created = TelemetryPseudonymizer.CreateKey();
                Save(record.WithInstallationKey(created));
                return new TelemetryPseudonymizer(Convert.FromBase64String(created));
            }
        }

        private ConsentRecord LoadRecord()
        {
            try
            {
                return _consentStore.Load() ?? ConsentRecord.Empty;
            }
            catch (Exception)
            {
                // Treat an unreadable store as "no decision": opt-in data is never sent on a guess.
                Interlocked.Increment(ref _consentStoreFailures);
                return ConsentRecord.Empty;
            }
        }

        private void Save(ConsentRecord record)
        {
            try
            {
                _consentStore.Save(record);
            }
            catch (Exception)
            {
                // A read-only or full disk must not break the program: the decision holds for this run.
                Interlocked.Increment(ref _consentStoreFailures);
            }
        }

        private bool IsContinuousIntegration()
        {
            string? ci;
            try
            {
                ci = _options.EnvironmentVariableReader("CI");
            }
            catch (Exception)
            {
                return true;
            }

            return !string.IsNullOrWhiteSpace(ci) && !string.Equals(ci!.Trim(), "false", StringComparison.OrdinalIgnoreCase) && ci.Trim() != "0";
        }

        private static bool IsRedirectedConsole(TextWriter output)
        {
            try
            {
                return (ReferenceEquals(output, Console.Out) && Console.IsOutputRedirected)
                    || (ReferenceEquals(output, Console.Error) && Console.IsErrorRedirected);
            }
            catch (IOException)
            {
                return true;
            }
        }
    }
}
