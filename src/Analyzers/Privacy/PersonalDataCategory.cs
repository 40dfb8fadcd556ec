using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Privacy
{
    /// <summary>
    /// A kind of personal data: how diagnostics name it ("an e-mail address"), the data class a field holding it
    /// should have, and the flags its rules need (Categories.txt explains them).
    /// </summary>
    internal sealed class PersonalDataCategory
    {
        public PersonalDataCategory(string id, string phrase, DataClassKind dataClass, bool isSpecial = false, bool isNumbered = false, bool isDate = false, bool isRecords = false, bool isFromOptions = false)
        {
            Id = id;
            Phrase = phrase;
            DataClass = dataClass;
            IsSpecial = isSpecial;
            IsNumbered = isNumbered;
            IsDate = isDate;
            IsRecords = isRecords;
            IsFromOptions = isFromOptions;
        }

        public string Id { get; }

        public string Phrase { get; }

        public DataClassKind DataClass { get; }

        /// <summary>A special category (health, beliefs, biometrics...): personal even as a yes/no value.</summary>
        public bool IsSpecial { get; }

        /// <summary>The data is a number or code: an identifier word after it is still the data (<c>PassportId</c>).</summary>
        public bool IsNumbered { get; }

        /// <summary>The data is a date: words that say how it is written may follow it (<c>BirthDateUtc</c>).</summary>
        public bool IsDate { get; }

        /// <summary>The data is a list or record of what a person did or has: as a number it is a count (<c>Purchases</c>).</summary>
        public bool IsRecords { get; }

        /// <summary>A team's own term (<c>governance.pii.personal_words</c>): a look-alike never hides it.</summary>
        public bool IsFromOptions { get; }
    }
}
