using System;
using System.ComponentModel;
using System.Threading;

namespace Governance
{
    /// <summary>
    /// Sends declared telemetry events to sinks, after checking the user's consent. The Governance generator adds a
    /// typed <c>Track(evt)</c> extension method per declared event; those are the only way events reach the sinks.
    /// </summary>
    public sealed class TelemetryClient
    {
        private readonly ITelemetrySink[] _sinks;
        private readonly IConsentStore _consentStore;
        private readonly object _consentGate = new object();
        private int _decision;
        private long _sinkFailures;
        private long _consentStoreFailures;

        /// <summary>Creates a client. The environment opt-out variables are read once, here.</summary>
        public TelemetryClient(TelemetryOptions options)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            ProductName = options.ProductName ?? string.Empty;
            OptOutEnvironmentVariable = options.OptOutEnvironmentVariable;
            _sinks = new ITelemetrySink[options.Sinks.Count];
            options.Sinks.CopyTo(_sinks, 0);
            IsOptedOutByEnvironment = EnvironmentOptOut.IsRequested(options);
            _consentStore = options.ConsentStore
                ?? (string.IsNullOrWhiteSpace(ProductName)
                    ? new InMemoryConsentStore()
                    : FileConsentStore.ForProduct(ProductName, options.EnvironmentVariableReader));
            _decision = (int)LoadRecord().Decision;
        }

        /// <summary>The product's name, as users know it.</summary>
        public string ProductName { get; }

        /// <summary>The product's own opt-out variable, if it has one.</summary>
        public string? OptOutEnvironmentVariable { get; }

        /// <summary>True when <c>DO_NOT_TRACK</c> or the product's opt-out variable was set: nothing is sent.</summary>
        public bool IsOptedOutByEnvironment { get; }

        /// <summary>How many times a sink threw while receiving an event. Those failures never reach the caller.</summary>
        public long SinkFailures => Interlocked.Read(ref _sinkFailures);

        /// <summary>How many times the consent store failed to load or save. The decision still holds for this process.</summary>
        public long ConsentStoreFailures => Interlocked.Read(ref _consentStoreFailures);

        /// <summary>The user's recorded decision. The environment opt-out is separate: see <see cref="IsOptedOutByEnvironment"/>.</summary>
        public ConsentState ConsentState => (ConsentState)Volatile.Read(ref _decision);

        /// <summary>Records, and stores, that the user agreed to telemetry: opt-in events are sent from now on.</summary>
        public void OptIn() => RecordDecision(ConsentState.OptedIn);

        /// <summary>Records, and stores, that the user refused telemetry: nothing is sent from now on.</summary>
        public void OptOut() => RecordDecision(ConsentState.OptedOut);

        /// <summary>
        /// Whether an event with this declaration would be sent now. Environment opt-out always wins; opt-in events
        /// need a recorded opt-in; opt-out events are sent unless the user opted out.
        /// </summary>
        public bool IsEnabled(TelemetryEventDescriptor descriptor)
        {
            if (IsOptedOutByEnvironment || descriptor is null || _sinks.Length == 0)
            {
                return false;
            }

            var decision = (ConsentState)Volatile.Read(ref _decision);
            return descriptor.Consent == Consent.OptOut ? decision != ConsentState.OptedOut : decision == ConsentState.OptedIn;
        }

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

        private void RecordDecision(ConsentState decision)
        {
            lock (_consentGate)
            {
                Volatile.Write(ref _decision, (int)decision);
                try
                {
                    _consentStore.Save(LoadRecord().WithDecision(decision, DateTimeOffset.UtcNow));
                }
                catch (Exception)
                {
                    // A read-only or full disk must not break the program: the decision holds for this run.
                    Interlocked.Increment(ref _consentStoreFailures);
                }
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
    }
}
