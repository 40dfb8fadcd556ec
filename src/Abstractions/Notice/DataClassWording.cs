namespace Governance
{
    /// <summary>What each data class means, in words for the people the data is about (the notice's groups).</summary>
    internal static class DataClassWording
    {
        /// <summary>One kind of data, as a line of the notice: what it is, with the examples <see cref="DataClass"/> gives.</summary>
        public static string Kind(DataClass dataClass) => dataClass switch
        {
            DataClass.Interaction => "How you use the program: commands run, features used, settings chosen.",
            DataClass.Identifier => "Pseudonymous identifiers of a user, device, account or session, " + KeyedHash + ".",
            DataClass.Personal => "Personal data about you, such as names, contact details, free text or locations.",
            DataClass.Sensitive => "Sensitive data, such as health, biometrics, precise location, credentials or financial data.",
            _ => "Technical facts about the program and the computer it runs on, such as versions, durations and error codes.",
        };

        /// <summary>How identifier fields are sent: never as written (the emitter hashes them with the installation's key).</summary>
        public const string KeyedHash = "sent only as a keyed hash";

        /// <summary>
        /// How fields hashed without a key are sent, honestly: the hash hides only what nobody can guess (see
        /// <see cref="TelemetryPseudonymizer.HashWithoutKey(string)"/>).
        /// </summary>
        public const string UnkeyedHash = "sent as an unkeyed hash, which anyone who guesses the value can match";
    }
}
