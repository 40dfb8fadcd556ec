using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Governance
{
    /// <summary>
    /// Sends declared telemetry events to sinks, after checking the user's consent. The Governance generator adds a
    /// typed implementation of <see cref="ITelemetryEvent"/> (the declaration and a field writer) to every declared event,
    /// which <c>client.Track(evt)</c> (<see cref="TelemetryTracking.Track{TEvent}"/>) checks against consent and hands to
    /// the sinks: the only way events reach them.
    /// </summary>
    /// <remarks>
    /// What is sent: nothing when <c>DO_NOT_TRACK</c> or the product's opt-out variable is set, or after
    /// <see cref="OptOut"/>. Opt-in events only after <see cref="OptIn"/>. Opt-out events after <see cref="OptIn"/>,
    /// or once the first-run notice was shown on an earlier run (<see cref="ShowNoticeIfNeeded"/>), unless
    /// <see cref="TelemetryOptions.RequireNotice"/> is off. Environment variables are read once, when the client is
    /// created. A service with many users sets <see cref="TelemetryOptions.ConsentResolver"/>: after the environment
    /// and the process's own opt-out, each event is then sent or not by the decision of the user it is about.
    /// <para>
    /// Forgetting: <see cref="OptOut"/> deletes the installation's pseudonymisation key, and <see cref="OptIn"/> makes
    /// a new one, so identifiers sent before an opt-out and after a later opt-in cannot be linked, by anyone.
    /// </para>
    /// <para>
    /// Common context: the generated <c>client.SetContext(value)</c> of a <c>[TelemetryContext]</c> type sets fields that
    /// every event sent afterwards carries (unless its declaration opts out), until <see cref="ClearContext"/>. Several
    /// contexts can be set at once, one value per context type. Hashed context fields are hashed once per key, not
    /// once per event: when the context is first sent, and again after the key changes.
    /// </para>
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
        private readonly bool _noticeShownBeforeThisRun;
        private TelemetryPseudonymizer? _pseudonymizer;
        private ContextSnapshot? _context;
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
            // The code's variable, else the one [assembly: TelemetryProduct] declared.
            OptOutEnvironmentVariable = UserControls.Resolve(options, options.Product ?? TelemetryCatalog.Product).OptOutEnvironmentVariable;
            _sinks = new ITelemetrySink[options.Sinks.Count];
            options.Sinks.CopyTo(_sinks, 0);
            IsOptedOutByEnvironment = EnvironmentOptOut.IsRequested(options.EnvironmentVariableReader, OptOutEnvironmentVariable);
            _consentStore = options.ConsentStore
                ?? (string.IsNullOrWhiteSpace(ProductName)
                    ? new InMemoryConsentStore()
                    : FileConsentStore.ForProduct(ProductName, options.EnvironmentVariableReader));
            var record = LoadRecord();
            _decision = (int)record.Decision;
            _noticeShownBeforeThisRun = record.NoticeShownAt is not null;
            _consentResolver = options.ConsentResolver;
            _undecidedUsersGetOptOutEvents = !options.RequireNotice;
            UpdateEnabled();
        }

        /// <summary>The product's name, as users know it.</summary>
        public string ProductName { get; }

        /// <summary>
        /// The product's own opt-out variable, if it has one: <see cref="TelemetryOptions.OptOutEnvironmentVariable"/>,
        /// else the one declared with <see cref="TelemetryProductAttribute.OptOutEnvironmentVariable"/>.
        /// </summary>
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

        /// <summary>
        /// The value whose keyed hash is <see cref="InstallationId"/>. An event that should carry the installation's
        /// identifier sets an <see cref="DataClass.Identifier"/> field to it; the emitter sends the hash.
        /// </summary>
        public const string InstallationIdSource = "governance:installation";

        /// <summary>
        /// Hashes identifiers before they leave the process; generated emitters use it for identifier fields. Its key
        /// changes when the user opts out (see <see cref="OptOut"/>), so read it for each use rather than keeping it.
        /// </summary>
        public TelemetryPseudonymizer Pseudonymizer => Volatile.Read(ref _pseudonymizer) ?? GetPseudonymizer(createKey: true)!;

        /// <summary>
        /// The installation's pseudonymous identifier, as events that carry it send it: the keyed hash of
        /// <see cref="InstallationIdSource"/> (64 hex characters). A product shows it so a user can quote it when asking
        /// for their data or for its deletion. Null when no key exists yet (nothing sent so far carries one) and after
        /// the user opted out (the key was deleted with the decision). Reading it never creates a key.
        /// </summary>
        public string? InstallationId
        {
            get
            {
                if (ConsentState == ConsentState.OptedOut)
                {
                    return null;
                }

                var pseudonymizer = Volatile.Read(ref _pseudonymizer) ?? GetPseudonymizer(createKey: false);
                return pseudonymizer?.Pseudonymize(InstallationIdSource);
            }
        }

        /// <summary>
        /// The first-run notice, on one screen: the kinds of data collected and why, what is never sent, how long it is
        /// kept, how to turn it off, and where to read everything (<see cref="TelemetryOptions.ShowCommand"/>).
        /// </summary>
        public string NoticeText => TelemetryNotice.Write(_options, _options.Product ?? TelemetryCatalog.Product, DeclaredEvents, DeclaredContexts);

        /// <summary>
        /// Everything the program can send, event by event: purpose, consent, retention, access and every field, for
        /// the command the notice points to (<see cref="TelemetryOptions.ShowCommand"/>).
        /// </summary>
        public string DescribeTelemetry() => TelemetryDescription.Write(_options, _options.Product ?? TelemetryCatalog.Product, DeclaredEvents, DeclaredContexts);

        private IReadOnlyList<TelemetryEventDescriptor> DeclaredEvents => _options.Events ?? TelemetryCatalog.Events;

        private IReadOnlyList<TelemetryContextDescriptor> DeclaredContexts =>
            _options.Contexts ?? (_options.Events is null ? TelemetryCatalog.Contexts : Array.Empty<TelemetryContextDescriptor>());

        /// <summary>
        /// Records, and stores, that the user agreed to telemetry: every declared event may be sent from now on. Makes
        /// the installation's pseudonymisation key if there is none (a new one after an earlier opt-out).
        /// </summary>
        public void OptIn() => RecordDecision(ConsentState.OptedIn);

        /// <summary>
        /// Records, and stores, that the user refused telemetry: nothing is sent from now on. Deletes the installation's
        /// pseudonymisation key, so what was sent can no longer be linked to this installation (show the user
        /// <see cref="InstallationId"/> first if they may want to ask for it to be deleted).
        /// </summary>
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
        /// Delivers an event to every sink, with the common context when one is set and the event includes it. Called by
        /// <see cref="TelemetryTracking.Track{TEvent}"/> after <see cref="IsEnabled"/>; call
        /// <c>client.Track(evt)</c> instead. A sink that throws is counted in <see cref="SinkFailures"/> and skipped.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Send<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields
        {
            var context = Volatile.Read(ref _context);
            if (context is not null && descriptor is not null && descriptor.ReceivesContext)
            {
                SendWithContext(context, descriptor, in fields);
                return;
            }

            // The event as declared: kept to this loop so Track without a context costs what it did before contexts.
            var sinks = _sinks;
            for (var i = 0; i < sinks.Length; i++)
            {
                try
                {
                    sinks[i].Write(descriptor!, in fields);
                }
                catch (Exception)
                {
                    // Telemetry must never break the product: a failing sink costs its event, not the caller.
                    Interlocked.Increment(ref _sinkFailures);
                }
            }
        }

        /// <summary>
        /// Sets a common context without fields hashed with the key (<see cref="FieldHashing.Keyed"/>; fields hashed
        /// without a key are hashed by generated code when it is set): every event that includes the context carries
        /// <paramref name="values"/> from now on, replacing this context's earlier values. Called by the generated
        /// <c>SetContext</c> of a <c>[TelemetryContext]</c> type; call that instead.
        /// </summary>
        /// <param name="descriptor">The context's generated descriptor.</param>
        /// <param name="values">The values, copied by generated code when the context was set: immutable, since every event writes them.</param>
        /// <exception cref="ArgumentException">The context has fields hashed with the key: they need the overload that hashes.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void SetContext(TelemetryContextDescriptor descriptor, ITelemetryFields values)
        {
            if (descriptor is null)
            {
                throw new ArgumentNullException(nameof(descriptor));
            }

            if (values is null)
            {
                throw new ArgumentNullException(nameof(values));
            }

            if (descriptor.HasKeyedFields)
            {
                // Values that must be hashed with the key would otherwise reach every sink as written.
                throw new ArgumentException("The context " + descriptor.SourceType + " has fields hashed with the key: set it with a function that hashes them.", nameof(values));
            }

            Publish(descriptor, ContextEntry.Plain(descriptor, values));
        }

        /// <summary>
        /// Sets a common context with fields hashed with the key (identifiers, <c>Pseudonymize = true</c>): every event that includes the
        /// context carries what <paramref name="hash"/> returns, replacing this context's earlier values. The client calls
        /// <paramref name="hash"/> with its current <see cref="Pseudonymizer"/> before the first event that carries the
        /// context, and again whenever the key changes (an opt-out deletes it, an opt-in makes a new one), never per event.
        /// Called by the generated <c>SetContext</c> of a <c>[TelemetryContext]</c> type; call that instead.
        /// </summary>
        /// <param name="descriptor">The context's generated descriptor.</param>
        /// <param name="hash">Returns the values with every hashed field hashed by the pseudonymizer it is given: immutable, from values copied when the context was set.</param>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void SetContext(TelemetryContextDescriptor descriptor, Func<TelemetryPseudonymizer, ITelemetryFields> hash)
        {
            if (descriptor is null)
            {
                throw new ArgumentNullException(nameof(descriptor));
            }

            if (hash is null)
            {
                throw new ArgumentNullException(nameof(hash));
            }

            Publish(descriptor, ContextEntry.Unhashed(descriptor, hash));
        }

        /// <summary>
        /// Stops sending the common context <paramref name="descriptor"/> (<c>MyContext.TelemetryDescriptor</c>) with events;
        /// other contexts stay set. Does nothing when it is not set.
        /// </summary>
        public void ClearContext(TelemetryContextDescriptor descriptor)
        {
            if (descriptor is null)
            {
                throw new ArgumentNullException(nameof(descriptor));
            }

            Publish(descriptor, entry: null);
        }

        /// <summary>The event with the contexts' fields first, under the descriptor of the event as sent.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void SendWithContext<TFields>(ContextSnapshot context, TelemetryEventDescriptor declaration, in TFields fields)
            where TFields : struct, ITelemetryFields
        {
            if (context.NeedsKey && (context.HashedWith is null || !ReferenceEquals(context.HashedWith, Volatile.Read(ref _pseudonymizer))))
            {
                context = HashedWithCurrentKey(context);
            }

            var evt = context.Layout.For(declaration);
            var withContext = new ContextualFields<TFields>(context, evt, in fields);
            var sinks = _sinks;
            for (var i = 0; i < sinks.Length; i++)
            {
                try
                {
                    sinks[i].Write(evt.Descriptor, in withContext);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref _sinkFailures);
                }
            }
        }

        /// <summary>Sets (or, with a null <paramref name="entry"/>, removes) one context, publishing a new snapshot whole.</summary>
        private void Publish(TelemetryContextDescriptor descriptor, ContextEntry? entry)
        {
            while (true)
            {
                var current = Volatile.Read(ref _context);
                var next = entry is null ? ContextSnapshot.Without(current, descriptor) : ContextSnapshot.With(current, entry);
                if (ReferenceEquals(Interlocked.CompareExchange(ref _context, next, current), current))
                {
                    return;
                }
            }
        }

        /// <summary>
        /// The snapshot with its hashed contexts hashed by the current key: itself when they already are, else hashed now
        /// (once per key) and published unless the contexts changed meanwhile.
        /// </summary>
        private ContextSnapshot HashedWithCurrentKey(ContextSnapshot context)
        {
            var pseudonymizer = Pseudonymizer;
            if (ReferenceEquals(context.HashedWith, pseudonymizer))
            {
                return context;
            }

            var hashed = context.HashWith(pseudonymizer);
            Interlocked.CompareExchange(ref _context, hashed, context);
            return hashed;
        }

        /// <summary>Drops hashed context values after the key changed, so none made with a deleted key stays in memory.</summary>
        private void ForgetContextHashes()
        {
            while (true)
            {
                var current = Volatile.Read(ref _context);
                if (current is null || !current.NeedsKey
                    || ReferenceEquals(Interlocked.CompareExchange(ref _context, current.WithoutHashes(), current), current))
                {
                    return;
                }
            }
        }

        /// <summary>The descriptor of the event as it would be sent now: with the contexts set, if it includes them.</summary>
        private TelemetryEventDescriptor AsSent(TelemetryEventDescriptor descriptor) =>
            Volatile.Read(ref _context) is { } context && descriptor.ReceivesContext ? context.Layout.For(descriptor).Descriptor : descriptor;

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
                decision = _consentResolver!.Resolve(AsSent(descriptor));
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
                var record = LoadRecord().WithDecision(decision, DateTimeOffset.UtcNow);
                if (_options.PseudonymizationKey is not null)
                {
                    // The product's own key: its lifetime is the product's to manage.
                    Save(record);
                    return;
                }

                if (decision == ConsentState.OptedOut)
                {
                    record = record.WithoutInstallationKey();
                }
                else if (decision == ConsentState.OptedIn && TelemetryPseudonymizer.TryDecodeKey(record.InstallationKey) is null)
                {
                    record = record.WithInstallationKey(TelemetryPseudonymizer.CreateKey());
                }

                Save(record);

                // Never hash with a key the decision just deleted; after an opt-out the next use gets an unsaved key.
                Volatile.Write(ref _pseudonymizer, TelemetryPseudonymizer.TryDecodeKey(record.InstallationKey) is { } key ? new TelemetryPseudonymizer(key) : null);
                ForgetContextHashes();
            }
        }

        /// <summary>
        /// The pseudonymizer for the current decision, kept until the decision changes: the product's key, else the
        /// installation's stored key, made and stored when <paramref name="createKey"/> and there is none. After an
        /// opt-out, a key for this process only: nothing is sent then, and a stored key would outlive the user's no.
        /// Null only when there is no stored key and <paramref name="createKey"/> is false.
        /// </summary>
        private TelemetryPseudonymizer? GetPseudonymizer(bool createKey)
        {
            lock (_consentGate)
            {
                if (Volatile.Read(ref _pseudonymizer) is { } current)
                {
                    return current;
                }

                TelemetryPseudonymizer? created;
                if (_options.PseudonymizationKey is { } key)
                {
                    created = new TelemetryPseudonymizer(key);
                }
                else if (ConsentState == ConsentState.OptedOut)
                {
                    if (!createKey)
                    {
                        return null;
                    }

                    created = new TelemetryPseudonymizer(Convert.FromBase64String(TelemetryPseudonymizer.CreateKey()));
                }
                else
                {
                    var record = LoadRecord();
                    if (TelemetryPseudonymizer.TryDecodeKey(record.InstallationKey) is { } storedKey)
                    {
                        created = new TelemetryPseudonymizer(storedKey);
                    }
                    else if (createKey)
                    {
                        // First identifier on this installation: make its key and keep it, so hashes stay stable across runs.
                        var newKey = TelemetryPseudonymizer.CreateKey();
                        Save(record.WithInstallationKey(newKey));
                        created = new TelemetryPseudonymizer(Convert.FromBase64String(newKey));
                    }
                    else
                    {
                        return null;
                    }
                }

                Volatile.Write(ref _pseudonymizer, created);
                return created;
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
