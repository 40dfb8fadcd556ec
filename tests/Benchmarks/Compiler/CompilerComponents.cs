using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Governance.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Governance.Benchmarks.Compiler;

/// <summary>
/// The compiler-side assemblies under test, loaded as the compiler loads them: from their files, through
/// <see cref="AnalyzerFileReference"/>. Governance's generator and analyzers are the ones this repository builds (their
/// paths are recorded at build time); the LoggerMessage generator comes from the Microsoft.Extensions.Logging.Abstractions
/// package in the NuGet cache (<c>analyzers/dotnet/roslyn4.4/cs</c>), the newest version built for a Roslyn no newer
/// than the one loaded here.
/// </summary>
internal sealed class CompilerComponents
{
    private CompilerComponents(
        ImmutableArray<ISourceGenerator> governanceGenerators,
        ImmutableArray<DiagnosticAnalyzer> governanceAnalyzers,
        ImmutableArray<ISourceGenerator> loggingGenerators,
        string governanceGeneratorPath,
        string governanceAnalyzerPath,
        string loggingGeneratorPath,
        string loggingPackageVersion)
    {
        GovernanceGenerators = governanceGenerators;
        GovernanceAnalyzers = governanceAnalyzers;
        LoggingGenerators = loggingGenerators;
        GovernanceGeneratorPath = governanceGeneratorPath;
        GovernanceAnalyzerPath = governanceAnalyzerPath;
        LoggingGeneratorPath = loggingGeneratorPath;
        LoggingPackageVersion = loggingPackageVersion;
    }

    public ImmutableArray<ISourceGenerator> GovernanceGenerators { get; }

    public ImmutableArray<DiagnosticAnalyzer> GovernanceAnalyzers { get; }

    public ImmutableArray<ISourceGenerator> LoggingGenerators { get; }

    public string GovernanceGeneratorPath { get; }

    public string GovernanceAnalyzerPath { get; }

    public string LoggingGeneratorPath { get; }

    public string LoggingPackageVersion { get; }

    /// <summary>The version of Microsoft.CodeAnalysis loaded in this process (the repository pins 4.8.0).</summary>
    public static Version RoslynVersion => typeof(Compilation).Assembly.GetName().Version!;

    public static string RoslynInformationalVersion =>
        typeof(Compilation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? RoslynVersion.ToString();

    public static CompilerComponents Load() => Load(null);

    /// <summary>
    /// This repository's build, or with <paramref name="directory"/> the generator and analyzers copied there (another
    /// build, such as a prototype), loaded in a context of their own so that both builds can run in one process.
    /// </summary>
    public static CompilerComponents Load(string? directory)
    {
        IAnalyzerAssemblyLoader loader = directory is null ? new FileLoader() : new IsolatedLoader(directory);
        var generatorPath = directory is null ? BuildInfo.Require("GovernanceGeneratorsPath") : Path.Combine(directory, "Governance.Generators.dll");
        var analyzerPath = directory is null ? BuildInfo.Require("GovernanceAnalyzersPath") : Path.Combine(directory, "Governance.Analyzers.dll");
        var generatorReference = new AnalyzerFileReference(generatorPath, loader);
        var analyzerReference = new AnalyzerFileReference(analyzerPath, loader);
        var generators = generatorReference.GetGenerators(LanguageNames.CSharp);
        var analyzers = analyzerReference.GetAnalyzers(LanguageNames.CSharp);
        if (generators.Length != 1)
        {
            throw new InvalidOperationException($"Expected one generator in {generatorPath}, found {generators.Length}.");
        }

        if (analyzers.Length == 0)
        {
            throw new InvalidOperationException($"No analyzers in {analyzerPath}.");
        }

        var (loggingPath, loggingVersion) = FindLoggingGenerator();
        var loggingGenerators = new AnalyzerFileReference(loggingPath, loader).GetGenerators(LanguageNames.CSharp);
        if (loggingGenerators.Length != 1)
        {
            throw new InvalidOperationException($"Expected one generator in {loggingPath}, found {loggingGenerators.Length}.");
        }

        return new CompilerComponents(generators, analyzers, loggingGenerators, generatorPath, analyzerPath, loggingPath, loggingVersion);
    }

    /// <summary>
    /// The LoggerMessage generator of the package version this repository uses (Directory.Packages.props), else the
    /// newest in the cache, among those whose roslyn4.4 build references no Roslyn newer than the loaded one.
    /// </summary>
    private static (string Path, string Version) FindLoggingGenerator()
    {
        var packageDirectory = Path.Combine(BuildInfo.Require("NuGetPackageRoot"), "microsoft.extensions.logging.abstractions");
        var preferred = BuildInfo.Require("LoggingAbstractionsVersion");
        if (!Directory.Exists(packageDirectory))
        {
            throw new InvalidOperationException($"Microsoft.Extensions.Logging.Abstractions is not in the NuGet cache ({packageDirectory}); restore the benchmarks first.");
        }

        var candidates = Directory.GetDirectories(packageDirectory)
            .Select(Path.GetFileName)
            .Select(v => (Version: v!, Path: Path.Combine(packageDirectory, v!, "analyzers", "dotnet", "roslyn4.4", "cs", "Microsoft.Extensions.Logging.Generators.dll")))
            .Where(c => File.Exists(c.Path))
            .OrderByDescending(c => c.Version == preferred)
            .ThenByDescending(c => System.Version.TryParse(c.Version.Split('-')[0], out var parsed) ? parsed : new Version())
            .ToList();
        var rejected = new List<string>();
        foreach (var candidate in candidates)
        {
            var needs = ReferencedRoslynVersion(candidate.Path);
            if (needs is null || needs <= RoslynVersion)
            {
                return (candidate.Path, candidate.Version);
            }

            rejected.Add($"{candidate.Version} (needs Roslyn {needs})");
        }

        throw new InvalidOperationException($"No LoggerMessage generator under {packageDirectory} loads with Roslyn {RoslynVersion}: {string.Join(", ", rejected)}.");
    }

    private static Version? ReferencedRoslynVersion(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Where(reference => metadata.GetString(reference.Name) == "Microsoft.CodeAnalysis")
            .Select(reference => reference.Version)
            .FirstOrDefault();
    }

    /// <summary>Loads analyzer assemblies into the default context, where Roslyn itself is loaded.</summary>
    private sealed class FileLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    /// <summary>
    /// Loads the assemblies of one directory into a load context of their own; Roslyn and the framework still come from
    /// the default context, so the analyzers see the same Microsoft.CodeAnalysis types as the harness.
    /// </summary>
    internal sealed class IsolatedLoader : IAnalyzerAssemblyLoader
    {
        private readonly System.Runtime.Loader.AssemblyLoadContext _context;

        public IsolatedLoader(string directory)
        {
            _context = new DirectoryLoadContext(directory);
        }

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);

        private sealed class DirectoryLoadContext : System.Runtime.Loader.AssemblyLoadContext
        {
            private readonly string _directory;

            public DirectoryLoadContext(string directory)
                : base("governance:" + directory)
            {
                _directory = directory;
            }

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                var path = Path.Combine(_directory, assemblyName.Name + ".dll");
                return File.Exists(path) && !assemblyName.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) ? LoadFromAssemblyPath(path) : null;
            }
        }
    }
}
