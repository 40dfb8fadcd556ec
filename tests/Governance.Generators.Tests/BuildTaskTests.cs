using System.Collections;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis;
using Governance.Build;
using Governance.Generators.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.Generators.Tests;

/// <summary>
/// The build task renders the documents from the manifest compiled into the assembly, the whole product's, and
/// records referenced events in the baseline with their assembly; a manifest it cannot read is a warning, never a
/// failed task.
/// </summary>
public sealed class BuildTaskTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "governance-task-" + Guid.NewGuid().ToString("N")[..12]);

    public BuildTaskTests()
    {
        Directory.CreateDirectory(_directory);
    }

    [Fact]
    public void The_documents_and_the_baseline_are_written_from_the_compiled_manifest()
    {
        var library = GeneratorHarness.BuildLibrary("Sync", [], """
            using Governance;
            namespace Sync;
            [TelemetryEvent("sync.finished", Purpose = "Measure how long synchronisation takes to size the sync service.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record SyncFinished { [TelemetryField("How long it took, in milliseconds.")] public long DurationMs { get; init; } }
            """);
        var app = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [library], GeneratorHarness.ParseOptions, ("/App/Started.cs", """
            using Governance;
            namespace App;
            [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 90, Consent = Consent.OptOut)]
            public partial record Started;
            """))).AssertClean();
        var engine = new RecordingBuildEngine();
        var task = Task(engine, Emit(app.Output, "App.dll"));
        task.UpdateBaseline = true;

        Assert.True(task.Execute());

        Assert.Empty(engine.Warnings);
        var compiled = CompiledManifest.FromSource(app.Sources[CompiledManifest.HintName]);
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
        var compilation = GeneratorHarness.CompileAssembly("Odd", [], GeneratorHarness.ParseOptions,
            ("/Odd/Manifest.cs", "[assembly: Governance.TelemetryManifest(" + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(json, quote: true) + ")]"));
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

    /// <summary>MSBuild's side of a task: what the task logs, kept for the test to read.</summary>
    private sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<BuildWarningEventArgs> Warnings { get; } = new();

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.csproj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(BuildErrorEventArgs e) => throw new InvalidOperationException("The task logged an error: " + e.Message);

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    }
}
