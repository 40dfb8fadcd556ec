namespace Governance
{
    /// <summary>How a field's value is hashed before it reaches a sink, if it is.</summary>
    public enum FieldHashing
    {
        /// <summary>Sent as it is.</summary>
        None,

        /// <summary>
        /// Sent as the keyed hash of <see cref="TelemetryPseudonymizer.Pseudonymize(string)"/>: every
        /// <see cref="DataClass.Identifier"/> field, and fields declared with <c>Pseudonymize = true</c>. Without the
        /// installation's key, nobody can recover the value or check a guess.
        /// </summary>
        Keyed,

        /// <summary>
        /// Sent as the unkeyed hash of <see cref="TelemetryPseudonymizer.HashWithoutKey(string)"/>: the same value gives
        /// the same hash on every installation, so values can be counted across users, and anyone who can guess the
        /// value can check the guess. It hides only values nobody can guess.
        /// </summary>
        WithoutKey,
    }
}
