using System.Security;
using Governance.Testing;

namespace Governance.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A fresh project outside the repository that references only the packed Governance package, as a user's would.
/// Its packages folder is private (so the freshly packed version is the one restored); packages already in the
/// machine's NuGet cache are used from there, so nothing else is downloaded.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackageFixture _packages;
    private readonly string _packagesPath;
    private readonly List<(string Key, string Path)> _extraFeeds = new();

    /// <param name="packages">The packed packages under test.</param>
    /// <param name="name">The project's name (and assembly name), unique in the run.</param>
    /// <param name="group">Projects of one product share a folder (so they reference each other by relative path) and restore into one packages folder.</param>
    public ConsumerProject(PackageFixture packages, string name, string? group = null)
    {
        _packages = packages;
        Name = name;
        var parent = group is null ? Path.Combine(packages.Root, "consumers") : Path.Combine(packages.Root, "consumers", group);
        Directory = Path.Combine(parent, name);
        _packagesPath = Path.Combine(group is null ? Directory : parent, "packages");
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Name { get; }

    public string Directory { get; }

    public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");

    public ConsumerProject WithProjectFile(string outputType = "Exe", string extraProperties = "", string extraItems = "")
    {
        WriteFile(Name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RestorePackagesPath>{SecurityElement.Escape(_packagesPath)}</RestorePackagesPath>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Governance" Version="{_packages.Version}" />
                {extraItems.Replace("$(GovernanceVersion)", _packages.Version, StringComparison.Ordinal)}
              </ItemGroup>
            </Project>
            """);
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        WriteFile("nuget.config", LocalFeedNuGetConfig.Create([("governance-under-test", _packages.Feed), .. _extraFeeds], globalPackages));
        return this;
    }

    /// <summary>Restores from <paramref name="feed"/> too (packages the test packed itself); call before <see cref="WithProjectFile"/>.</summary>
    public ConsumerProject WithFeed(string key, string feed)
    {
        _extraFeeds.Add((key, feed));
        return this;
    }

    /// <summary>Packs the project into <paramref name="feed"/> as version <paramref name="version"/>.</summary>
    public CommandResult Pack(string feed, string version) =>
        DotnetCli.Run(Directory, ["pack", "-nologo", "-v:minimal", "-o", feed, "-p:Version=" + version]);

    public ConsumerProject WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public CommandResult Build(params string[] extraArguments) =>
        DotnetCli.Run(Directory, new[] { "build", "-nologo", "-v:minimal" }.Concat(extraArguments).ToArray());

    /// <summary>The consumer's configuration directory (XDG_CONFIG_HOME), where its consent file goes.</summary>
    public string ConfigDirectory => Path.Combine(Directory, "config");

    /// <summary>Runs the built program with its own configuration directory, so runs never touch the machine's.</summary>
    public CommandResult Run(IReadOnlyDictionary<string, string?>? environment = null, params string[] arguments)
    {
        var variables = new Dictionary<string, string?> { ["XDG_CONFIG_HOME"] = ConfigDirectory, ["APPDATA"] = ConfigDirectory };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        return DotnetCli.Run(Directory, new[] { Path.Combine(OutputDirectory, Name + ".dll") }.Concat(arguments).ToArray(), variables);
    }

    public string ReadOutput(string fileName) => File.ReadAllText(Path.Combine(OutputDirectory, fileName));
}
