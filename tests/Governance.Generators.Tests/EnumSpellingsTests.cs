using System.Text.Json;
using Governance.CodeAnalysis.Model;
using Governance.Testing;

namespace Governance.Generators.Tests;

/// <summary>
/// The one spelling table per enum (src/Shared/Model/EnumSpellings.cs) agrees with the runtime enums it spells, follows
/// its own rule for tokens, and the published schema allows exactly its tokens.
/// </summary>
public sealed class EnumSpellingsTests
{
    public static TheoryData<string> Tables => ["Consent", "DataAccess", "DataClass", "ConsentState"];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_runtime_member_is_spelled_once_with_its_name_and_value(string table)
    {
        var (spellings, runtimeEnum) = Resolve(table);
        var runtime = Enum.GetValues(runtimeEnum).Cast<object>().Select(v => (Enum.GetName(runtimeEnum, v)!, Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(runtime.OrderBy(m => m.Item2), spellings.Members.Select(m => (m.MemberName, m.Value)));
        Assert.Equal(spellings.Members.Count, spellings.Members.Select(m => m.Token).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(spellings.Members.Count, spellings.Members.Select(m => m.Title).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Each_token_is_the_member_name_in_camel_case_and_parses_back(string table)
    {
        var (spellings, _) = Resolve(table);

        foreach (var member in spellings.Members)
        {
            Assert.Equal(char.ToLowerInvariant(member.MemberName[0]) + member.MemberName.Substring(1), member.Token);
            Assert.True(spellings.TryParse(member.Token, out var value));
            Assert.Equal(member.Value, value);
            Assert.False(spellings.TryParse(member.MemberName, out _)); // tokens are case-sensitive: one spelling, not several
        }

        Assert.Equal("42", spellings.TokenOf(42));
        Assert.Null(spellings.Find(42));
        Assert.False(spellings.TryParse(null, out _));
    }

    [Fact]
    public void The_mirrors_take_their_spellings_from_the_tables()
    {
        Assert.Equal("optOut", ConsentKind.OptOut.ToManifestName());
        Assert.Equal("OptOut", ConsentKind.OptOut.ToMemberName());
        Assert.Equal("Opt-out", ConsentKind.OptOut.ToTitle());
        Assert.Equal("organization", AccessKind.Organization.ToManifestName());
        Assert.Equal("Organisation", AccessKind.Organization.ToTitle());
        Assert.Equal("Product team", AccessKind.Team.ToTitle());
        Assert.Equal("identifier", DataClassKind.Identifier.ToManifestName());
        Assert.Equal("Identifier", DataClassKind.Identifier.ToTitle());
    }

    [Fact]
    public void The_manifest_schema_allows_exactly_the_tokens()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepoPaths.ManifestSchema));
        var definitions = schema.RootElement.GetProperty("$defs");
        var eventProperties = definitions.GetProperty("event").GetProperty("properties");

        Assert.Equal(Tokens(EnumSpellings.DataClass), Enumerated(definitions.GetProperty("dataClass")));
        Assert.Equal(Tokens(EnumSpellings.Consent), Enumerated(eventProperties.GetProperty("consent")));
        Assert.Equal(Tokens(EnumSpellings.DataAccess), Enumerated(eventProperties.GetProperty("access")));
    }

    [Fact]
    public void Members_among_values_come_once_each_in_ascending_order()
    {
        var present = EnumSpellings.DataClass.MembersAmong([4, 1, 4, 42, -1, 1]);

        Assert.Equal(["interaction", "sensitive"], present.Select(m => m.Token));
        Assert.Empty(EnumSpellings.DataClass.MembersAmong([]));
    }

    private static (SpellingTable Spellings, Type RuntimeEnum) Resolve(string table) => table switch
    {
        "Consent" => (EnumSpellings.Consent, typeof(Consent)),
        "DataAccess" => (EnumSpellings.DataAccess, typeof(DataAccess)),
        "DataClass" => (EnumSpellings.DataClass, typeof(DataClass)),
        "ConsentState" => (EnumSpellings.ConsentState, typeof(ConsentState)),
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    private static List<string> Tokens(SpellingTable table) => table.Members.Select(m => m.Token).ToList();

    private static List<string> Enumerated(JsonElement property) => property.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();
}
