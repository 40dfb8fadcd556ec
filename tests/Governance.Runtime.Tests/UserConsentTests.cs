namespace Governance.Runtime.Tests;

/// <summary>
/// Consent per user (services): each event is decided by the user it is about, after the service-wide gate, and the
/// service-wide switch beats every user's choice.
/// </summary>
public sealed class UserConsentTests
{
    [Fact]
    public void A_user_who_opted_in_gets_opt_in_and_opt_out_events()
    {
        var (client, sink, user) = NewService();
        user.Decision = ConsentState.OptedIn;

        client.Track(new OptInEvent { Command = "add" });
        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.Equal(new[] { "test.opt_in_event", "test.opt_out_event" }, sink.Events.Select(e => e.Name));
    }

    [Fact]
    public void An_opted_out_users_events_are_dropped()
    {
        var (client, sink, user) = NewService(requireNotice: false);
        user.Decision = ConsentState.OptedOut;

        client.Track(new OptInEvent { Command = "add" });
        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.Empty(sink.Events);
        Assert.Equal(2, user.Calls);
    }

    [Fact]
    public void An_undecided_user_gets_no_opt_in_events_and_opt_out_events_only_when_the_service_waives_the_notice()
    {
        var (strict, strictSink, strictUser) = NewService();
        strictUser.Decision = ConsentState.Undecided;
        strict.Track(new OptInEvent { Command = "add" });
        strict.Track(new OptOutEvent { DurationMs = 1 });
        Assert.Empty(strictSink.Events);

        var (informed, informedSink, informedUser) = NewService(requireNotice: false);
        informedUser.Decision = ConsentState.Undecided;
        informed.Track(new OptInEvent { Command = "add" });
        informed.Track(new OptOutEvent { DurationMs = 1 });
        Assert.Equal("test.opt_out_event", Assert.Single(informedSink.Events).Name);
    }

    [Fact]
    public void Each_event_is_decided_by_the_user_it_is_about()
    {
        var (client, sink, user) = NewService();
        user.Decision = ConsentState.OptedIn;
        client.Track(new OptInEvent { Command = "first" });
        user.Decision = ConsentState.OptedOut;
        client.Track(new OptInEvent { Command = "second" });
        user.Decision = ConsentState.OptedIn;
        client.Track(new OptInEvent { Command = "third" });

        Assert.Equal(new object?[] { "first", "third" }, sink.Events.Select(e => e.Fields["command"]));
    }

    [Theory]
    [InlineData("DO_NOT_TRACK")]
    [InlineData("SERVICE_TELEMETRY_OPTOUT")]
    public void The_service_wide_switch_beats_every_users_opt_in_and_asks_no_user(string variable)
    {
        var (client, sink, user) = NewService(environment: name => name == variable ? "1" : null);
        user.Decision = ConsentState.OptedIn;

        client.Track(new OptInEvent { Command = "add" });
        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.True(client.IsOptedOutByEnvironment);
        Assert.Empty(sink.Events);
        Assert.Equal(0, user.Calls);
    }

    [Fact]
    public void The_process_opt_out_beats_every_users_opt_in()
    {
        var (client, sink, user) = NewService();
        user.Decision = ConsentState.OptedIn;
        client.OptOut();

        client.Track(new OptInEvent { Command = "add" });

        Assert.Empty(sink.Events);
        Assert.Equal(0, user.Calls);
    }

    [Fact]
    public void With_a_resolver_the_process_needs_no_opt_in_of_its_own()
    {
        // The process has no decision and showed no notice: the users' decisions are what counts.
        var (client, sink, user) = NewService();
        user.Decision = ConsentState.OptedIn;

        Assert.Equal(ConsentState.Undecided, client.ConsentState);
        client.Track(new OptInEvent { Command = "add" });

        Assert.Single(sink.Events);
    }

    [Fact]
    public void A_resolver_that_throws_drops_the_event_and_is_counted()
    {
        var sink = new InMemoryTelemetrySink();
        var client = new TelemetryClient(new TelemetryOptions
        {
            Sinks = { sink },
            ConsentStore = new InMemoryConsentStore(),
            EnvironmentVariableReader = _ => null,
            ConsentResolver = new ThrowingResolver(),
        });

        client.Track(new OptInEvent { Command = "add" });
        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.Empty(sink.Events);
        Assert.Equal(2, client.ConsentResolverFailures);
    }

    [Fact]
    public void A_user_who_did_not_agree_costs_no_allocation()
    {
        var (client, _, user) = NewService();
        user.Decision = ConsentState.OptedOut;
        var evt = new OptInEvent { Command = "add" };
        var structEvent = new StructEvent { Value = 1.5 };
        client.Track(evt);
        client.Track(structEvent);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            client.Track(evt);
            client.Track(structEvent);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(2002, user.Calls);
    }

    private static (TelemetryClient Client, InMemoryTelemetrySink Sink, SettableResolver User) NewService(bool requireNotice = true, Func<string, string?>? environment = null)
    {
        var sink = new InMemoryTelemetrySink();
        var user = new SettableResolver();
        var client = new TelemetryClient(new TelemetryOptions
        {
            ProductName = "service",
            OptOutEnvironmentVariable = "SERVICE_TELEMETRY_OPTOUT",
            Sinks = { sink },
            ConsentStore = new InMemoryConsentStore(),
            RequireNotice = requireNotice,
            EnvironmentVariableReader = environment ?? (_ => null),
            ConsentResolver = user,
        });
        return (client, sink, user);
    }

    /// <summary>Stands for "the current user": the test sets whose event is tracked next.</summary>
    private sealed class SettableResolver : ITelemetryConsentResolver
    {
        public ConsentState Decision { get; set; }

        public int Calls { get; private set; }

        public ConsentState Resolve(TelemetryEventDescriptor descriptor)
        {
            Calls++;
            return Decision;
        }
    }

    private sealed class ThrowingResolver : ITelemetryConsentResolver
    {
        public ConsentState Resolve(TelemetryEventDescriptor descriptor) => throw new InvalidOperationException("preferences store down");
    }
}
