namespace Governance.Runtime.Tests;

/// <summary>Identifier fields never reach a sink raw: they arrive as stable keyed hashes.</summary>
public sealed class PseudonymizationTests
{
    [Fact]
    public void Identifiers_arrive_hashed_and_stable_while_other_fields_arrive_as_they_are()
    {
        var store = new InMemoryConsentStore(ConsentRecord.Empty.WithDecision(ConsentState.OptedIn, DateTimeOffset.UtcNow));
        var sink = new InMemoryTelemetrySink();
        var client = new TelemetryClient(new TelemetryOptions { Sinks = { sink }, ConsentStore = store, EnvironmentVariableReader = _ => null });
        var device = Guid.Parse("5d4f2c1e-0000-4000-8000-000000000001");

        client.Track(new IdentifiedEvent { AccountId = "ada@example.org", DeviceId = device, Count = 2 });
        client.Track(new IdentifiedEvent { AccountId = "ada@example.org", DeviceId = device, Count = 3 });
        client.Track(new IdentifiedEvent { AccountId = null, DeviceId = device, Count = 4 });

        var first = sink.Events[0].Fields;
        var account = Assert.IsType<string>(first["account_id"]);
        Assert.Matches("^[0-9a-f]{64}$", account);
        Assert.DoesNotContain("ada", account, StringComparison.Ordinal);
        Assert.Equal(account, sink.Events[1].Fields["account_id"]);
        Assert.Equal(client.Pseudonymize("ada@example.org"), account);
        Assert.Equal(client.Pseudonymize(device.ToString()), first["device_id"]);
        Assert.Equal(2, first["count"]);
        Assert.Null(sink.Events[2].Fields["account_id"]);

        // The per-installation key was created once and kept: a new client on the same store hashes the same way.
        var key = store.Load().InstallationKey;
        Assert.NotNull(key);
        var again = new TelemetryClient(new TelemetryOptions { ConsentStore = store, EnvironmentVariableReader = _ => null });
        Assert.Equal(account, again.Pseudonymize("ada@example.org"));
        Assert.Equal(key, store.Load().InstallationKey);
    }

    [Fact]
    public void A_key_from_options_is_used_and_different_keys_give_different_hashes()
    {
        var keyA = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var keyB = Enumerable.Range(2, 32).Select(i => (byte)i).ToArray();

        var a = new TelemetryPseudonymizer(keyA).Pseudonymize("user-42");
        var b = new TelemetryPseudonymizer(keyB).Pseudonymize("user-42");
        var client = new TelemetryClient(new TelemetryOptions { PseudonymizationKey = keyA, ConsentStore = new InMemoryConsentStore(), EnvironmentVariableReader = _ => null });

        Assert.NotEqual(a, b);
        Assert.Equal(a, client.Pseudonymize("user-42"));
        Assert.Equal("4a0d7b0ecdbba0a20ecb3d81891ca8b20ed2f0f38f3ad6d6c5b3a9a9f9b4f3ad".Length, a!.Length);
        Assert.Throws<ArgumentException>(() => new TelemetryPseudonymizer(new byte[8]));
    }
}
