using System;

namespace Governance
{
    /// <summary>
    /// One common context as a client holds it: its descriptor and its values, immutable. A context with fields hashed
    /// with the key keeps the function that hashes its values, and the values it last produced with the pseudonymizer
    /// they were hashed with, so the client hashes once per key rather than once per event.
    /// </summary>
    internal sealed class ContextEntry
    {
        private ContextEntry(TelemetryContextDescriptor descriptor, ITelemetryFields? values, Func<TelemetryPseudonymizer, ITelemetryFields>? hash, TelemetryPseudonymizer? hashedWith)
        {
            Descriptor = descriptor;
            Values = values;
            Hash = hash;
            HashedWith = hashedWith;
        }

        public TelemetryContextDescriptor Descriptor { get; }

        /// <summary>What is written with each event; null for a context with keyed fields not hashed yet (or forgotten).</summary>
        public ITelemetryFields? Values { get; }

        /// <summary>Produces the values hashed with a pseudonymizer; null when the context has no hashed field.</summary>
        public Func<TelemetryPseudonymizer, ITelemetryFields>? Hash { get; }

        /// <summary>The pseudonymizer <see cref="Values"/> were hashed with, if they were.</summary>
        public TelemetryPseudonymizer? HashedWith { get; }

        public static ContextEntry Plain(TelemetryContextDescriptor descriptor, ITelemetryFields values) => new ContextEntry(descriptor, values, null, null);

        public static ContextEntry Unhashed(TelemetryContextDescriptor descriptor, Func<TelemetryPseudonymizer, ITelemetryFields> hash) => new ContextEntry(descriptor, null, hash, null);

        /// <summary>This context with its values hashed by <paramref name="pseudonymizer"/> (itself when they already are).</summary>
        public ContextEntry HashWith(TelemetryPseudonymizer pseudonymizer) =>
            Hash is null || ReferenceEquals(HashedWith, pseudonymizer) ? this : new ContextEntry(Descriptor, Hash(pseudonymizer), Hash, pseudonymizer);

        /// <summary>This context without hashed values, so no hash made with a deleted key outlives the decision that deleted it.</summary>
        public ContextEntry WithoutHashes() => Hash is null || Values is null ? this : Unhashed(Descriptor, Hash);
    }
}
