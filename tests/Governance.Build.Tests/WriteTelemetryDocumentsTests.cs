using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Governance.Build.Tests.Infrastructure;
using Governance.Generators;
using Governance.Testing;

namespace Governance.Build.Tests;

/// <summary>
/// The build task renders the documents from the manifest compiled into the assembly, the whole product's, and
/// records referenced events in the baseline with their assembly; a manifest it cannot read is a warning, never a
/// failed task.
/// </summary>
public sealed class WriteTelemetryDocumentsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "governance-task-" + Guid.NewGuid().ToString("N")[..12]);

    public WriteTelemetryDocumentsTests()
    {
        Directory.CreateDirectory(_directory);
    }

    [Fact]
    public void The_documents_and_the_baseline_are_written_from_the_compiled_manifest()
    {
        var library = Reference(Generate("Sync", [], """
            using Governance;
            namespace Sync;
            [TelemetryEvent("sync.finished", Purpose = "Measure how long synchronisation takes to size the sync service.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record SyncFinished { [TelemetryField("How long it took, in milliseconds.")] public long DurationMs { get; init; } }
            """).Compilation);
        var app = Generate("App", [library], """
            using Governance;
            namespace App;
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 90, Consent = Consent.OptOut)]
            public partial record Started;
            """);
        var engine = new RecordingBuildEngine();
        var task = Task(engine, Emit(app.Compilation, "App.dll"));
        task.UpdateBaseline = true;

        Assert.True(task.Execute());

        Assert.Empty(engine.Warnings);
        var compiled = CompiledManifest.FromSource(app.ManifestSource);
        Assert.Equal(CompiledManifest.IndentedJson(compiled), File.ReadAllText(Path.Combine(_directory, "out", "telemetry-manifest.json")));
        Assert.Equal(CompiledManifest.PrivacyDocument(compiled), File.ReadAllText(Path.Combine(_directory, "out", "telemetry-privacy.md")));
        var baseline = File.ReadAllText(task.BaselineFile!);
        Assert.Contains("\"name\": \"app.started\",\n      \"purpose\"", baseline, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"sync.finished\",\n      \"assembly\": \"Sync\",", baseline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"manifestVersion\":1,\"events\":[]}")]
    public void A_manifest_that_cannot_be_read_is_a_warning_and_writes_nothing(string json)
    {
        var compilation = Compile("Odd", [], "[assembly: Governance.TelemetryManifest(" + SymbolDisplay.FormatLiteral(json, quote: true) + ")]");
        var engine = new RecordingBuildEngine();

        Assert.True(Task(engine, Emit(compilation, "Odd.dll")).Execute());

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("GOVBUILD003", warning.Code);
        Assert.Contains("could not read the telemetry manifest compiled into", warning.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_directory, "out")));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private WriteTelemetryDocuments Task(IBuildEngine engine, string assemblyPath) => new()
    {
        BuildEngine = engine,
        AssemblyPath = assemblyPath,
        OutputDirectory = Path.Combine(_directory, "out"),
        BaselineFile = Path.Combine(_directory, "telemetry.reviewed.json"),
    };

    private string Emit(Compilation compilation, string fileName)
    {
        var path = Path.Combine(_directory, fileName);
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }

    /// <summary>The assembly compiled with the real generator's output in it, as a build compiles it.</summary>
    private static (Compilation Compilation, string ManifestSource) Generate(string assemblyName, MetadataReference[] references, string source)
    {
        var driver = CSharpGeneratorDriver.Create(new TelemetryGenerator()).RunGeneratorsAndUpdateCompilation(Compile(assemblyName, references, source), out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (output, driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith(CompiledManifest.HintName, StringComparison.Ordinal)).ToString());
    }

    private static CSharpCompilation Compile(string assemblyName, MetadataReference[] references, string source) =>
        CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12))],
            SdkReferenceAssemblies.All.Add(MetadataReference.CreateFromFile(typeof(TelemetryClient).Assembly.Location)).AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static MetadataReference Reference(Compilation compilation)
    {
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
