namespace Governance.Runtime.Tests;

/// <summary>
/// Opting out deletes the installation's key and opting in again makes a new one, so what was sent before an opt-out
/// cannot be linked to what is sent after; the installation's identifier is there for the user to quote until then.
/// </summary>
public sealed class ForgettingTests : IDisposable
{
    private readonly string _configHome = Path.Combine(Path.GetTempPath(), "governance-forget-" + Guid.NewGuid().ToString("N"));

    private string ConsentFile => Path.Combine(_configHome, "todo", "telemetry.json");

    [Fact]
    public void Opt_in_track_opt_out_opt_in_track_the_same_value_gives_two_different_hashes()
    {
        var sink = new InMemoryTelemetrySink();
        var client = NewClient(sink);

        client.OptIn();
        client.Track(new IdentifiedEvent { AccountId = "ada@example.org" });
        var firstKey = StoredKey();
        Assert.NotNull(firstKey);

        client.OptOut();
        Assert.Null(StoredKey());
        Assert.DoesNotContain(firstKey, File.ReadAllText(ConsentFile), StringComparison.Ordinal);
        client.Track(new IdentifiedEvent { AccountId = "ada@example.org" }); // not sent: opted out

        client.OptIn();
        client.Track(new IdentifiedEvent { AccountId = "ada@example.org" });
        var secondKey = StoredKey();

        Assert.Equal(2, sink.Events.Count);
        var before = sink.Events[0].Fields["account_id"];
        var after = sink.Events[1].Fields["account_id"];
        Assert.NotEqual(before, after);
        Assert.NotNull(secondKey);
        Assert.NotEqual(firstKey, secondKey);
        Assert.Equal(PseudonymizationTests.HmacSha256Hex(Convert.FromBase64String(firstKey), "ada@example.org"), before);
        Assert.Equal(PseudonymizationTests.HmacSha256Hex(Convert.FromBase64String(secondKey), "ada@example.org"), after);

        // The new key is kept: the next run links its events to the ones after the opt-in, and to nothing earlier.
        var nextRun = new InMemoryTelemetrySink();
        NewClient(nextRun).Track(new IdentifiedEvent { AccountId = "ada@example.org" });
        Assert.Equal(after, Assert.Single(nextRun.Events).Fields["account_id"]);
    }

    [Fact]
    public void A_client_that_hashed_before_the_opt_out_never_hashes_with_the_deleted_key_again()
    {
        var client = NewClient();
        client.OptIn();
        var before = client.Pseudonymize("ada@example.org");
        var firstKey = StoredKey()!;

        client.OptOut();
        var whileOptedOut = client.Pseudonymize("ada@example.org");

        // Nothing is sent while opted out; a key made to hash anyway is for this process only and never stored.
        Assert.NotEqual(before, whileOptedOut);
        Assert.NotEqual(PseudonymizationTests.HmacSha256Hex(Convert.FromBase64String(firstKey), "ada@example.org"), client.Pseudonymizer.Pseudonymize("ada@example.org"));
        Assert.Null(StoredKey());

        client.OptIn();
        var afterOptIn = client.Pseudonymize("ada@example.org");
        Assert.NotEqual(before, afterOptIn);
        Assert.NotEqual(whileOptedOut, afterOptIn);
        Assert.Equal(PseudonymizationTests.HmacSha256Hex(Convert.FromBase64String(StoredKey()!), "ada@example.org"), afterOptIn);
    }

    [Fact]
    public void The_installation_id_is_what_events_carry_and_goes_with_the_key()
    {
        var sink = new InMemoryTelemetrySink();
        var client = NewClient(sink);

        // No key yet, and asking does not make one: nothing sent so far carries an identifier.
        Assert.Null(client.InstallationId);
        Assert.False(File.Exists(ConsentFile));

        client.OptIn();
        var id = client.InstallationId;
        Assert.NotNull(id);
        Assert.Matches("^[0-9a-f]{64}$", id);
        Assert.Equal(PseudonymizationTests.HmacSha256Hex(Convert.FromBase64String(StoredKey()!), TelemetryClient.InstallationIdSource), id);
        Assert.Equal(id, NewClient().InstallationId); // stable across runs

        // An identifier field set to the documented source value carries exactly the id the user is shown.
        client.Track(new IdentifiedEvent { AccountId = TelemetryClient.InstallationIdSource });
        Assert.Equal(id, Assert.Single(sink.Events).Fields["account_id"]);

        client.OptOut();
        Assert.Null(client.InstallationId);
        Assert.Null(NewClient().InstallationId);

        client.OptIn();
        Assert.NotNull(client.InstallationId);
        Assert.NotEqual(id, client.InstallationId);
    }

    [Fact]
    public void A_key_the_product_supplies_is_the_products_to_manage_and_outlives_an_opt_out()
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var client = new TelemetryClient(new TelemetryOptions { PseudonymizationKey = key, ConsentStore = new InMemoryConsentStore(), EnvironmentVariableReader = _ => null });
        var expected = PseudonymizationTests.HmacSha256Hex(key, "user-42");

        client.OptIn();
        Assert.Equal(expected, client.Pseudonymize("user-42"));
        Assert.Equal(PseudonymizationTests.HmacSha256Hex(key, TelemetryClient.InstallationIdSource), client.InstallationId);
        client.OptOut();
        Assert.Null(client.InstallationId);
        client.OptIn();

        Assert.Equal(expected, client.Pseudonymize("user-42"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_configHome))
        {
            Directory.Delete(_configHome, recursive: true);
        }
    }

    private string? StoredKey() => new FileConsentStore(ConsentFile).Load().InstallationKey;

    private TelemetryClient NewClient(InMemoryTelemetrySink? sink = null) => new(new TelemetryOptions
    {
        ProductName = "todo",
        Sinks = { sink ?? new InMemoryTelemetrySink() },
        EnvironmentVariableReader = name => name == "XDG_CONFIG_HOME" ? _configHome : null,
    });
}
