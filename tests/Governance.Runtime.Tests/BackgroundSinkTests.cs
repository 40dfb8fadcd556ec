namespace Governance.Runtime.Tests;

/// <summary>Slow, hanging and failing sinks never block or break the program, and every event is accounted for.</summary>
public sealed class BackgroundSinkTests
{
    /// <summary>How long a step may take before the test calls it hung: far beyond any normal run, never a speed target.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_hanging_sink_blocks_nothing_and_drops_are_counted()
    {
        using var release = new ManualResetEventSlim();
        var hanging = new HangingSink(release);
        var background = new BackgroundTelemetrySink(hanging, capacity: 4);
        var client = NewClient(background);

        // The sink stays blocked throughout: if tracking waited for it, this would never finish.
        var tracking = Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                client.Track(new OptOutEvent { DurationMs = i });
            }
        });
        await tracking.WaitAsync(Deadline); // throws TimeoutException if tracking is blocked
        Assert.True(hanging.Entered.Wait(Deadline));

        // The worker holds one event in the hanging sink and the queue at most four more; the rest were dropped.
        Assert.Equal(50, background.Written);
        Assert.Equal(0, background.Delivered);
        Assert.Equal(0, background.Failed);
        Assert.InRange(background.Pending, 1, 5);
        Assert.Equal(50 - background.Pending, background.Dropped);
        Assert.False(background.Flush(TimeSpan.FromMilliseconds(100))); // false whatever the time given: the sink never returns

        var pending = background.Pending;
        release.Set();
        Assert.True(background.Flush(Deadline));
        Assert.Equal(0, background.Pending);
        Assert.Equal(pending, background.Delivered);
        Assert.Equal(50, background.Delivered + background.Dropped);
        background.Dispose();
    }

    [Fact]
    public void Failures_of_the_inner_sink_are_counted_and_values_arrive_intact()
    {
        var recorder = new InMemoryTelemetrySink();
        var flaky = new FlakySink(recorder);
        using var background = new BackgroundTelemetrySink(flaky);
        var client = NewClient(background);

        for (var i = 0; i < 10; i++)
        {
            client.Track(new OptOutEvent { DurationMs = i, Succeeded = true, Result = SyncResult.Failed, Count = i < 5 ? null : i });
        }

        Assert.True(background.Flush(Deadline));
        Assert.Equal(5, background.Failed);
        Assert.Equal(5, background.Delivered);
        Assert.Equal(0, client.SinkFailures);
        var replayed = recorder.Events.Select(e => e.Fields).ToList();
        Assert.All(replayed, f => Assert.IsType<int>(f["duration_ms"]));
        Assert.Contains(replayed, f => f["count"] is long);
        Assert.All(replayed, f => Assert.Equal("Failed", f["result"]));
    }

    [Fact]
    public void Concurrent_tracking_from_many_threads_loses_no_count()
    {
        var recorder = new InMemoryTelemetrySink();
        var background = new BackgroundTelemetrySink(recorder, capacity: 100_000);
        var client = NewClient(background);

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                client.Track(new OptOutEvent { DurationMs = i });
            }
        });

        Assert.True(background.Flush(Deadline));
        background.Dispose();
        Assert.Equal(16_000, background.Written);
        Assert.Equal(16_000, background.Delivered);
        Assert.Equal(16_000, recorder.Events.Count);
    }

    [Fact]
    public void After_dispose_events_are_dropped_and_counted()
    {
        var background = new BackgroundTelemetrySink(new InMemoryTelemetrySink());
        var client = NewClient(background);
        background.Dispose();

        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.Equal(1, background.Dropped);
        Assert.Equal(0, background.Pending);
    }

    private static TelemetryClient NewClient(ITelemetrySink sink) =>
        new(new TelemetryOptions { Sinks = { sink }, RequireNotice = false, ConsentStore = new InMemoryConsentStore(), EnvironmentVariableReader = _ => null });

    private sealed class HangingSink(ManualResetEventSlim release) : ITelemetrySink
    {
        public ManualResetEventSlim Entered { get; } = new();

        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields
        {
            Entered.Set();
            release.Wait();
        }
    }

    private sealed class FlakySink(ITelemetrySink inner) : ITelemetrySink
    {
        private int _calls;

        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields
        {
            if (Interlocked.Increment(ref _calls) % 2 == 0)
            {
                throw new IOException("network down");
            }

            inner.Write(descriptor, in fields);
        }
    }
}
