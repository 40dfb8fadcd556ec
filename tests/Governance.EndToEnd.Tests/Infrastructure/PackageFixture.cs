using System.Globalization;
using System.IO.Compression;
using Governance.Testing;

namespace Governance.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs the packages once for the whole test run, into a private feed, under a version no earlier run used, so
/// that NuGet's caches can never hand a consumer a stale package.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "governance-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        // The two packable projects; packing the whole solution would also build every test project in Release.
        PackOutput = string.Concat(
            new[] { RepoPaths.InRepo("src", "Abstractions", "Governance.Abstractions.csproj"), RepoPaths.InRepo("src", "OpenTelemetry", "Governance.OpenTelemetry.csproj") }
                .Select(project => DotnetCli.Run(
                    RepoPaths.Root,
                    ["pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version],
                    timeout: TimeSpan.FromMinutes(10)).AssertSucceeded().Output));
    }

    /// <summary>A temporary directory outside the repository for this run's feed and consumers.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackOutput { get; }

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public IReadOnlyList<string> PackageEntries(string id)
    {
        using var archive = ZipFile.OpenRead(PackagePath(id));
        return archive.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    public string PackageFile(string id, string entry)
    {
        using var archive = ZipFile.OpenRead(PackagePath(id));
        using var reader = new StreamReader(archive.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    public ConsumerProject CreateConsumer(string name, string? group = null) => new(this, name, group);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("GOVERNANCE_KEEP_E2E") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the directory is in the temp folder and harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed Governance";
}
