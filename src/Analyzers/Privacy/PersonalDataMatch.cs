namespace Governance.Analyzers.Privacy
{
    /// <summary>Why a name looks like personal data: the category and the words that matched.</summary>
    internal sealed class PersonalDataMatch
    {
        public PersonalDataMatch(PersonalDataCategory category, string matchedWords)
        {
            Category = category;
            MatchedWords = matchedWords;
        }

        public PersonalDataCategory Category { get; }

        public string MatchedWords { get; }
    }
}
