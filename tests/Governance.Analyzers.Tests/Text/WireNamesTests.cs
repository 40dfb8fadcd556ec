using Governance.CodeAnalysis.Naming;

namespace Governance.Analyzers.Tests.Text;

/// <summary>The rules ask whether a declared wire name is the default one without building the default: both must agree.</summary>
public sealed class WireNamesTests
{
    [Theory]
    [InlineData("DurationMs", "duration_ms", true)]
    [InlineData("DurationMs", "duration_m", false)]
    [InlineData("DurationMs", "duration_mss", false)]
    [InlineData("DurationMs", "durationms", false)]
    [InlineData("DurationMs", "Duration_ms", false)]
    [InlineData("HTTPStatusCode", "http_status_code", true)]
    [InlineData("IPv4Address", "ipv4_address", true)]
    [InlineData("already_snake", "already_snake", true)]
    [InlineData("Größe", "größe", true)]
    [InlineData("_", "_", true)]
    [InlineData("_", "", false)]
    public void A_wire_name_is_the_default_exactly_when_it_equals_the_snake_case_name(string property, string wireName, bool isDefault)
    {
        Assert.Equal(isDefault, WireNames.IsDefault(wireName, property));
        Assert.Equal(isDefault, WireNames.FromPropertyName(property) == wireName);
    }

    [Fact]
    public void A_long_property_name_is_written_whole()
    {
        var property = string.Concat(Enumerable.Repeat("WordAnd", 40));
        var expected = string.Join("_", Enumerable.Repeat("word_and", 40));
        Assert.Equal(expected, WireNames.FromPropertyName(property));
        Assert.True(WireNames.IsDefault(expected, property));
    }
}
