using System.Reflection;
using System.Runtime.Loader;
using System.Runtime.Versioning;

namespace Governance.Runtime.Tests;

/// <summary>
/// The consent file holds the key that pseudonymises identifiers: whoever can read it can test guesses (user names,
/// e-mail addresses) against every hash the product sent. Only its owner may read it, from the moment it exists.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class OwnerOnlyFileTests : IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerReadWriteSearch = OwnerReadWrite | UnixFileMode.UserExecute;

    private readonly string _configHome = Path.Combine(Path.GetTempPath(), "governance-modes-" + Guid.NewGuid().ToString("N"));

    private string ProductFolder => Path.Combine(_configHome, "todo");

    private string ConsentFile => Path.Combine(ProductFolder, "telemetry.json");

    [UnixFact]
    public void After_opting_in_every_file_under_the_product_folder_is_owner_only_and_stays_so()
    {
        Directory.CreateDirectory(_configHome);
        var client = NewClient();

        client.OptIn();
        client.Track(new IdentifiedEvent { AccountId = "ada@example.org" });
        AssertOwnerOnly();
        Assert.NotNull(new FileConsentStore(ConsentFile).Load().InstallationKey);

        // Every later write replaces the file atomically (a new file renamed over it): the new file is owner-only too.
        client.OptOut();
        AssertOwnerOnly();
        client.OptIn();
        AssertOwnerOnly();
        NewClient().OptOut(); // the next run, deciding again
        AssertOwnerOnly();
        Assert.Equal(0, client.ConsentStoreFailures);
    }

    [UnixFact]
    public void A_folder_that_already_exists_keeps_its_mode_and_the_file_in_it_is_owner_only()
    {
        const UnixFileMode Shared = OwnerReadWriteSearch | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        Directory.CreateDirectory(ProductFolder);
        File.SetUnixFileMode(ProductFolder, Shared);

        NewClient().OptIn();

        // Another program (the sample's own to-do list, say) may keep files there: Governance does not change the folder.
        Assert.Equal(Shared, File.GetUnixFileMode(ProductFolder));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(ConsentFile));
    }

    /// <summary>
    /// A file that another account could read (or write) may have given the key away, or had it replaced by one
    /// somebody knows: the key is dropped and a new one made, and the file rewritten owner-only. Tightening the mode
    /// alone would keep using a key that may already be known.
    /// </summary>
    [UnixTheory]
    [InlineData(UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.OtherRead)]
    [InlineData(UnixFileMode.GroupRead | UnixFileMode.OtherRead)] // 0644: what versions before this one wrote
    [InlineData(UnixFileMode.GroupWrite)]
    [InlineData(UnixFileMode.OtherWrite)]
    [InlineData(UnixFileMode.OtherExecute)]
    public void A_file_open_to_other_accounts_loses_its_key_and_is_rewritten_owner_only(UnixFileMode extra)
    {
        var exposedKey = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        WriteConsentFile(exposedKey, OwnerReadWrite | extra);

        var client = NewClient();
        var hash = client.Pseudonymize("ada@example.org");

        Assert.Equal(ConsentState.OptedIn, client.ConsentState); // the decision is the user's and stays
        Assert.NotEqual(PseudonymizationTests.HmacSha256Hex(exposedKey, "ada@example.org"), hash);
        var newKey = new FileConsentStore(ConsentFile).Load().InstallationKey;
        Assert.NotNull(newKey);
        Assert.Equal(PseudonymizationTests.HmacSha256Hex(Convert.FromBase64String(newKey), "ada@example.org"), hash);
        Assert.DoesNotContain(Convert.ToBase64String(exposedKey), File.ReadAllText(ConsentFile), StringComparison.Ordinal);
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(ConsentFile));
    }

    [UnixFact]
    public void An_owner_only_file_keeps_its_key()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        WriteConsentFile(key, OwnerReadWrite);

        Assert.Equal(PseudonymizationTests.HmacSha256Hex(key, "ada@example.org"), NewClient().Pseudonymize("ada@example.org"));
    }

    /// <summary>
    /// The netstandard2.0 build (.NET Framework, older .NET, Mono) has no file-mode API and reaches libc instead. The
    /// test loads that very build, from the same solution, in a load context of its own and saves through it.
    /// </summary>
    [UnixFact]
    public void The_netstandard2_0_build_writes_owner_only_files_through_libc()
    {
        var context = new AssemblyLoadContext("netstandard2.0 runtime", isCollectible: true);
        try
        {
            var runtime = context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "Governance.dll"));
            Assert.Equal(".NETStandard,Version=v2.0", runtime.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
            Assert.Equal(".NETCoreApp,Version=v8.0", typeof(TelemetryClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);

            var storeType = runtime.GetType("Governance.FileConsentStore", throwOnError: true)!;
            var recordType = runtime.GetType("Governance.ConsentRecord", throwOnError: true)!;
            var optedIn = Enum.ToObject(runtime.GetType("Governance.ConsentState", throwOnError: true)!, (int)ConsentState.OptedIn);
            var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
            var store = Activator.CreateInstance(storeType, ConsentFile)!;
            var save = storeType.GetMethod(nameof(FileConsentStore.Save))!;

            save.Invoke(store, [Activator.CreateInstance(recordType, optedIn, null, null, key)]);
            AssertOwnerOnly();
            save.Invoke(store, [Activator.CreateInstance(recordType, optedIn, DateTimeOffset.UnixEpoch, null, key)]); // the replace
            AssertOwnerOnly();

            // What it wrote is the file the net8.0 build reads.
            var read = new FileConsentStore(ConsentFile).Load();
            Assert.Equal(ConsentState.OptedIn, read.Decision);
            Assert.Equal(DateTimeOffset.UnixEpoch, read.DecidedAt);
            Assert.Equal(key, read.InstallationKey);
        }
        finally
        {
            context.Unload();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_configHome))
        {
            Directory.Delete(_configHome, recursive: true);
        }
    }

    /// <summary>The product folder is 0700 and everything in it 0600, with no temporary file left behind.</summary>
    private void AssertOwnerOnly()
    {
        Assert.Equal(OwnerReadWriteSearch, File.GetUnixFileMode(ProductFolder));
        var entries = Directory.GetFileSystemEntries(ProductFolder, "*", SearchOption.AllDirectories);
        Assert.Equal([ConsentFile], entries);
        Assert.All(entries, entry => Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(entry)));
    }

    private void WriteConsentFile(byte[] key, UnixFileMode mode)
    {
        Directory.CreateDirectory(ProductFolder);
        File.WriteAllText(ConsentFile, "{\"decision\": \"optedIn\", \"installationKey\": \"" + Convert.ToBase64String(key) + "\"}");
        File.SetUnixFileMode(ConsentFile, mode);
    }

    private TelemetryClient NewClient() => new(new TelemetryOptions
    {
        ProductName = "todo",
        Sinks = { new InMemoryTelemetrySink() },
        EnvironmentVariableReader = name => name == "XDG_CONFIG_HOME" ? _configHome : null,
    });
}
