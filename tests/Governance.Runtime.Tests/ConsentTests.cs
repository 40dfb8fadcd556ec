namespace Governance.Runtime.Tests;

/// <summary>The consent gate: opt-in needs a yes, opt-out honours a no, and the environment always wins.</summary>
public sealed class ConsentTests
{
    [Fact]
    public void Opt_in_events_are_not_sent_until_the_user_opts_in()
    {
        var (client, sink) = NewClient();

        client.Track(new OptInEvent { Command = "add" });
        Assert.Empty(sink.Events);

        client.OptIn();
        client.Track(new OptInEvent { Command = "add" });

        var recorded = Assert.Single(sink.Events);
        Assert.Equal("test.opt_in_event", recorded.Name);
        Assert.Equal("add", recorded.Fields["command"]);
        Assert.False(recorded.Fields.ContainsKey("not_sent"));
    }

    [Fact]
    public void Opt_out_events_are_sent_until_the_user_opts_out()
    {
        var (client, sink) = NewClient();

        client.Track(new OptOutEvent { DurationMs = 5 });
        client.OptOut();
        client.Track(new OptOutEvent { DurationMs = 6 });
        client.Track(new OptInEvent { Command = "add" });

        var recorded = Assert.Single(sink.Events);
        Assert.Equal(5, recorded.Fields["duration_ms"]);
    }

    [Theory]
    [InlineData("DO_NOT_TRACK", "1")]
    [InlineData("DO_NOT_TRACK", "true")]
    [InlineData("DO_NOT_TRACK", " YES ")]
    [InlineData("TODO_TELEMETRY_OPTOUT", "1")]
    [InlineData("TODO_TELEMETRY_OPTOUT", "True")]
    public void Environment_opt_out_wins_over_an_opt_in(string variable, string value)
    {
        var (client, sink) = NewClient(new Dictionary<string, string> { [variable] = value });

        client.OptIn();
        client.Track(new OptInEvent { Command = "add" });
        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.True(client.IsOptedOutByEnvironment);
        Assert.Empty(sink.Events);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("")]
    [InlineData("no")]
    public void Other_values_of_the_variables_are_not_an_opt_out(string value)
    {
        var (client, sink) = NewClient(new Dictionary<string, string> { ["DO_NOT_TRACK"] = value, ["TODO_TELEMETRY_OPTOUT"] = value });

        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.False(client.IsOptedOutByEnvironment);
        Assert.Single(sink.Events);
    }

    [Fact]
    public void An_environment_that_cannot_be_read_counts_as_an_opt_out()
    {
        var sink = new InMemoryTelemetrySink();
        var client = new TelemetryClient(new TelemetryOptions
        {
            ProductName = "todo",
            Sinks = { sink },
            ConsentStore = new InMemoryConsentStore(),
            EnvironmentVariableReader = _ => throw new System.Security.SecurityException("denied"),
        });

        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.True(client.IsOptedOutByEnvironment);
        Assert.Empty(sink.Events);
    }

    [Fact]
    public void A_null_event_or_client_is_ignored()
    {
        var (client, sink) = NewClient();

        client.Track((OptOutEvent)null!);
        ((TelemetryClient)null!).Track(new OptOutEvent());

        Assert.Empty(sink.Events);
    }

    /// <summary>A client for a returning user: the first-run notice was shown on an earlier run, no decision yet.</summary>
    internal static (TelemetryClient Client, InMemoryTelemetrySink Sink) NewClient(IReadOnlyDictionary<string, string>? environment = null)
    {
        var sink = new InMemoryTelemetrySink();
        var client = new TelemetryClient(new TelemetryOptions
        {
            ProductName = "todo",
            OptOutEnvironmentVariable = "TODO_TELEMETRY_OPTOUT",
            Sinks = { sink },
            ConsentStore = new InMemoryConsentStore(ConsentRecord.Empty.WithNoticeShown(DateTimeOffset.UtcNow.AddDays(-1))),
            EnvironmentVariableReader = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
        });
        return (client, sink);
    }
}
