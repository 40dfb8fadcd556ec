namespace Governance.Runtime.Tests;

/// <summary>The first-run notice: opt-out events wait for an informed user, and the notice says what they need to know.</summary>
public sealed class NoticeTests
{
    private static readonly IReadOnlyList<TelemetryEventDescriptor> Events = [OptOutEvent.TelemetryDescriptor, OptInEvent.TelemetryDescriptor];

    [Fact]
    public void Nothing_is_sent_on_the_run_that_shows_the_notice_and_opt_out_events_start_on_the_next()
    {
        var store = new InMemoryConsentStore();
        var (first, firstSink) = NewClient(store);

        first.Track(new OptOutEvent { DurationMs = 1 });
        Assert.True(first.ShowNoticeIfNeeded(new StringWriter()));
        first.Track(new OptOutEvent { DurationMs = 2 });
        Assert.Empty(firstSink.Events);
        Assert.NotNull(store.Load().NoticeShownAt);

        var (second, secondSink) = NewClient(store);
        Assert.False(second.ShowNoticeIfNeeded(new StringWriter()));
        second.Track(new OptOutEvent { DurationMs = 3 });
        second.Track(new OptInEvent { Command = "add" });

        var recorded = Assert.Single(secondSink.Events);
        Assert.Equal(3, recorded.Fields["duration_ms"]);
    }

    [Fact]
    public void An_explicit_opt_in_counts_as_an_informed_decision()
    {
        var (client, sink) = NewClient(new InMemoryConsentStore());

        client.OptIn();
        client.Track(new OptOutEvent { DurationMs = 1 });
        client.Track(new OptInEvent { Command = "add" });

        Assert.Equal(2, sink.Events.Count);
        Assert.False(client.ShowNoticeIfNeeded(new StringWriter()));
    }

    [Fact]
    public void The_notice_is_not_shown_in_CI_unless_forced()
    {
        var (client, sink) = NewClient(new InMemoryConsentStore(), new Dictionary<string, string> { ["CI"] = "true" });
        var output = new StringWriter();

        Assert.False(client.ShowNoticeIfNeeded(output));
        Assert.Equal(string.Empty, output.ToString());
        Assert.True(client.ShowNoticeIfNeeded(output, force: true));
        Assert.NotEqual(string.Empty, output.ToString());
    }

    [Fact]
    public void The_notice_is_not_shown_into_redirected_console_output()
    {
        var (client, _) = NewClient(new InMemoryConsentStore());

        // The test host captures the console, so its output is redirected.
        Assert.True(Console.IsOutputRedirected);
        Assert.False(client.ShowNoticeIfNeeded(Console.Out));
    }

    [Fact]
    public void The_notice_is_not_shown_when_the_user_already_decided_or_the_environment_opts_out()
    {
        var (optedOut, _) = NewClient(new InMemoryConsentStore(ConsentRecord.Empty.WithDecision(ConsentState.OptedOut, DateTimeOffset.UtcNow)));
        var (doNotTrack, _) = NewClient(new InMemoryConsentStore(), new Dictionary<string, string> { ["DO_NOT_TRACK"] = "1" });

        Assert.False(optedOut.ShowNoticeIfNeeded(new StringWriter(), force: true));
        Assert.False(doNotTrack.ShowNoticeIfNeeded(new StringWriter(), force: true));
    }

    [Fact]
    public void The_notice_says_what_is_collected_why_how_long_and_how_to_turn_it_off()
    {
        var (client, _) = NewClient(new InMemoryConsentStore());
        var output = new StringWriter();

        client.ShowNoticeIfNeeded(output);
        var notice = output.ToString();

        Assert.Equal(client.NoticeText, notice);
        Assert.Equal(
            """
            Telemetry
            ---------
            todo collects usage data (telemetry). Nothing has been sent yet, and nothing will be sent during this run.

            From the next run, unless you turn it off (1 kind of event):
              - Technical facts about the program and the computer it runs on, such as versions, durations and error codes.
            Only if you agree (1 kind of event):
              - How you use the program: commands run, features used, settings chosen.

            Why it is collected:
              - An opt-out event with value-type fields for runtime tests.
              - An opt-in event with a string field for runtime tests.

            Never sent: anything classified as personal or sensitive data, such as names, contact details, free text, locations, health or credentials.
            Kept for 30 days after it is received, then deleted. Who can see it: Product team.

            To turn telemetry off: run 'todo telemetry off', or set TODO_TELEMETRY_OPTOUT=1 or DO_NOT_TRACK=1.
            To agree to the data that needs your consent: run 'todo telemetry on'.
            To read every kind of event with its purpose and fields: run 'todo telemetry show'.
            To see the identifier to quote when you ask for your data or its deletion: run 'todo telemetry id'.

            """.ReplaceLineEndings("\n"),
            notice);
    }

    [Fact]
    public void Without_a_notice_requirement_opt_out_events_are_sent_from_the_first_run()
    {
        var (client, sink) = NewClient(new InMemoryConsentStore(), requireNotice: false);

        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.Single(sink.Events);
    }

    private static (TelemetryClient Client, InMemoryTelemetrySink Sink) NewClient(IConsentStore store, IReadOnlyDictionary<string, string>? environment = null, bool requireNotice = true)
    {
        var sink = new InMemoryTelemetrySink();
        var client = new TelemetryClient(new TelemetryOptions
        {
            ProductName = "todo",
            OptOutEnvironmentVariable = "TODO_TELEMETRY_OPTOUT",
            OptOutCommand = "todo telemetry off",
            OptInCommand = "todo telemetry on",
            ShowCommand = "todo telemetry show",
            InstallationIdCommand = "todo telemetry id",
            Sinks = { sink },
            ConsentStore = store,
            RequireNotice = requireNotice,
            Events = Events,
            EnvironmentVariableReader = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
        });
        return (client, sink);
    }
}
