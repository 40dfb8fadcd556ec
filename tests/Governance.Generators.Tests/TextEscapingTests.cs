using System.Text;
using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Tests;

/// <summary>
/// The two escapers the generated files depend on, byte for byte: the JSON writer (what assemblies carry and documents
/// show) and the C# literal writer (what the generated code says), including text long enough to be escaped in blocks.
/// </summary>
public sealed class TextEscapingTests
{
    private const string Tricky = "plain \"quoted\" back\\slash\n\r\t\b\f\u0001 <tag> & \u007F \u2028\u2029 😀 é end";

    [Fact]
    public void Json_strings_escape_quotes_controls_html_separators_and_surrogates()
    {
        var json = new JsonText(indented: false).StartObject().String("k", Tricky).EndObject().ToString();

        Assert.Equal(
            "{\"k\":\"plain \\\"quoted\\\" back\\\\slash\\n\\r\\t\\b\\f\\u0001 \\u003ctag\\u003e \\u0026 \\u007f \\u2028\\u2029 \\ud83d\\ude00 é end\"}",
            json);
    }

    [Fact]
    public void CSharp_literals_keep_printable_ascii_and_escape_everything_else()
    {
        Assert.Equal(
            "\"plain \\\"quoted\\\" back\\\\slash\\n\\r\\t\\u0008\\u000C\\u0001 <tag> & \\u007F \\u2028\\u2029 \\uD83D\\uDE00 \\u00E9 end\"",
            CSharpLiteral.String(Tricky));
        Assert.Equal("null", CSharpLiteral.String(null));
        Assert.Equal("\"\"", CSharpLiteral.String(string.Empty));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(10_001)]
    public void A_literal_escaped_from_a_builder_equals_the_one_escaped_from_a_string(int repetitions)
    {
        var text = new StringBuilder().Insert(0, Tricky, repetitions).ToString();

        var fromBuilder = CSharpLiteral.AppendString(new StringBuilder("x = "), new StringBuilder(text)).ToString();

        Assert.Equal("x = " + CSharpLiteral.String(text), fromBuilder);
    }
}
