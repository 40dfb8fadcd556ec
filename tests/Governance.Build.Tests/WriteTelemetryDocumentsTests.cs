using System.Text.Json;
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

    /// <summary>Declared text with every character HTML could read as markup; it must show exactly as written.</summary>
    private const string Hostile = "Size in <b>bytes</b> & \"quoted\" 'text' <script>alert(1)</script> | *stars*";

    private const string PublishedProduct = """
        using Governance;
        [assembly: TelemetryProduct("Notes & <Co>", DataController = "Contoso Ltd", PrivacyPolicyUrl = "https://contoso.example/privacy?a=1&b=2",
            Recipients = new[] { "Contoso Ltd", "Fabrikam Cloud <hosting> & \"backups\"" }, StorageRegion = "European Union (Ireland)")]
        namespace Notes;
        [TelemetryContext]
        public partial record AppContext { [TelemetryField("The installation's identifier.", DataClass = DataClass.Identifier)] public string InstallationId { get; init; } = ""; }
        [TelemetryEvent("notes.saved", Purpose = "Learn how large notes get, to size storage.", RetentionDays = 90, Consent = Consent.OptOut)]
        public partial record NoteSaved { [TelemetryField("HOSTILE")] public long Size { get; init; } }
        """;

    [Fact]
    public void The_privacy_document_is_also_written_as_a_web_page_unless_turned_off()
    {
        var app = Generate("Notes", [], PublishedProduct.Replace("HOSTILE", Hostile.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal));
        var assembly = Emit(app.Compilation, "Notes.dll");
        var task = Task(new RecordingBuildEngine(), assembly);
        task.DocsDirectory = Path.Combine(_directory, "docs");

        Assert.True(task.Execute());

        var page = Path.Combine(_directory, "out", "telemetry-privacy.html");
        var compiled = CompiledManifest.FromSource(app.ManifestSource);
        Assert.Equal(CompiledManifest.PrivacyPage(compiled), File.ReadAllText(page));
        Assert.Equal(File.ReadAllText(page), File.ReadAllText(Path.Combine(_directory, "docs", "telemetry-privacy.html")));
        Assert.Contains(task.OutputFiles, item => item.ItemSpec == page);

        var off = Task(new RecordingBuildEngine(), assembly);
        off.WriteHtml = false;
        Assert.True(off.Execute());
        Assert.False(File.Exists(page), "a page left from an earlier build would describe what this build no longer vouches for");
        Assert.True(File.Exists(Path.Combine(_directory, "out", "telemetry-privacy.md")));
        Assert.DoesNotContain(off.OutputFiles, item => item.ItemSpec == page);
    }

    [BrowserFact]
    public async Task The_web_page_shows_every_section_and_the_declared_text_as_written_in_a_real_browser()
    {
        var app = Generate("Notes", [], PublishedProduct.Replace("HOSTILE", Hostile.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.True(Task(new RecordingBuildEngine(), Emit(app.Compilation, "Notes.dll")).Execute());
        var page = Path.Combine(_directory, "out", "telemetry-privacy.html");

        await using var browser = await HeadlessBrowser.StartAsync();
        var text = await browser.RenderAsync(page);
        using var structure = JsonDocument.Parse(await browser.EvaluateAsync(page, """
            JSON.stringify({
              title: document.title,
              headings: [...document.querySelectorAll('h1, h2, h3')].map(h => h.tagName + ' ' + h.id + ' ' + h.textContent),
              viewport: document.querySelector('meta[name="viewport"]')?.content ?? '',
              fetched: performance.getEntriesByType('resource').length,
              external: document.querySelectorAll('script, link, img, iframe, object, [src]').length,
              injected: document.querySelectorAll('main b, main script').length,
              links: [...document.querySelectorAll('a')].map(a => a.href),
              tables: [...document.querySelectorAll('table')].map(t => [...t.rows[0].cells].map(c => c.textContent).join('|'))
            })
            """));
        var root = structure.RootElement;

        // What a reader sees: the declared text exactly as written, markup characters and all.
        Assert.Contains(Hostile, text, StringComparison.Ordinal);
        Assert.Contains("Telemetry collected by Notes & <Co>", text, StringComparison.Ordinal);
        Assert.Contains("Fabrikam Cloud <hosting> & \"backups\"", text, StringComparison.Ordinal);
        Assert.Contains("European Union (Ireland)", text, StringComparison.Ordinal);
        Assert.Contains("Set the environment variable DO_NOT_TRACK to 1", text, StringComparison.Ordinal);
        Assert.Contains("keyed hash of text", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);

        // A valid page to publish: one title, every section with a unique id, a phone-sized layout, nothing fetched,
        // nothing injected by declared text, the policy linked as written.
        Assert.Equal("Telemetry collected by Notes & <Co>", root.GetProperty("title").GetString());
        var headings = root.GetProperty("headings").EnumerateArray().Select(h => h.GetString()!).ToList();
        Assert.Equal(
            ["H1 telemetry-collected-by-notes-co Telemetry collected by Notes & <Co>", "H2 in-short In short", "H2 how-to-turn-it-off How to turn it off",
             "H2 who-receives-the-data-and-where-it-is-kept Who receives the data and where it is kept", "H2 who-is-responsible Who is responsible",
             "H2 sent-with-every-event Sent with every event", "H2 events Events", "H3 notes-saved notes.saved", "H2 your-data Your data",
             "H2 what-the-data-classes-mean What the data classes mean"],
            headings);
        Assert.Equal("width=device-width, initial-scale=1", root.GetProperty("viewport").GetString());
        Assert.Equal(0, root.GetProperty("fetched").GetInt32());
        Assert.Equal(0, root.GetProperty("external").GetInt32());
        Assert.Equal(0, root.GetProperty("injected").GetInt32());
        Assert.Equal(["https://contoso.example/privacy?a=1&b=2"], root.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(
            ["Field|Type|Data class|What it contains", "Event|Why it is collected|Consent|Kept for|Who can see it", "Field|Type|Data class|What it contains"],
            root.GetProperty("tables").EnumerateArray().Select(t => t.GetString()));
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
