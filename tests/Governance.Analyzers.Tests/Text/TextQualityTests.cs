using Governance.Analyzers.Infrastructure;

namespace Governance.Analyzers.Tests.Text;

/// <summary>
/// The text checks read descriptions and purposes in place (ranges, case-insensitive comparisons) rather than through
/// trimmed and lower-cased copies: these cases pin what the copies decided.
/// </summary>
public sealed class TextQualityTests
{
    [Theory]
    [InlineData("Duration ms", "DurationMs", "has a description that only repeats its name")]
    [InlineData("  The DURATION ms. ", "DurationMs", "has a description that only repeats its name")]
    [InlineData("cli command run", "cli.command_run", "has a description that only repeats its name")]
    [InlineData("Duration in ms", "DurationMs", null)]
    [InlineData("Durationms and more", "DurationMs", null)]
    [InlineData("Duration", "DurationMs", "has a description of only 1 word (at least 2 are needed)")]
    [InlineData("Don't know", "DontKnow", null)]
    [InlineData("The a an", "DurationMs", null)]
    [InlineData("Time spent", "", null)]
    [InlineData("TODO: say what this holds, in words", "DurationMs", "has a placeholder description ('TODO: say what this holds, in words')")]
    [InlineData("Todoist account the user linked", "DurationMs", null)]
    [InlineData("  N/A. ", "DurationMs", "has a placeholder description ('N/A.')")]
    [InlineData("Self-Explanatory!", "DurationMs", "has a placeholder description ('Self-Explanatory!')")]
    [InlineData("...", "DurationMs", "has a placeholder description ('...')")]
    [InlineData("xxx-yyy zzz", "DurationMs", "has a placeholder description ('xxx-yyy zzz')")]
    [InlineData("   ", "DurationMs", "has an empty description")]
    [InlineData("Milliseconds the command took, from start to its last output line on screen", "DurationMs", null)]
    public void A_description_is_judged_as_written(string text, string name, string? problem)
    {
        Assert.Equal(problem, TextQuality.FindProblem(text, argumentPresent: true, "description", minWords: 2, name));
    }

    [Fact]
    public void A_missing_text_has_none()
    {
        Assert.Equal("has no purpose", TextQuality.FindProblem(null, argumentPresent: true, "purpose", minWords: 2, "a.b"));
        Assert.Equal("has no purpose", TextQuality.FindProblem("Why", argumentPresent: false, "purpose", minWords: 2, "a.b"));
    }
}
