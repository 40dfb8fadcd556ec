namespace Governance.Runtime.Tests;

/// <summary>The decision lasts between runs, survives broken files, and never lets opt-in data out on a guess.</summary>
public sealed class ConsentStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "governance-consent-" + Guid.NewGuid().ToString("N"));

    private string ConsentFile => Path.Combine(_directory, "todo", "telemetry.json");

    [Fact]
    public void A_decision_is_stored_and_read_back_by_the_next_run()
    {
        var first = NewClient();
        Assert.Equal(ConsentState.Undecided, first.ConsentState);
        first.OptIn();

        var second = NewClient();
        Assert.Equal(ConsentState.OptedIn, second.ConsentState);
        second.OptOut();

        Assert.Equal(ConsentState.OptedOut, NewClient().ConsentState);
        Assert.Equal(0, first.ConsentStoreFailures + second.ConsentStoreFailures);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(ConsentFile)!, "*.tmp"));
    }

    [Fact]
    public void The_default_file_is_in_the_XDG_config_directory_under_the_product_name()
    {
        var path = FileConsentStore.DefaultPath("Todo CLI", name => name == "XDG_CONFIG_HOME" ? "/home/ada/.cfg" : "/home/ada");
        var fallback = FileConsentStore.DefaultPath("Todo CLI", name => name == "HOME" ? "/home/ada" : null);

        if (OperatingSystem.IsWindows())
        {
            Assert.EndsWith(Path.Combine("Todo CLI", "telemetry.json"), path);
        }
        else
        {
            Assert.Equal("/home/ada/.cfg/Todo CLI/telemetry.json", path);
            Assert.Equal("/home/ada/.config/Todo CLI/telemetry.json", fallback);
            Assert.Equal("/home/ada/.config/a_b/telemetry.json", FileConsentStore.DefaultPath("a/b", name => name == "HOME" ? "/home/ada" : null));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("{\"decision\": \"optedIn\"")]
    [InlineData("{\"decision\": {\"nested\": true}}")]
    [InlineData("{\"decision\": \"optedIn\"} trailing")]
    [InlineData("\u0000\u0001\u0002")]
    public void A_corrupt_file_reads_as_no_decision_and_the_program_still_runs(string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ConsentFile)!);
        File.WriteAllText(ConsentFile, content);
        var sink = new InMemoryTelemetrySink();

        var client = NewClient(sink);
        client.Track(new OptInEvent { Command = "add" });

        Assert.Equal(ConsentState.Undecided, client.ConsentState);
        Assert.Empty(sink.Events);
        client.OptIn();
        Assert.Equal(ConsentState.OptedIn, NewClient().ConsentState);
    }

    [Fact]
    public void An_unreadable_store_counts_as_no_decision()
    {
        var sink = new InMemoryTelemetrySink();
        var client = new TelemetryClient(new TelemetryOptions { Sinks = { sink }, ConsentStore = new BrokenStore(), EnvironmentVariableReader = _ => null });

        client.Track(new OptInEvent { Command = "add" });

        Assert.Equal(ConsentState.Undecided, client.ConsentState);
        Assert.Empty(sink.Events);
        Assert.True(client.ConsentStoreFailures >= 1);
    }

    [Fact]
    public void A_store_that_cannot_save_keeps_the_decision_for_this_run()
    {
        // The consent "directory" is a file, so nothing can be created under it.
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "todo"), "in the way");
        var sink = new InMemoryTelemetrySink();
        var client = NewClient(sink);

        client.OptIn();
        client.Track(new OptInEvent { Command = "add" });

        Assert.Equal(ConsentState.OptedIn, client.ConsentState);
        Assert.Single(sink.Events);
        Assert.Equal(1, client.ConsentStoreFailures);
    }

    [Fact]
    public void The_file_keeps_unknown_fields_out_and_round_trips_every_value()
    {
        var store = new FileConsentStore(ConsentFile);
        var decided = new DateTimeOffset(2026, 11, 27, 10, 30, 0, TimeSpan.Zero);
        var record = new ConsentRecord(ConsentState.OptedOut, decided, decided.AddMinutes(-5), Convert.ToBase64String(new byte[32]));

        store.Save(record);
        var read = store.Load();

        Assert.Equal(record.Decision, read.Decision);
        Assert.Equal(record.DecidedAt, read.DecidedAt);
        Assert.Equal(record.NoticeShownAt, read.NoticeShownAt);
        Assert.Equal(record.InstallationKey, read.InstallationKey);
        Assert.Contains("\"decision\": \"optedOut\"", File.ReadAllText(ConsentFile));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private TelemetryClient NewClient(InMemoryTelemetrySink? sink = null) => new(new TelemetryOptions
    {
        ProductName = "todo",
        Sinks = { sink ?? new InMemoryTelemetrySink() },
        EnvironmentVariableReader = name => name == "XDG_CONFIG_HOME" ? _directory : null,
    });

    private sealed class BrokenStore : IConsentStore
    {
        public ConsentRecord Load() => throw new IOException("disk gone");

        public void Save(ConsentRecord record) => throw new IOException("disk gone");
    }
}
