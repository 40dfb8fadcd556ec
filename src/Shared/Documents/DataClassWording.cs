using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Documents
{
    /// <summary>
    /// What each data class means, in words for the people the data is about: one wording for the first-run notice
    /// (the runtime links this file) and the privacy document. No Roslyn types.
    /// </summary>
    internal static class DataClassWording
    {
        /// <summary>How identifier fields are sent: never as written (the emitter hashes them with the installation's key).</summary>
        public const string KeyedHash = "sent only as a keyed hash";

        /// <summary>
        /// How fields hashed without a key are sent, honestly: the hash hides only what nobody can guess (see the
        /// runtime's <c>TelemetryPseudonymizer.HashWithoutKey</c>).
        /// </summary>
        public const string UnkeyedHash = "sent as an unkeyed hash, which anyone who guesses the value can match";

        /// <summary>One kind of data, as a line of the notice and of the document's summary: what it is, with examples.</summary>
        public static string Kind(DataClassKind dataClass) => dataClass switch
        {
            DataClassKind.Interaction => "How you use the program: commands run, features used, settings chosen.",
            DataClassKind.Identifier => "Pseudonymous identifiers of a user, device, account or session, " + KeyedHash + ".",
            DataClassKind.Personal => "Personal data about you, such as names, contact details, free text or locations.",
            DataClassKind.Sensitive => "Sensitive data, such as health, biometrics, precise location, credentials or financial data.",
            _ => "Technical facts about the program and the computer it runs on, such as versions, durations and error codes.",
        };
    }
}
