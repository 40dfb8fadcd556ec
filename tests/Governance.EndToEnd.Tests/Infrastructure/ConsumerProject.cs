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

    public ConsumerProject(PackageFixture packages, string name)
    {
        _packages = packages;
        Name = name;
        Directory = Path.Combine(packages.Root, "consumers", name);
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
                <RestorePackagesPath>{SecurityElement.Escape(Path.Combine(Directory, "packages"))}</RestorePackagesPath>
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
        WriteFile("nuget.config", LocalFeedNuGetConfig.Create("governance-under-test", _packages.Feed, globalPackages));
        return this;
    }

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
