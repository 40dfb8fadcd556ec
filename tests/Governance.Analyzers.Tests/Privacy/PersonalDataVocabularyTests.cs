using Governance.Analyzers.Privacy;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Tests.Privacy;

/// <summary>The embedded vocabulary files: every entry valid, every category known, and bad lines reported, not fatal.</summary>
public sealed class PersonalDataVocabularyTests
{
    [Fact]
    public void Every_entry_of_the_embedded_vocabulary_is_valid_and_every_category_resolves()
    {
        var vocabulary = PersonalDataVocabulary.BuiltIn;

        Assert.True(vocabulary.Problems.Count == 0, string.Join("\n", vocabulary.Problems));
        Assert.All(vocabulary.Categories.Values, category => Assert.True(category.DataClass >= DataClassKind.Identifier, category.Id));
        var named = vocabulary.Terms.Values.Concat(vocabulary.WholeNameTerms.Values).Concat(vocabulary.Entities.Values).ToList();
        Assert.All(named, category => Assert.Same(vocabulary.Categories[category.Id], category));

        // Every category is named by an entry, or made by a rule (a hashed value).
        var unused = vocabulary.Categories.Keys.Except(named.Select(c => c.Id)).Except([PersonalDataVocabulary.HashedIdentifierCategory]);
        Assert.Empty(unused);
    }

    [Fact]
    public void The_embedded_files_are_read_whole()
    {
        var vocabulary = PersonalDataVocabulary.BuiltIn;

        // Floors, not exact counts: they catch a file that is missing or cut short, not a reviewed edit.
        Assert.True(vocabulary.Categories.Count >= 40, "categories");
        Assert.Equal(["biometric", "criminal_record", "health", "special_category"], vocabulary.Categories.Values.Where(c => c.IsSpecial).Select(c => c.Id).Order());
        Assert.Equal(["date_of_birth"], vocabulary.Categories.Values.Where(c => c.IsDate).Select(c => c.Id));
        Assert.Contains(vocabulary.Categories.Values, c => c.IsNumbered);
        Assert.Contains(vocabulary.Categories.Values, c => c.IsRecords);
        Assert.True(vocabulary.Terms.Count >= 1000, "terms");
        Assert.True(vocabulary.WholeNameTerms.Count >= 40, "whole-name terms");
        Assert.True(vocabulary.Entities.Count >= 60, "entities");
        Assert.True(vocabulary.NonPersonalHeads.Count >= 350, "non-personal heads");
        Assert.True(vocabulary.NonPersonalPrefixes.Count >= 80, "non-personal prefixes");
        Assert.True(vocabulary.QuestionPrefixes.Count >= 9, "question prefixes");
        Assert.True(vocabulary.LookAlikes.Count >= 350, "look-alikes");
        Assert.True(vocabulary.FreeTextWords.Count >= 100, "free-text words");
        Assert.True(vocabulary.WordClasses.Count >= 140, "word classes");
        Assert.True(vocabulary.Abbreviations.Count >= 15 && vocabulary.AbbreviationsAfterAWord.Count >= 5, "abbreviations");
    }

    [Fact]
    public void Lines_that_cannot_be_read_are_reported_and_skipped()
    {
        var files = new Dictionary<string, string>
        {
            ["Categories.txt"] = "# id | class | phrase\nemail | Personal | an e-mail address\nhealth | Sensitive | health data | special\nodd | Technical | not personal\nbroken line\nemail | Personal | again\npassport | Sensitive | a passport | numbered sealed\n",
            ["Abbreviations.txt"] = "[anywhere]\naddr = address\nnothing here\n[after a word]\nno = number\naddr = address\n[somewhere]\nnr = number\n",
            ["Terms.txt"] = "orphan\n[email]\nemail address\nEmailAddress\nemail address\n[emial]\nmail\n[email]\nemail addr\n",
            ["WholeNameTerms.txt"] = "[health]\npregnant\n",
            ["Entities.txt"] = "[email]\nmailbox\nmail box\n",
            ["HeldAttributes.txt"] = "[email]\nmail\n",
            ["FinancialAttributes.txt"] = "[email]\nmailing\n",
            ["NonPersonalHeads.txt"] = "count\nper day\n",
            ["QuestionPrefixes.txt"] = "is\n",
            ["NonPersonalPrefixes.txt"] = "number of\n[section]\nnum\n",
            ["FreeTextWords.txt"] = "error message\nerror message\n",
            ["WordClasses.txt"] = "[identifier]\nid\nid\n[colour]\nred\n",
        };

        var vocabulary = PersonalDataVocabulary.Read(name => files.TryGetValue(name, out var text) ? new StringReader(text) : null);

        Assert.Equal(
            [
                "Categories.txt:4: 'Technical' is not a personal data class (Identifier, Personal or Sensitive)",
                "Categories.txt:5: expected 'id | data class | phrase' or 'id | data class | phrase | flags'",
                "Categories.txt:6: category 'email' is already defined",
                "Categories.txt:7: unknown flag 'sealed' (expected special, numbered, date or records)",
                "Abbreviations.txt:3: expected 'short = full words', the short form one word in canonical form",
                "Abbreviations.txt:6: 'addr' is listed twice",
                "Abbreviations.txt:8: unknown section [somewhere]",
                "Terms.txt:1: a term must follow a [category] section",
                "Terms.txt:4: 'EmailAddress' is not in canonical form; write 'email address'",
                "Terms.txt:4: 'email address' is listed twice",
                "Terms.txt:5: 'email address' is listed twice",
                "Terms.txt:7: unknown category [emial]",
                "Terms.txt:9: 'email addr' can never match: names read 'addr' as 'address'",
                "Entities.txt:3: expected one word, found 'mail box'",
                "LookAlikes.txt: the file is missing",
                "NonPersonalHeads.txt:2: expected one word, found 'per day'",
                "NonPersonalPrefixes.txt:3: this file has no sections",
                "FreeTextWords.txt:2: 'error message' is listed twice",
                "WordClasses.txt:3: 'id' is listed twice in [identifier]",
                "WordClasses.txt:5: unknown section [colour]",
                "Categories.txt: category 'hashed_identifier', which the rules produce, is missing",
                "Categories.txt: category 'person_name', which the rules produce, is missing",
                "Categories.txt: category 'personal_info', which the rules produce, is missing",
                "Categories.txt: category 'precise_location', which the rules produce, is missing",
                "Categories.txt: category 'user_id', which the rules produce, is missing",
            ],
            vocabulary.Problems);
        Assert.Equal(["email", "health"], vocabulary.Categories.Keys.Order());
        Assert.True(vocabulary.Categories["health"].IsSpecial);
        Assert.Equal(["email address", "email addr"], vocabulary.Terms.Keys);
        Assert.Same(vocabulary.Categories["health"], vocabulary.WholeNameTerms["pregnant"]);
        Assert.Equal(["mailbox"], vocabulary.Entities.Keys);
        Assert.Equal(["address"], vocabulary.Abbreviations["addr"]);
        Assert.Equal(["number"], vocabulary.AbbreviationsAfterAWord["no"]);
        Assert.Equal(["count"], vocabulary.NonPersonalHeads);
        Assert.Equal(["number of", "is"], vocabulary.NonPersonalPrefixes.Select(words => string.Join(" ", words)));
        Assert.Equal(["error message"], vocabulary.FreeTextWords);
        Assert.Equal(WordRoles.IdentifierWord, vocabulary.WordClasses["id"]);
    }
}
