using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Privacy
{
    /// <summary>
    /// A kind of personal data: how diagnostics name it ("an e-mail address"), the data class a field holding it
    /// should have, and whether it is a special category (health, beliefs, biometrics...), which stays personal
    /// even as a yes/no value.
    /// </summary>
    internal sealed class PersonalDataCategory
    {
        public PersonalDataCategory(string id, string phrase, DataClassKind dataClass, bool isSpecial = false)
        {
            Id = id;
            Phrase = phrase;
            DataClass = dataClass;
            IsSpecial = isSpecial;
        }

        public string Id { get; }

        public string Phrase { get; }

        public DataClassKind DataClass { get; }

        public bool IsSpecial { get; }
    }
}
