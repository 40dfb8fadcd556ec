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
        Assert.All(vocabulary.Terms.Values.Concat(vocabulary.WholeNameTerms.Values), category => Assert.Same(vocabulary.Categories[category.Id], category));
        var unused = vocabulary.Categories.Keys.Except(vocabulary.Terms.Values.Concat(vocabulary.WholeNameTerms.Values).Select(c => c.Id));
        Assert.Empty(unused);
    }

    [Fact]
    public void The_embedded_files_are_read_whole()
    {
        var vocabulary = PersonalDataVocabulary.BuiltIn;

        // Floors, not exact counts: they catch a file that is missing or cut short, not a reviewed edit.
        Assert.True(vocabulary.Categories.Count >= 30, "categories");
        Assert.Equal(["biometric", "criminal_record", "health", "special_category"], vocabulary.Categories.Values.Where(c => c.IsSpecial).Select(c => c.Id).Order());
        Assert.True(vocabulary.Terms.Count >= 1100, "terms");
        Assert.True(vocabulary.WholeNameTerms.Count >= 15, "whole-name terms");
        Assert.True(vocabulary.NonPersonalHeads.Count >= 350, "non-personal heads");
        Assert.True(vocabulary.NonPersonalPrefixes.Count >= 80, "non-personal prefixes");
        Assert.True(vocabulary.QuestionPrefixes.Count >= 9, "question prefixes");
        Assert.True(vocabulary.LookAlikes.Count >= 350, "look-alikes");
        Assert.True(vocabulary.FreeTextWords.Count >= 90, "free-text words");
    }

    [Fact]
    public void Lines_that_cannot_be_read_are_reported_and_skipped()
    {
        var files = new Dictionary<string, string>
        {
            ["Categories.txt"] = "# id | class | phrase\nemail | Personal | an e-mail address\nhealth | Sensitive | health data | special\nodd | Technical | not personal\nbroken line\nemail | Personal | again\n",
            ["Terms.txt"] = "orphan\n[email]\nemail address\nEmailAddress\nemail address\n[emial]\nmail\n",
            ["WholeNameTerms.txt"] = "[health]\npregnant\n",
            ["NonPersonalHeads.txt"] = "count\nper day\n",
            ["QuestionPrefixes.txt"] = "is\n",
            ["NonPersonalPrefixes.txt"] = "number of\n[section]\nnum\n",
            ["FreeTextWords.txt"] = "error message\nerror message\n",
        };

        var vocabulary = PersonalDataVocabulary.Read(name => files.TryGetValue(name, out var text) ? new StringReader(text) : null);

        Assert.Equal(
            [
                "Categories.txt:4: 'Technical' is not a personal data class (Identifier, Personal or Sensitive)",
                "Categories.txt:5: expected 'id | data class | phrase' or 'id | data class | phrase | special'",
                "Categories.txt:6: category 'email' is already defined",
                "Terms.txt:1: a term must follow a [category] section",
                "Terms.txt:4: 'EmailAddress' is not in canonical form; write 'email address'",
                "Terms.txt:4: 'email address' is listed twice",
                "Terms.txt:5: 'email address' is listed twice",
                "Terms.txt:7: unknown category [emial]",
                "LookAlikes.txt: the file is missing",
                "NonPersonalHeads.txt:2: expected one word, found 'per day'",
                "NonPersonalPrefixes.txt:3: this file has no sections",
                "FreeTextWords.txt:2: 'error message' is listed twice",
            ],
            vocabulary.Problems);
        Assert.Equal(["email", "health"], vocabulary.Categories.Keys.Order());
        Assert.True(vocabulary.Categories["health"].IsSpecial);
        Assert.Equal(["email address"], vocabulary.Terms.Keys);
        Assert.Same(vocabulary.Categories["health"], vocabulary.WholeNameTerms["pregnant"]);
        Assert.Equal(["count"], vocabulary.NonPersonalHeads);
        Assert.Equal(["number of", "is"], vocabulary.NonPersonalPrefixes.Select(words => string.Join(" ", words)));
        Assert.Equal(["error message"], vocabulary.FreeTextWords);
    }
}
