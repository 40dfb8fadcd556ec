namespace Governance.Runtime.Tests;

/// <summary>
/// Faults while many threads track at once: sinks that throw or block, consent changing under the trackers, two
/// programs deciding at once, a full disk. No exception escapes, nothing deadlocks, and every event is counted.
/// </summary>
public sealed class RuntimeFaultTests : IDisposable
{
    private const int Threads = 8;
    private const int EventsPerThread = 5_000;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "governance-faults-" + Guid.NewGuid().ToString("N"));

    private string ConsentFile => Path.Combine(_directory, "telemetry.json");

    [Fact]
    public async Task Throwing_sinks_under_concurrent_tracking_lose_no_count()
    {
        var thrower = new EveryThirdCallThrows();
        var counter = new CountingSink();
        var client = NewClient(new InMemoryConsentStore(), thrower, counter);

        await TrackOnManyThreads(i => client.Track(new OptOutEvent { DurationMs = i })).WaitAsync(Deadline);

        const int total = Threads * EventsPerThread;
        Assert.Equal(total, thrower.Calls);
        Assert.Equal(total, counter.Count); // a throwing sink costs its own event, not the other sinks'
        Assert.Equal(thrower.Throws, client.SinkFailures);
        Assert.Equal(total / 3, thrower.Throws);
    }

    [Fact]
    public async Task A_blocked_sink_behind_the_queue_blocks_no_tracking_thread_and_every_event_is_accounted_for()
    {
        using var release = new ManualResetEventSlim();
        var blocked = new BlockingSink(release);
        var background = new BackgroundTelemetrySink(blocked, capacity: 64);
        var client = NewClient(new InMemoryConsentStore(), background);

        await TrackOnManyThreads(i => client.Track(new OptOutEvent { DurationMs = i })).WaitAsync(Deadline);

        // The queue is full (64) and the worker holds at most one more in the blocked sink; every other event was dropped.
        Assert.Equal(Threads * EventsPerThread, background.Written);
        Assert.Equal(0, background.Delivered);
        Assert.Equal(0, background.Failed);
        Assert.InRange(background.Pending, 64, 65);
        Assert.Equal(background.Written - background.Pending, background.Dropped);

        // Disposing waits only the time it is given, even while the sink is still blocked: what was queued is counted
        // as dropped, and so is an event tracked afterwards.
        await Task.Run(() => background.Dispose(TimeSpan.FromMilliseconds(200))).WaitAsync(Deadline);
        client.Track(new OptOutEvent { DurationMs = -1 });
        Assert.Equal(Threads * EventsPerThread + 1, background.Written);
        Assert.Equal(0, background.Delivered);
        Assert.InRange(background.Pending, 0, 1);
        Assert.Equal(background.Written - background.Pending, background.Dropped);
        release.Set();
    }

    [Fact]
    public async Task Consent_changing_while_threads_track_never_throws_deadlocks_or_leaks_after_the_opt_out()
    {
        var counter = new CountingSink();
        var client = NewClient(new FileConsentStore(ConsentFile), counter);
        var toggling = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                if (i % 2 == 0)
                {
                    client.OptIn();
                }
                else
                {
                    client.OptOut();
                }
            }
        });
        var tracking = TrackOnManyThreads(i => client.Track(new OptInEvent { Command = "add" }));
        await Task.WhenAll(toggling, tracking).WaitAsync(Deadline);

        client.OptOut();
        var sent = counter.Count;
        Assert.InRange(sent, 0, Threads * EventsPerThread);
        await TrackOnManyThreads(i => client.Track(new OptInEvent { Command = "add" })).WaitAsync(Deadline);
        Assert.Equal(sent, counter.Count);
        Assert.Equal(0, client.SinkFailures);
        Assert.Equal(0, client.ConsentStoreFailures);
        Assert.Equal(ConsentState.OptedOut, new FileConsentStore(ConsentFile).Load().Decision);
    }

    [Fact]
    public async Task Two_programs_deciding_at_once_never_leave_a_broken_consent_file()
    {
        // Two clients over one file stand for two processes of the same product.
        var first = NewClient(new FileConsentStore(ConsentFile), new CountingSink());
        var second = NewClient(new FileConsentStore(ConsentFile), new CountingSink());

        await Task.WhenAll(
            Task.Run(() => { for (var i = 0; i < 200; i++) { first.OptIn(); } }),
            Task.Run(() => { for (var i = 0; i < 200; i++) { second.OptOut(); } })).WaitAsync(Deadline);

        // Losing a race to replace the file is a counted store failure, never an exception or a torn file.
        var stored = new FileConsentStore(ConsentFile).Load().Decision;
        Assert.Contains(stored, new[] { ConsentState.OptedIn, ConsentState.OptedOut });
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));
        Assert.Equal(ConsentState.OptedIn, first.ConsentState);
        Assert.Equal(ConsentState.OptedOut, second.ConsentState);
    }

    [Fact]
    public void A_full_disk_keeps_the_decision_for_this_run_and_the_previous_one_on_disk()
    {
        NewClient(new FileConsentStore(ConsentFile), new CountingSink()).OptOut();
        var counter = new CountingSink();
        var client = NewClient(new FullDisk(new FileConsentStore(ConsentFile)), counter);
        Assert.Equal(ConsentState.OptedOut, client.ConsentState);

        client.OptIn();
        client.Track(new OptInEvent { Command = "add" });

        Assert.Equal(ConsentState.OptedIn, client.ConsentState);
        Assert.Equal(1, counter.Count);
        Assert.Equal(1, client.ConsentStoreFailures);
        Assert.Equal(ConsentState.OptedOut, new FileConsentStore(ConsentFile).Load().Decision); // the next run asks again
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static TelemetryClient NewClient(IConsentStore store, params ITelemetrySink[] sinks)
    {
        var options = new TelemetryOptions { RequireNotice = false, ConsentStore = store, EnvironmentVariableReader = _ => null };
        foreach (var sink in sinks)
        {
            options.Sinks.Add(sink);
        }

        return new TelemetryClient(options);
    }

    /// <summary>Runs <paramref name="track"/> <see cref="EventsPerThread"/> times on each of <see cref="Threads"/> threads, all released at once.</summary>
    private static async Task TrackOnManyThreads(Action<int> track)
    {
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                for (var i = 0; i < EventsPerThread; i++)
                {
                    track(i);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        await Task.WhenAll(threads);
    }

    private sealed class CountingSink : ITelemetrySink
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields => Interlocked.Increment(ref _count);
    }

    private sealed class EveryThirdCallThrows : ITelemetrySink
    {
        private long _calls;
        private long _throws;

        public long Calls => Interlocked.Read(ref _calls);

        public long Throws => Interlocked.Read(ref _throws);

        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields
        {
            if (Interlocked.Increment(ref _calls) % 3 == 0)
            {
                Interlocked.Increment(ref _throws);
                throw new InvalidOperationException("the collector is down");
            }
        }
    }

    private sealed class BlockingSink(ManualResetEventSlim release) : ITelemetrySink
    {
        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields => release.Wait();
    }

    /// <summary>A store on a disk with no space left: reading works, every write fails as the OS reports ENOSPC.</summary>
    private sealed class FullDisk(IConsentStore inner) : IConsentStore
    {
        public ConsentRecord Load() => inner.Load();

        public void Save(ConsentRecord record) => throw new IOException("No space left on device", 28);
    }
}
