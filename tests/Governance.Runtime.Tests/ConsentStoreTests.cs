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
    [InlineData("")] // empty
    [InlineData("  \n")]
    [InlineData("not json at all")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("{\"decision\": \"optedIn\"")] // truncated
    [InlineData("{\"decision\": \"opted")]
    [InlineData("{\"decision\": \"optedIn\"} trailing")]
    [InlineData("{\"decision\": \"optedIn\",}")]
    [InlineData("{\"decision\": \"optedIn\", \"decidedAt\": +1}")] // not JSON: a leading plus, a leading zero
    [InlineData("{\"decision\": \"optedIn\", \"decidedAt\": 01}")]
    [InlineData("{\"decision\": \"optedOut\", \"decision\": \"optedIn\"}")] // duplicate keys: which one was meant?
    [InlineData("{\"decision\": {\"nested\": true}}")] // wrong types
    [InlineData("{\"decision\": [\"optedIn\"]}")]
    [InlineData("{\"decision\": true}")]
    [InlineData("{\"decision\": 1}")]
    [InlineData("{\"decision\": null}")]
    [InlineData("{\"decision\": \"OptedIn\"}")]
    [InlineData("[\"optedIn\"]")]
    [InlineData("\"optedIn\"")]
    [InlineData("{\"decision\": \"optedIn\", \"x\": [[{\"y\": }]]}")] // nested garbage
    [InlineData("{\"decision\": \"optedIn\", \"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")]
    [InlineData("{\"decision\": \"optedIn\" /* comment */}")]
    [InlineData("\uFEFF\uFEFF{\"decision\": \"optedIn\"}")] // a second byte order mark is text, not JSON
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
    public void The_file_has_a_fixed_layout_and_round_trips_every_value()
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
        Assert.Equal(
            "{\n  \"decision\": \"optedOut\",\n  \"decidedAt\": \"2026-11-27T10:30:00Z\",\n  \"noticeShownAt\": \"2026-11-27T10:25:00Z\",\n"
            + "  \"installationKey\": \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"\n}\n",
            File.ReadAllText(ConsentFile));
        Assert.Equal(File.ReadAllBytes(ConsentFile).Length, System.Text.Encoding.UTF8.GetByteCount(File.ReadAllText(ConsentFile))); // no byte order mark

        store.Save(ConsentRecord.Empty);
        Assert.Equal("{\n  \"decision\": \"undecided\",\n  \"decidedAt\": null,\n  \"noticeShownAt\": null,\n  \"installationKey\": null\n}\n", File.ReadAllText(ConsentFile));
    }

    [Theory]
    [InlineData("optedIn", ConsentState.OptedIn)]
    [InlineData("optedOut", ConsentState.OptedOut)]
    [InlineData("undecided", ConsentState.Undecided)]
    public void A_file_written_by_an_earlier_version_keeps_its_decision(string decision, ConsentState expected)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ConsentFile)!);
        var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        File.WriteAllText(ConsentFile, "{\n  \"decision\": \"" + decision + "\",\n  \"decidedAt\": \"2026-01-02T03:04:05Z\",\n  \"noticeShownAt\": null,\n  \"installationKey\": \"" + key + "\"\n}\n");
        if (!OperatingSystem.IsWindows())
        {
            // The format is what this test is about. Earlier versions left the file readable by others (0644), which
            // costs it its key (OwnerOnlyFileTests); a user who made it owner-only keeps it.
            File.SetUnixFileMode(ConsentFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var read = new FileConsentStore(ConsentFile).Load();

        Assert.Equal(expected, read.Decision);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), read.DecidedAt);
        Assert.Null(read.NoticeShownAt);
        Assert.Equal(key, read.InstallationKey);
    }

    [Fact]
    public void Unknown_keys_a_byte_order_mark_and_unreadable_values_do_not_lose_the_decision()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ConsentFile)!);
        var store = new FileConsentStore(ConsentFile);

        // Editors that save UTF-8 with a byte order mark: RFC 8259 lets a reader ignore it, and the user's no stays a no.
        File.WriteAllBytes(ConsentFile, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("{\"decision\": \"optedOut\"}")]);
        Assert.Equal(ConsentState.OptedOut, store.Load().Decision);

        // A later version's keys are ignored; a value of the wrong type or shape reads as absent, on its own.
        File.WriteAllText(ConsentFile, "{\"decision\": \"optedOut\", \"future\": {\"a\": [1, 2.5e3, null]}, \"decidedAt\": 5, \"noticeShownAt\": \"yesterday\", \"installationKey\": \"c2hvcnQ=\"}");
        var read = store.Load();
        Assert.Equal(ConsentState.OptedOut, read.Decision);
        Assert.Null(read.DecidedAt);
        Assert.Null(read.NoticeShownAt);
        Assert.Null(read.InstallationKey); // "short": fewer than 16 bytes, so a new key is made rather than a weak one used
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
