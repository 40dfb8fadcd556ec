using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Governance.Generators;
using Governance.Testing;

namespace Governance.Build.Tests.Infrastructure;

/// <summary>
/// A consumer's files in a directory of its own (sources, .editorconfig files) and its assembly, compiled with the
/// real generator so that the manifest is in it the way a build puts it there; then the expiry check run on it.
/// </summary>
internal sealed class ConsumerAssembly : IDisposable
{
    private readonly List<string> _sources = new();
    private readonly List<string> _configs = new();

    public ConsumerAssembly()
    {
        Directory = Path.Combine(Path.GetTempPath(), "governance-build-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string AssemblyPath => Path.Combine(Directory, "obj", "Consumer.dll");

    public string ProjectFile => Path.Combine(Directory, "Consumer.csproj");

    /// <summary>Adds a source file (compiled, and searched for declarations).</summary>
    public ConsumerAssembly Source(string relativePath, string text)
    {
        _sources.Add(Write(relativePath, text));
        return this;
    }

    /// <summary>Adds an analyzer configuration file (.editorconfig or global config) that the compiler would be given.</summary>
    public ConsumerAssembly Config(string relativePath, string text)
    {
        _configs.Add(Write(relativePath, text));
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Compiles the sources with the generator into <see cref="AssemblyPath"/>; fails on any compiler error.</summary>
    public ConsumerAssembly Compile()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            _sources.Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path)),
            SdkReferenceAssemblies.All.Add(MetadataReference.CreateFromFile(typeof(TelemetryClient).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, specificDiagnosticOptions: SdkCompilerDefaults.NoWarn));
        CSharpGeneratorDriver.Create(new[] { new TelemetryGenerator().AsSourceGenerator() }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(AssemblyPath)!);
        var result = output.Emit(AssemblyPath);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return this;
    }

    /// <summary>Runs the task as the targets do, on <paramref name="today"/>; <paramref name="configure"/> sets the project's warning properties.</summary>
    public RecordingBuildEngine CheckExpiry(string today, Action<CheckTelemetryExpiry>? configure = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new CheckTelemetryExpiry
        {
            BuildEngine = engine,
            AssemblyPath = AssemblyPath,
            Today = today,
            SourceFiles = _sources.Select(path => new TaskItem(path)).ToArray(),
            AnalyzerConfigFiles = _configs.Select(path => new TaskItem(path)).ToArray(),
            ProjectFile = ProjectFile,
        };
        configure?.Invoke(task);
        var succeeded = task.Execute();
        Assert.Equal(engine.Errors.Count == 0, succeeded);
        return engine;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary directory left behind is harmless.
        }
    }

    private string Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
