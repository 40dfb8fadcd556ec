using System.Security;

namespace Governance.Testing;

/// <summary>
/// The NuGet.Config of a project built outside the repository against freshly packed packages: the local feed first,
/// then nuget.org, and the machine's package cache as a read-only fallback so that what is cached restores offline.
/// </summary>
public static class LocalFeedNuGetConfig
{
    public static string Create(string feedKey, string feed, string packageCache) => Create([(feedKey, feed)], packageCache);

    /// <summary>The same with several local feeds (packages packed by the test itself beside the ones under test).</summary>
    public static string Create(IEnumerable<(string Key, string Path)> feeds, string packageCache) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            {string.Join("\n    ", feeds.Select(f => $"<add key=\"{SecurityElement.Escape(f.Key)}\" value=\"{SecurityElement.Escape(f.Path)}\" />"))}
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <fallbackPackageFolders>
            <add key="package-cache" value="{SecurityElement.Escape(packageCache)}" />
          </fallbackPackageFolders>
        </configuration>
        """;
}
