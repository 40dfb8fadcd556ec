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

        // The per-installation key was created and stored; each identifier arrives as the HMAC-SHA256 under it.
        var key = store.Load().InstallationKey;
        Assert.NotNull(key);
        var first = sink.Events[0].Fields;
        var account = Assert.IsType<string>(first["account_id"]);
        Assert.Matches("^[0-9a-f]{64}$", account);
        Assert.Equal(HmacSha256Hex(Convert.FromBase64String(key), "ada@example.org"), account);
        Assert.Equal(HmacSha256Hex(Convert.FromBase64String(key), device.ToString()), first["device_id"]);
        Assert.Equal(account, sink.Events[1].Fields["account_id"]);
        Assert.Equal(client.Pseudonymize("ada@example.org"), account);
        Assert.Equal(2, first["count"]);
        Assert.Null(sink.Events[2].Fields["account_id"]);

        // The key was kept: a new client on the same store hashes the same way.
        var again = new TelemetryClient(new TelemetryOptions { ConsentStore = store, EnvironmentVariableReader = _ => null });
        Assert.Equal(account, again.Pseudonymize("ada@example.org"));
        Assert.Equal(key, store.Load().InstallationKey);
    }

    [Fact]
    public void The_installation_key_is_created_only_when_a_sink_writes_a_hashed_field()
    {
        // Opted in, but no sink yet and then only events without identifiers: nothing hashed, so no key is made or stored.
        var store = new InMemoryConsentStore(ConsentRecord.Empty.WithDecision(ConsentState.OptedIn, DateTimeOffset.UtcNow));
        var silent = new TelemetryClient(new TelemetryOptions { ConsentStore = store, EnvironmentVariableReader = _ => null });
        silent.Track(new IdentifiedEvent { AccountId = "ada@example.org", Count = 1 });
        var sink = new InMemoryTelemetrySink();
        var client = new TelemetryClient(new TelemetryOptions { Sinks = { sink }, ConsentStore = store, EnvironmentVariableReader = _ => null });
        client.Track(new OptInEvent { Command = "add" });
        Assert.Single(sink.Events);
        Assert.Null(store.Load().InstallationKey);

        // The first event a sink writes with an identifier makes the key, and hashes with it.
        client.Track(new IdentifiedEvent { AccountId = "ada@example.org", Count = 2 });
        var key = store.Load().InstallationKey;
        Assert.NotNull(key);
        Assert.Equal(HmacSha256Hex(Convert.FromBase64String(key), "ada@example.org"), sink.Events[1].Fields["account_id"]);
    }

    [Fact]
    public void A_key_from_options_is_used_and_different_keys_give_different_hashes()
    {
        var keyA = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var keyB = Enumerable.Range(2, 32).Select(i => (byte)i).ToArray();

        var a = new TelemetryPseudonymizer(keyA).Pseudonymize("user-42");
        var b = new TelemetryPseudonymizer(keyB).Pseudonymize("user-42");
        var client = new TelemetryClient(new TelemetryOptions { PseudonymizationKey = keyA, ConsentStore = new InMemoryConsentStore(), EnvironmentVariableReader = _ => null });

        Assert.Equal(HmacSha256Hex(keyA, "user-42"), a);
        Assert.Equal(HmacSha256Hex(keyB, "user-42"), b);
        Assert.NotEqual(a, b);
        Assert.Equal(a, client.Pseudonymize("user-42"));
    }

    /// <summary>
    /// The known-answer vectors of RFC 4231 (HMAC-SHA256) whose keys are long enough for the pseudonymizer (at least
    /// 16 bytes) and whose data is text: cases 1, 6 and 7 in full, and case 5, which the RFC gives truncated to its
    /// first 128 bits. Any change of algorithm, encoding or hex format fails here.
    /// </summary>
    [Theory]
    [InlineData(0x0b, 20, "Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")]
    [InlineData(0x0c, 20, "Test With Truncation", "a3b6167473100ee06e0c796c2955552b")]
    [InlineData(0xaa, 131, "Test Using Larger Than Block-Size Key - Hash Key First", "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")]
    [InlineData(0xaa, 131, "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.", "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")]
    public void The_hash_is_HMAC_SHA256_as_RFC_4231_specifies_it(byte keyByte, int keyLength, string data, string expected)
    {
        var key = Enumerable.Repeat(keyByte, keyLength).ToArray();

        var hash = new TelemetryPseudonymizer(key).Pseudonymize(data);

        Assert.NotNull(hash);
        Assert.Equal(64, hash.Length);
        Assert.StartsWith(expected, hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Identifiers_are_hashed_as_UTF_8_and_non_strings_in_the_invariant_culture()
    {
        var key = Enumerable.Repeat((byte)0x0b, 20).ToArray();
        var pseudonymizer = new TelemetryPseudonymizer(key);

        Assert.Equal(HmacSha256Hex(key, "Zoë"), pseudonymizer.Pseudonymize("Zoë"));

        // A culture that writes 1,5 must not change the hash of the number 1.5.
        var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = comma;
        try
        {
            Assert.Equal("1,5", 1.5.ToString());
            Assert.Equal(pseudonymizer.Pseudonymize("1.5"), pseudonymizer.Pseudonymize((object)1.5));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }

        Assert.Null(pseudonymizer.Pseudonymize((string?)null));
        Assert.Null(pseudonymizer.Pseudonymize((object?)null));
    }

    [Fact]
    public void Keys_shorter_than_16_bytes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new TelemetryPseudonymizer(new byte[TelemetryPseudonymizer.MinimumKeyLength - 1]));
        Assert.Throws<ArgumentNullException>(() => new TelemetryPseudonymizer(null!));
        Assert.NotNull(new TelemetryPseudonymizer(new byte[TelemetryPseudonymizer.MinimumKeyLength]).Pseudonymize("x"));
    }

    [Fact]
    public void A_list_is_hashed_element_by_element_with_the_same_keyed_hash()
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var pseudonymizer = new TelemetryPseudonymizer(key);

        var hashes = pseudonymizer.PseudonymizeEach(["Newtonsoft.Json", null, "Grüße", ""]);

        Assert.Equal(new string?[] { HmacSha256Hex(key, "Newtonsoft.Json"), null, HmacSha256Hex(key, "Grüße"), HmacSha256Hex(key, "") }, hashes);
        Assert.Empty(pseudonymizer.PseudonymizeEach([]));
        Assert.Throws<ArgumentNullException>(() => pseudonymizer.PseudonymizeEach(null!));
    }

    [Fact]
    public void The_hash_without_a_key_is_plain_SHA_256_which_anyone_can_recompute()
    {
        // FIPS 180-2's example: anyone with the value gets the same hash, on every installation.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TelemetryPseudonymizer.HashWithoutKey("abc"));
        Assert.Equal(
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("console"))).ToLowerInvariant(),
            TelemetryPseudonymizer.HashWithoutKey("console"));
        Assert.Null(TelemetryPseudonymizer.HashWithoutKey(null));
        Assert.Equal(new[] { TelemetryPseudonymizer.HashWithoutKey("abc"), null }, TelemetryPseudonymizer.HashEachWithoutKey(["abc", null]));
        Assert.NotEqual(new TelemetryPseudonymizer(new byte[32]).Pseudonymize("abc"), TelemetryPseudonymizer.HashWithoutKey("abc"));

        // Not a sanitizer: personal data that goes through it is still personal data for GOV012.
        Assert.Empty(typeof(TelemetryPseudonymizer).GetMethod(nameof(TelemetryPseudonymizer.HashWithoutKey))!.GetCustomAttributes(typeof(TelemetrySanitizerAttribute), false));
        Assert.NotEmpty(typeof(TelemetryPseudonymizer).GetMethod(nameof(TelemetryPseudonymizer.PseudonymizeEach))!.GetCustomAttributes(typeof(TelemetrySanitizerAttribute), false));
    }

    /// <summary>HMAC-SHA256 of the UTF-8 bytes in lower-case hex, computed independently of the pseudonymizer.</summary>
    internal static string HmacSha256Hex(byte[] key, string value) =>
        Convert.ToHexString(System.Security.Cryptography.HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(value))).ToLowerInvariant();
}
