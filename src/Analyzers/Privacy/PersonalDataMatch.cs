namespace Governance.Analyzers.Privacy
{
    /// <summary>Why a name looks like personal data: the category, the words that matched, and how to say why.</summary>
    internal sealed class PersonalDataMatch
    {
        public PersonalDataMatch(PersonalDataCategory category, string matchedWords, string? reading = null)
        {
            Category = category;
            MatchedWords = matchedWords;
            Evidence = reading ?? "'" + matchedWords + "'";
        }

        public PersonalDataCategory Category { get; }

        public string MatchedWords { get; }

        /// <summary>
        /// What diagnostics quote as the reason: the matched words (<c>'email address'</c>), or how the field reads with
        /// its holder (<c>'Name' of 'CustomerRegistered' reads as a customer's name</c>).
        /// </summary>
        public string Evidence { get; }
    }
}
