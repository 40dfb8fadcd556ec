using System.Globalization;
using System.Text;
using Governance.CodeAnalysis.Text;

namespace Governance.Analyzers.Tests.Text;

/// <summary>
/// A large document (a baseline) shares the strings it repeats and keeps each object's members in an array: what it
/// reads must be exactly what it says, whatever is shared, and a repeated name is still refused in a large object.
/// </summary>
public sealed class JsonReaderLargeDocumentTests
{
    [Fact]
    public void Every_string_of_a_large_document_is_read_as_written()
    {
        var text = new StringBuilder("[");
        var expected = new List<(string Name, string Value)>();
        for (var i = 0; i < 3000; i++)
        {
            // Many distinct short strings (slots collide), some repeated, one long: each must come back as written.
            var name = "k" + (i % 37).ToString(CultureInfo.InvariantCulture);
            var value = i % 5 == 0 ? new string('v', 40) + i.ToString(CultureInfo.InvariantCulture) : "value_" + (i % 701).ToString(CultureInfo.InvariantCulture);
            expected.Add((name, value));
            text.Append(i == 0 ? string.Empty : ",").Append("{\"").Append(name).Append("\":\"").Append(value).Append("\",\"n\":{\"inner\":[").Append(i).Append("]}}");
        }

        var items = JsonReader.Parse(text.Append(']').ToString()).AsArray!;

        Assert.Equal(expected.Count, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal(expected[i].Value, items[i][expected[i].Name]!.AsString);
            Assert.Equal(2, items[i].AsObject!.Count);
            Assert.Equal([expected[i].Name, "n"], items[i].AsObject!.Select(m => m.Key));
            Assert.Equal(i, items[i]["n"]!["inner"]!.AsArray!.Single().AsInt32);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_name_repeated_in_an_object_is_refused_however_many_members_it_has(int members)
    {
        var names = Enumerable.Range(0, members).Select(i => "\"m" + i.ToString(CultureInfo.InvariantCulture) + "\": " + i.ToString(CultureInfo.InvariantCulture));
        var text = "{" + string.Join(", ", names) + ", \"m1\": 0}";

        var error = Assert.Throws<FormatException>(() => JsonReader.Parse(text));

        Assert.Contains("duplicate key 'm1'", error.Message, StringComparison.Ordinal);
        Assert.Equal(members, JsonReader.Parse("{" + string.Join(", ", names) + "}").AsObject!.Count);
    }
}
