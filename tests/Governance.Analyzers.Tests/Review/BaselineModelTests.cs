using Governance.CodeAnalysis.Baseline;
using Governance.CodeAnalysis.Text;

namespace Governance.Analyzers.Tests.Review;

/// <summary>The baseline file format, the comparison and the changes document, shared by the analyzer, the fix and the build task.</summary>
public sealed class BaselineModelTests
{
    private static ReviewedEvent Event(int retention = 30, params ReviewedField[] fields) =>
        new("app.saved", "Learn what people save.", retention, "optIn", "team", fields);

    [Fact]
    public void The_file_is_stable_and_round_trips()
    {
        var baseline = new ReviewedBaseline([
            new ReviewedEvent("b.second", "Second.", 30, "optOut", "team", [new ReviewedField("z", "Z", "technical"), new ReviewedField("a", "A", "personal")]),
            new ReviewedEvent("a.first", "First \"quoted\" <b>.", 7, "optIn", "restricted", []),
        ]);

        var text = baseline.Write();
        var again = ReviewedBaseline.Read(text);

        Assert.Equal(text, again.Write());
        Assert.Equal(new[] { "a.first", "b.second" }, again.Events.Select(e => e.Name));
        Assert.Equal(new[] { "a", "z" }, again.Events[1].Fields.Select(f => f.Name));
        Assert.Equal("First \"quoted\" <b>.", again.Events[0].Purpose);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void An_event_that_opts_out_of_the_context_is_recorded_so_and_one_that_does_not_is_written_as_before()
    {
        var baseline = new ReviewedBaseline([
            new ReviewedEvent("a.first", "First.", 7, "optIn", "team", [], includesContext: false),
            new ReviewedEvent("b.second", "Second.", 7, "optIn", "team", []),
        ]);

        var text = baseline.Write();
        var again = ReviewedBaseline.Read(text);

        Assert.Equal(text, again.Write());
        Assert.Equal(new[] { false, true }, again.Events.Select(e => e.IncludesContext));
        Assert.Single(text.Split('\n'), line => line.Contains("\"includesContext\": false", StringComparison.Ordinal));
        Assert.DoesNotContain("\"includesContext\": true", text, StringComparison.Ordinal);
        Assert.Equal("an event's 'includesContext' is not true or false", Assert.Throws<FormatException>(() => ReviewedBaseline.Read(
            "{\"baselineVersion\": 1, \"events\": [{\"name\": \"a.b\", \"purpose\": \"P.\", \"retentionDays\": 1, \"consent\": \"optIn\", \"access\": \"team\", \"includesContext\": \"no\", \"fields\": []}]}")).Message);
    }

    [Fact]
    public void Opting_out_of_the_context_and_back_in_are_changes_described_for_the_reviewer()
    {
        var carries = Event(30);
        var optsOut = new ReviewedEvent("app.saved", "Learn what people save.", 30, "optIn", "team", [], includesContext: false);

        var stops = Assert.Single(BaselineComparer.Compare(carries, optsOut));
        var starts = Assert.Single(BaselineComparer.Compare(optsOut, carries));

        Assert.Equal(ReviewedChangeKind.ContextInclusionChanged, stops.Kind);
        Assert.Equal("event 'app.saved' no longer carries the common context (IncludeContext = false): it stops sending the context's fields", stops.Describe());
        Assert.Equal("event 'app.saved' carries the common context again: it sends the context's fields too", starts.Describe());
        Assert.Contains("- Event 'app.saved' no longer carries the common context (IncludeContext = false): it stops sending the context's fields\n",
            TelemetryChangesWriter.Write(new ReviewedBaseline([carries]), [optsOut], baselineUpdated: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "the file is not a JSON object")]
    [InlineData("{\"baselineVersion\": 2, \"events\": []}", "baselineVersion must be 1")]
    [InlineData("{\"baselineVersion\": 1}", "'events' must be an array")]
    [InlineData("{\"baselineVersion\": 1, \"events\": [{\"name\": \"a.b\"}]}", "an event has no 'fields' array")]
    [InlineData("{\"baselineVersion\": 1, \"events\": [], }", "expected '\"' at line 1, column 38")]
    public void A_file_that_is_not_a_baseline_says_why(string text, string problem)
    {
        var error = Assert.Throws<FormatException>(() => ReviewedBaseline.Read(text));
        Assert.Equal(problem, error.Message);
    }

    [Fact]
    public void A_renamed_field_that_also_changed_class_is_two_changes()
    {
        var changes = BaselineComparer.Compare(
            Event(30, new ReviewedField("user", "User", "technical")),
            Event(60, new ReviewedField("account", "User", "identifier")));

        Assert.Equal(
            new[]
            {
                "retention of 'app.saved' changed 30 → 60 days",
                "field 'user' of 'app.saved' was renamed to 'account'",
                "field 'account' of 'app.saved' changed data class technical → identifier",
            },
            changes.Select(c => c.Describe()));
    }

    [Fact]
    public void The_changes_document_lists_each_change_and_says_what_to_do()
    {
        var reviewed = new ReviewedBaseline([Event(30, new ReviewedField("count", "Count", "technical")), new ReviewedEvent("app.gone", "Gone.", 1, "optIn", "team", [])]);
        var current = new[] { Event(30, new ReviewedField("count", "Count", "personal")) };

        var document = TelemetryChangesWriter.Write(reviewed, current, baselineUpdated: false);

        Assert.Equal(
            "# Telemetry changes\n\n2 changes against the reviewed baseline (telemetry.reviewed.json):\n\n"
            + "- Field 'count' of 'app.saved' changed data class technical → personal\n"
            + "- Event 'app.gone' was removed\n\n"
            + "To accept them after review, run: dotnet build -p:GovernanceUpdateBaseline=true, and commit telemetry.reviewed.json.\n",
            document);
        Assert.Contains("No telemetry changes", TelemetryChangesWriter.Write(new ReviewedBaseline(current), current, baselineUpdated: false), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_reader_rejects_what_json_does_not_allow()
    {
        Assert.Throws<FormatException>(() => JsonReader.Parse("{\"a\": 1,}"));
        Assert.Throws<FormatException>(() => JsonReader.Parse("{'a': 1}"));
        Assert.Throws<FormatException>(() => JsonReader.Parse("\"tab\there\""));
        Assert.Throws<FormatException>(() => JsonReader.Parse("[1] 2"));
        Assert.Equal("é\u2028<", JsonReader.Parse("\"\\u00e9\\u2028\\u003c\"").AsString);
    }
}
