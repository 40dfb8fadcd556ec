using System.Text.Json;
using Governance.EndToEnd.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.EndToEnd.Tests;

/// <summary>
/// Whole products in real builds: an application built from libraries that declare telemetry, referenced as projects
/// (through a chain the application does not reference directly) and as a package. The application's manifest,
/// privacy document, notice, catalog and review cover every event of the product; a name declared twice fails the
/// build; a library upgrade that adds an event is one unreviewed change.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ProductPackageTests
{
    // Written as C# 7.3, the language a netstandard2.0 library compiles as unless it says otherwise (the project pins it).
    private const string StorageEvents = """
        using Governance;

        namespace Storage
        {
            [TelemetryEvent("storage.compacted", Purpose = "Learn how much space compaction recovers, to tune its schedule.",
                RetentionDays = 60, Consent = Consent.OptOut, Owner = "storage-team@example.org")]
            internal partial class Compacted
            {
                [TelemetryField("Bytes recovered by the compaction.")]
                public long BytesRecovered { get; set; }
            }
        }
        """;

    private const string SyncEvents = """
        using Governance;

        namespace Sync;

        [TelemetryEvent("sync.finished", Purpose = "Measure how long synchronisation takes to size the sync service.",
            RetentionDays = 30, Consent = Consent.OptOut, Owner = "sync-team@example.org")]
        public partial record SyncFinished
        {
            [TelemetryField("How long the synchronisation took, in milliseconds.")]
            public long DurationMs { get; init; }
        }

        public static class SyncEngine
        {
            /// <summary>Library code tracks its own event through the client the application gives it.</summary>
            public static void Run(TelemetryClient client) => client.Track(new SyncFinished { DurationMs = 42 });
        }
        """;

    private static string AppEvents(string name) => $$"""
        using Governance;

        [assembly: TelemetryProduct("Notes", PrivacyContact = "privacy@notes.example")]

        namespace Notes;

        [TelemetryEvent("{{name}}", Purpose = "Count how often the app starts to size the servers.",
            RetentionDays = 90, Consent = Consent.OptOut, Owner = "notes-team@example.org")]
        public partial record Started
        {
            [TelemetryField("Whether this is the first start after installation.")]
            public bool FirstRun { get; init; }
        }
        """;

    private const string AppProgram = """
        using System.Runtime.CompilerServices;
        using Governance;
        using Notes;

        var sink = new InMemoryTelemetrySink();
        var client = new TelemetryClient(new TelemetryOptions { ProductName = "Notes", Sinks = { sink } });

        // Before any library type is touched: the catalog and the notice already describe the whole product.
        Console.WriteLine("SYNC-LOADED " + AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "ProductSync"));
        Console.WriteLine("CATALOG " + string.Join(",", TelemetryCatalog.Events.Select(e => e.Name + "@" + e.Assembly)));
        Console.WriteLine("NOTICE-BEGIN");
        Console.Write(client.NoticeText);
        Console.WriteLine("NOTICE-END");
        Console.WriteLine("DESCRIPTION-BEGIN");
        Console.Write(client.DescribeTelemetry());
        Console.WriteLine("DESCRIPTION-END");

        // One client, one consent: the library's event waits for the product's consent like the application's own.
        RunLibrary(client);
        client.Track(new Started { FirstRun = true });
        Console.WriteLine("BEFORE-CONSENT " + sink.Events.Count);
        client.OptIn();
        RunLibrary(client);
        Console.WriteLine("SENT " + string.Join(",", sink.Events.Select(e => e.Name)));
        Console.WriteLine("CATALOG-AFTER " + string.Join(",", TelemetryCatalog.Events.Select(e => e.Name + "@" + e.Assembly)));

        [MethodImpl(MethodImplOptions.NoInlining)]
        static void RunLibrary(TelemetryClient client) => Sync.SyncEngine.Run(client);
        """;

    private const string SearchEvents = """
        using Governance;

        namespace SearchKit;

        [TelemetryEvent("search.query_run", Purpose = "Learn whether search results help people find what they look for.",
            RetentionDays = 30, Consent = Consent.OptOut, Owner = "search-team@example.org")]
        public partial record QueryRun
        {
            [TelemetryField("Number of results shown, from 0 to 100.")]
            public int ResultCount { get; init; }
        }
        """;

    private const string SearchEventsUpgraded = SearchEvents + """


        [TelemetryEvent("search.filter_applied", Purpose = "Learn which search filters people use, to keep the useful ones.",
            RetentionDays = 30, Consent = Consent.OptOut, Owner = "search-team@example.org")]
        public partial record FilterApplied
        {
            [TelemetryField("How many filters were applied.")]
            public int FilterCount { get; init; }
        }
        """;

    private readonly PackageFixture _packages;

    public ProductPackageTests(PackageFixture packages)
    {
        _packages = packages;
    }

    [Fact]
    public void An_application_built_from_project_references_describes_and_sends_the_whole_product()
    {
        // app → ProductSync → ProductStorage; the application does not reference ProductStorage itself.
        // The bottom library compiles as C# 7.3 with no nullable context, as a netstandard2.0 library does by default:
        // what the generator writes for it, its event and its manifest, must build there without a warning (GOV030, the
        // unreviewed new event, stays the warning it is by design).
        _packages.CreateConsumer("ProductStorage", "product")
            .WithProjectFile(outputType: "Library", extraProperties: "<LangVersion>7.3</LangVersion><Nullable>disable</Nullable><ImplicitUsings>disable</ImplicitUsings><TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>GOV030</WarningsNotAsErrors>")
            .WriteFile("Events.cs", StorageEvents);
        _packages.CreateConsumer("ProductSync", "product")
            .WithProjectFile(outputType: "Library", extraItems: """<ProjectReference Include="../ProductStorage/ProductStorage.csproj" />""")
            .WriteFile("Events.cs", SyncEvents);
        var app = _packages.CreateConsumer("ProductApp", "product")
            .WithProjectFile(
                extraProperties: "<DisableTransitiveProjectReferences>true</DisableTransitiveProjectReferences>",
                extraItems: """<ProjectReference Include="../ProductSync/ProductSync.csproj" />""")
            .WriteFile("Events.cs", AppEvents("app.started"))
            .WriteFile("Program.cs", AppProgram);

        // Nothing but unreviewed changes (there is no baseline): the application's, and its libraries' in theirs.
        var build = app.Build().AssertSucceeded();
        Assert.True(build.Diagnostics.All(d => d.Id == "GOV030"), "The build reported:\n" + string.Join("\n", build.Diagnostics.Select(d => d.Line)));
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.Contains(build.Diagnostics, d => d.Message.StartsWith("Telemetry change not yet reviewed: event 'storage.compacted' of assembly 'ProductStorage' is new", StringComparison.Ordinal)
            && d.Line.Contains("ProductApp", StringComparison.Ordinal));

        // The manifest lists every event of the product once, each with its assembly.
        var json = app.ReadOutput("telemetry-manifest.json");
        Assert.Empty(ManifestSchema.Validate(json));
        using (var manifest = JsonDocument.Parse(json))
        {
            Assert.Equal(
                new[] { "app.started@ProductApp", "storage.compacted@ProductStorage", "sync.finished@ProductSync" },
                manifest.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("name").GetString() + "@" + e.GetProperty("assembly").GetString()));
            Assert.Equal("Notes", manifest.RootElement.GetProperty("product").GetProperty("name").GetString());
        }

        // The privacy document describes the libraries' events.
        var privacy = app.ReadOutput("telemetry-privacy.md");
        Assert.Contains("### sync.finished", privacy, StringComparison.Ordinal);
        Assert.Contains("| duration_ms | whole number | Technical | How long the synchronisation took, in milliseconds. |", privacy, StringComparison.Ordinal);
        Assert.Contains("Learn how much space compaction recovers, to tune its schedule.", privacy, StringComparison.Ordinal);

        // Run time: the notice and the catalog list the libraries' events before the library is loaded; the library
        // tracks through the application's client and consent; the catalog never lists an event twice.
        var run = app.Run().AssertSucceeded().Output;
        Assert.Contains("SYNC-LOADED False", run, StringComparison.Ordinal);
        const string Catalog = "app.started@ProductApp,storage.compacted@ProductStorage,sync.finished@ProductSync";
        Assert.Contains("CATALOG " + Catalog + "\n", run.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var notice = Between(run, "NOTICE-BEGIN", "NOTICE-END");
        Assert.Contains("Measure how long synchronisation takes to size the sync service.", notice, StringComparison.Ordinal);
        Assert.Contains("Learn how much space compaction recovers, to tune its schedule.", notice, StringComparison.Ordinal);
        var description = Between(run, "DESCRIPTION-BEGIN", "DESCRIPTION-END").ReplaceLineEndings("\n");
        Assert.Contains("\nsync.finished\n  Why: Measure how long synchronisation takes to size the sync service.\n", description, StringComparison.Ordinal);
        Assert.Contains("    - duration_ms (Technical): How long the synchronisation took, in milliseconds.\n", description, StringComparison.Ordinal);
        Assert.Contains("\nstorage.compacted\n", description, StringComparison.Ordinal);
        Assert.Contains("BEFORE-CONSENT 0", run, StringComparison.Ordinal);
        Assert.Contains("SENT sync.finished", run, StringComparison.Ordinal);
        Assert.Contains("CATALOG-AFTER " + Catalog + "\n", run.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        // The same name declared by the application and a library is a build error naming the library.
        app.WriteFile("Events.cs", AppEvents("sync.finished"));
        var clash = app.Build();
        Assert.NotEqual(0, clash.ExitCode);
        var error = Assert.Single(clash.Diagnostics, d => d.Id == "GOV008");
        Assert.Equal("error", error.Severity);
        Assert.StartsWith("Event name 'sync.finished' is already declared by assembly 'ProductSync'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_library_from_a_package_is_part_of_the_product_and_its_upgrade_is_one_reviewed_change()
    {
        var feed = Path.Combine(_packages.Root, "library-feed");
        var library = _packages.CreateConsumer("SearchKit", "packaged").WithProjectFile(outputType: "Library").WriteFile("Events.cs", SearchEvents);
        library.Pack(feed, "1.0.0").AssertSucceeded();
        library.WriteFile("Events.cs", SearchEventsUpgraded).Pack(feed, "1.1.0").AssertSucceeded();

        var app = _packages.CreateConsumer("PackagedApp", "packaged")
            .WithFeed("libraries", feed)
            .WithProjectFile(extraItems: """<PackageReference Include="SearchKit" Version="1.0.0" />""")
            .WriteFile("Events.cs", AppEvents("app.started"))
            .WriteFile("Program.cs", "System.Console.WriteLine(\"ok\");");

        // The reviewed application: its baseline records the package's event with its assembly.
        var reviewed = app.Build("-p:GovernanceUpdateBaseline=true").AssertSucceeded();
        Assert.True(reviewed.Diagnostics.Count == 0, "The build reported:\n" + string.Join("\n", reviewed.Diagnostics.Select(d => d.Line)));
        using (var manifest = JsonDocument.Parse(app.ReadOutput("telemetry-manifest.json")))
        {
            Assert.Equal(
                new[] { "app.started@PackagedApp", "search.query_run@SearchKit" },
                manifest.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("name").GetString() + "@" + e.GetProperty("assembly").GetString()));
        }

        Assert.Contains("### search.query_run", app.ReadOutput("telemetry-privacy.md"), StringComparison.Ordinal);
        var baseline = File.ReadAllText(Path.Combine(app.Directory, "telemetry.reviewed.json"));
        Assert.Contains("\"name\": \"search.query_run\",\n      \"assembly\": \"SearchKit\",", baseline, StringComparison.Ordinal);

        // The upgrade adds one event: exactly one unreviewed change, naming the package's assembly, listed for review.
        app.WithProjectFile(extraItems: """<PackageReference Include="SearchKit" Version="1.1.0" />""");
        var upgraded = app.Build().AssertSucceeded();
        var change = Assert.Single(upgraded.Diagnostics);
        Assert.Equal("GOV030", change.Id);
        Assert.StartsWith("Telemetry change not yet reviewed: event 'search.filter_applied' of assembly 'SearchKit' is new", change.Message, StringComparison.Ordinal);
        var changes = app.ReadOutput("telemetry-changes.md");
        Assert.Contains("1 change against the reviewed baseline", changes, StringComparison.Ordinal);
        Assert.Contains("- Event 'search.filter_applied' of assembly 'SearchKit' is new", changes, StringComparison.Ordinal);
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
