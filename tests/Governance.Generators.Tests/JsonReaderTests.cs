using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Tests;

/// <summary>
/// The shared JSON reader (src/Shared/Text/JsonReader.cs: baselines, manifests, the runtime's consent file) accepts
/// exactly what RFC 8259 allows, and also refuses a name repeated in one object.
/// </summary>
public sealed class JsonReaderTests
{
    [Theory]
    [InlineData("0", 0d)]
    [InlineData("-0", 0d)]
    [InlineData("7", 7d)]
    [InlineData("-12", -12d)]
    [InlineData("10", 10d)]
    [InlineData("0.5", 0.5)]
    [InlineData("1.25", 1.25)]
    [InlineData("-0.0", 0d)]
    [InlineData("1e3", 1000d)]
    [InlineData("1E+3", 1000d)]
    [InlineData("25e-1", 2.5)]
    [InlineData("1.5e0", 1.5)]
    [InlineData(" \t\r\n 42 \n", 42d)]
    public void Numbers_in_the_RFC_grammar_are_read(string text, double expected)
    {
        Assert.Equal(expected, Assert.IsType<double>(JsonReader.Parse(text).Value));
    }

    [Theory]
    [InlineData("+1", "expected a value")] // numbers
    [InlineData("01", "leading zeros")]
    [InlineData("-01", "leading zeros")]
    [InlineData("00", "leading zeros")]
    [InlineData(".5", "expected a value")]
    [InlineData("-.5", "expected a value")]
    [InlineData("5.", "expected a digit after the decimal point")]
    [InlineData("5.e3", "expected a digit after the decimal point")]
    [InlineData("1e", "expected a digit in the exponent")]
    [InlineData("1e+", "expected a digit in the exponent")]
    [InlineData("1E-", "expected a digit in the exponent")]
    [InlineData("-", "expected a value")]
    [InlineData("1e999", "out of range")]
    [InlineData("0x10", "unexpected text")]
    [InlineData("NaN", "expected a value")]
    [InlineData("Infinity", "expected a value")]
    [InlineData("[1, 2,]", "expected a value")] // commas
    [InlineData("[,]", "expected a value")]
    [InlineData("[1 2]", "expected ']'")]
    [InlineData("{\"a\": 1,}", "expected '\"'")]
    [InlineData("{,}", "expected '\"'")]
    [InlineData("{\"a\" 1}", "expected ':'")]
    [InlineData("{\"a\": 1, \"a\": 2}", "duplicate key 'a'")] // names
    [InlineData("{\"a\": {\"b\": 1, \"b\": 1}}", "duplicate key 'b'")]
    [InlineData("{'a': 1}", "expected '\"'")]
    [InlineData("{a: 1}", "expected '\"'")]
    [InlineData("\"tab\there\"", "control character")] // strings
    [InlineData("\"line\nbreak\"", "control character")]
    [InlineData("\"nul\u0000\"", "control character")]
    [InlineData("\"\\x41\"", "bad escape")]
    [InlineData("\"\\'\"", "bad escape")]
    [InlineData("\"\\u12\"", "bad \\u escape")]
    [InlineData("\"\\u12G4\"", "bad \\u escape")]
    [InlineData("\"\\u+123\"", "bad \\u escape")]
    [InlineData("\"unterminated", "unterminated string")]
    [InlineData("\"ends in a backslash\\", "bad escape")]
    [InlineData("[1] 2", "unexpected text after the JSON value")] // the text around the value
    [InlineData("{} {}", "unexpected text after the JSON value")]
    [InlineData("true false", "unexpected text after the JSON value")]
    [InlineData("nul", "expected 'null'")]
    [InlineData("True", "expected a value")]
    [InlineData("", "expected a value")]
    [InlineData("   ", "expected a value")]
    [InlineData("\uFEFF{}", "expected a value")]
    [InlineData("\u00A0{}", "expected a value")]
    [InlineData("{} // comment", "unexpected text after the JSON value")]
    [InlineData("/* comment */ {}", "expected a value")]
    public void Text_that_RFC_8259_rejects_is_a_format_exception_that_says_why(string text, string problem)
    {
        var error = Assert.Throws<FormatException>(() => JsonReader.Parse(text));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Matches(" at line \\d+, column \\d+$", error.Message);
    }

    [Fact]
    public void Errors_point_at_the_line_and_column_of_the_problem()
    {
        var error = Assert.Throws<FormatException>(() => JsonReader.Parse("{\n  \"a\": 1,\n  \"a\": 2\n}"));

        Assert.Equal("duplicate key 'a' at line 3, column 3", error.Message);
    }

    [Fact]
    public void Nesting_deeper_than_64_levels_is_refused_and_shallower_nesting_is_read()
    {
        Assert.NotNull(JsonReader.Parse(new string('[', 64) + new string(']', 64)).AsArray);
        var error = Assert.Throws<FormatException>(() => JsonReader.Parse(new string('[', 70) + new string(']', 70)));
        Assert.Contains("nesting is too deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_values_are_read_with_their_types_and_positions()
    {
        var value = JsonReader.Parse("{\"s\": \"\\u00e9\\u2028\\u003c\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"n\": null, \"t\": true, \"f\": false, \"a\": [1, \"x\"], \"o\": {}, \"i\": 90}");

        Assert.Equal("é\u2028<\"\\/\b\f\n\r\t", value["s"]!.AsString);
        Assert.Null(value["n"]!.Value);
        Assert.Equal(true, value["t"]!.Value);
        Assert.Equal(false, value["f"]!.Value);
        Assert.Equal(2, value["a"]!.AsArray!.Count);
        Assert.Empty(value["o"]!.AsObject!);
        Assert.Equal(90, value["i"]!.AsInt32);
        Assert.Null(value["missing"]);
        Assert.Equal(2, value["a"]!.AsArray![1].Position - value["a"]!.AsArray![0].Position - 1);
    }

    [Fact]
    public void What_the_shared_writer_writes_the_reader_reads_back()
    {
        var text = new JsonText()
            .StartObject()
            .String("plain", "value")
            .String("escaped", "\"quotes\" \\ <tag> & \u2028 \u0001 😀")
            .String("none", null)
            .Number("number", -12)
            .StartArray("empty").EndArray()
            .StartArray("items").String("a").String("b").EndArray()
            .EndObject()
            .ToString();

        var value = JsonReader.Parse(text);

        Assert.Equal("value", value["plain"]!.AsString);
        Assert.Equal("\"quotes\" \\ <tag> & \u2028 \u0001 😀", value["escaped"]!.AsString);
        Assert.Null(value["none"]!.Value);
        Assert.Equal(-12, value["number"]!.AsInt32);
        Assert.Empty(value["empty"]!.AsArray!);
        Assert.Equal(["a", "b"], value["items"]!.AsArray!.Select(i => i.AsString));
    }
}
