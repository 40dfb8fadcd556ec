using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Documents;
using Governance.CodeAnalysis.Manifest;
using Governance.CodeAnalysis.Model;
using Governance.Generators.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.Generators.Tests;

/// <summary>
/// Whole products: an application's manifest, documents and catalog cover the events of every assembly it is built
/// from, read at compile time from the manifests its references carry, each event once and naming its assembly.
/// </summary>
public sealed class ProductManifestTests
{
    private const string SyncEvent = """
        using Governance;
        namespace Sync;

        public enum SyncTrigger { Manual, Scheduled }

        [TelemetryEvent("sync.finished", Purpose = "Measure how long synchronisation takes to size the sync service.", RetentionDays = 30, Consent = Consent.OptOut)]
        public partial record SyncFinished
        {
            [TelemetryField("How long the synchronisation took, in milliseconds.")] public long DurationMs { get; init; }
            [TelemetryField("What started the synchronisation.", DataClass = DataClass.Interaction)] public SyncTrigger Trigger { get; init; }
        }
        """;

    private const string StorageEvent = """
        using Governance;
        namespace Storage;

        [TelemetryEvent("storage.compacted", Purpose = "Learn how much space compaction recovers, to tune its schedule.", RetentionDays = 60, Consent = Consent.OptOut)]
        internal partial record Compacted
        {
            [TelemetryField("Bytes recovered by the compaction.")] public long BytesRecovered { get; init; }
        }
        """;

    private const string AppEvent = """
        using Governance;

        [assembly: TelemetryProduct("Contoso Notes", PrivacyContact = "privacy@contoso.example")]

        namespace App;

        [TelemetryEvent("app.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 90, Consent = Consent.OptOut)]
        public partial record Started
        {
            [TelemetryField("Whether this is the first start after installation.")] public bool FirstRun { get; init; }
        }
        """;

    [Fact]
    public void The_application_manifest_lists_its_own_and_its_references_events_with_their_assembly()
    {
        var sync = GeneratorHarness.BuildLibrary("Sync", [], SyncEvent);
        var app = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [sync], GeneratorHarness.ParseOptions, ("/App/Started.cs", AppEvent))).AssertClean();

        var source = app.Sources[CompiledManifest.HintName];
        var json = CompiledManifest.IndentedJson(CompiledManifest.FromSource(source));
        Assert.Empty(ManifestSchema.Validate(json));
        using var manifest = JsonDocument.Parse(json);
        Assert.Equal("Contoso Notes", manifest.RootElement.GetProperty("product").GetProperty("name").GetString());
        Assert.Equal("App", manifest.RootElement.GetProperty("product").GetProperty("assembly").GetString());
        var events = manifest.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(new[] { "app.started App", "sync.finished Sync" }, events.Select(e => e.GetProperty("name").GetString() + " " + e.GetProperty("assembly").GetString()));
        var finished = events[1];
        Assert.Equal("Sync.SyncFinished", finished.GetProperty("sourceType").GetString());
        Assert.Equal(new[] { "Manual", "Scheduled" }, finished.GetProperty("fields")[1].GetProperty("values").EnumerateArray().Select(v => v.GetString()));

        // The privacy document describes the library's event; the catalog source creates its descriptor from the manifest.
        var privacy = CompiledManifest.PrivacyDocument(CompiledManifest.FromSource(source));
        Assert.Contains("### sync.finished", privacy, StringComparison.Ordinal);
        Assert.Contains("| duration_ms | whole number | Technical | How long the synchronisation took, in milliseconds. |", privacy, StringComparison.Ordinal);
        Assert.Contains("### sync.finished\n\n- **Why it is collected:**", privacy, StringComparison.Ordinal);
        Assert.Contains("- **Declared by:** Sync\n", privacy, StringComparison.Ordinal);
        Assert.Contains("- **Declared by:** App\n", privacy, StringComparison.Ordinal);
        Assert.Contains("global::App.Started.TelemetryDescriptor,", source, StringComparison.Ordinal);
        Assert.Equal("Sync", GeneratedDeclaration.In(source).Single(d => d.Name == "sync.finished").Assembly);
        Assert.DoesNotContain("global::Sync.SyncFinished", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_assembly_carries_its_references_events_so_a_chain_reaches_the_application_without_a_direct_reference()
    {
        // app → sync → storage, with storage not referenced by the app (DisableTransitiveProjectReferences).
        var storage = GeneratorHarness.BuildLibrary("Storage", [], StorageEvent);
        var sync = GeneratorHarness.BuildLibrary("Sync", [storage], SyncEvent);
        var app = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [sync], GeneratorHarness.ParseOptions, ("/App/Started.cs", AppEvent))).AssertClean();

        Assert.Equal(
            new[] { ("app.started", "App"), ("storage.compacted", "Storage"), ("sync.finished", "Sync") },
            Events(app).Select(e => (e.Name, e.Assembly)));
    }

    [Fact]
    public void An_assembly_reached_by_several_paths_is_listed_once_as_its_own_manifest_declares_it()
    {
        var storageV1 = GeneratorHarness.BuildLibrary("Storage", [], StorageEvent);
        var sync = GeneratorHarness.BuildLibrary("Sync", [storageV1], SyncEvent);

        // Both reach the application: storage directly and through sync's manifest. An upgraded storage (the direct
        // reference) wins over the copy sync was built with: its changed retention, its new event, no stale one.
        var storageV2 = GeneratorHarness.BuildLibrary("Storage", [], StorageEvent.Replace("RetentionDays = 60", "RetentionDays = 14", StringComparison.Ordinal)
            .Replace("storage.compacted", "storage.compaction_finished", StringComparison.Ordinal));
        var app = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [sync, storageV2], GeneratorHarness.ParseOptions, ("/App/Started.cs", AppEvent))).AssertClean();

        var events = Events(app);
        Assert.Equal(new[] { "app.started", "storage.compaction_finished", "sync.finished" }, events.Select(e => e.Name));
        Assert.Equal(14, events.Single(e => e.Assembly == "Storage").RetentionDays);

        // Referenced twice over the same version: still once.
        var again = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [sync, storageV1], GeneratorHarness.ParseOptions, ("/App/Started.cs", AppEvent))).AssertClean();
        Assert.Equal(new[] { "app.started", "storage.compacted", "sync.finished" }, Events(again).Select(e => e.Name));
    }

    [Fact]
    public void An_application_without_events_of_its_own_still_describes_its_libraries()
    {
        var sync = GeneratorHarness.BuildLibrary("Sync", [], SyncEvent);
        var app = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [sync], GeneratorHarness.ParseOptions, ("/App/Program.cs", "namespace App; public static class Program { }"))).AssertClean();

        Assert.Equal(new[] { ("sync.finished", "Sync") }, Events(app).Select(e => (e.Name, e.Assembly)));
    }

    [Fact]
    public void Without_context_fields_a_manifest_has_no_context_yet_a_librarys_opt_out_reaches_the_application_that_sets_one()
    {
        // The library declares no context, so its manifest is what it was before contexts existed, apart from the one
        // event that opts out: the application that sets a context must not count it as carrying its fields.
        var libraryRun = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("Sync", [], GeneratorHarness.ParseOptions, ("/Sync/Finished.cs", SyncEvent + """

            [TelemetryEvent("sync.uninstalled", Purpose = "Count uninstallations, to learn whether people leave the sync service.", RetentionDays = 30, Consent = Consent.OptOut, IncludeContext = false)]
            public partial record SyncUninstalled;
            """))).AssertClean();
        var sync = GeneratorHarness.Emit(libraryRun.Output);
        var libraryJson = CompiledManifest.IndentedJson(CompiledManifest.FromSource(libraryRun.Sources[CompiledManifest.HintName]));
        Assert.Empty(ManifestSchema.Validate(libraryJson));
        using var library = JsonDocument.Parse(libraryJson);
        Assert.False(library.RootElement.TryGetProperty("context", out _));
        Assert.Equal(new[] { "sync.finished absent", "sync.uninstalled False" }, library.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("name").GetString() + " " + (e.TryGetProperty("includesContext", out var included) ? included.GetBoolean().ToString() : "absent")));

        var app = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [sync], GeneratorHarness.ParseOptions, ("/App/Started.cs", AppEvent + """

            [TelemetryContext]
            public partial record AppContext
            {
                [TelemetryField("Random identifier of this run.", DataClass = DataClass.Identifier)] public string SessionId { get; init; } = "";
            }
            """))).AssertClean();
        var json = CompiledManifest.IndentedJson(CompiledManifest.FromSource(app.Sources[CompiledManifest.HintName]));
        Assert.Empty(ManifestSchema.Validate(json));
        using var manifest = JsonDocument.Parse(json);
        Assert.Equal(1, manifest.RootElement.GetProperty("context").GetProperty("fields").GetArrayLength());
        var dataClasses = manifest.RootElement.GetProperty("events").EnumerateArray().ToDictionary(
            e => e.GetProperty("name").GetString()!, e => string.Join(",", e.GetProperty("dataClasses").EnumerateArray().Select(c => c.GetString())));
        Assert.Equal("technical,identifier", dataClasses["app.started"]);
        Assert.Equal("technical,interaction,identifier", dataClasses["sync.finished"]);
        Assert.Equal(string.Empty, dataClasses["sync.uninstalled"]);
        Assert.Contains(GeneratedDeclaration.In(app.Sources[CompiledManifest.HintName]), d => !d.IncludesContext);
    }

    [Fact]
    public void A_name_declared_by_two_assemblies_is_listed_for_each_and_the_generated_code_still_compiles()
    {
        // GOV008 (an analyzer) makes this a build error; the generator stays quiet and correct.
        var sync = GeneratorHarness.BuildLibrary("Sync", [], SyncEvent);
        var clash = AppEvent.Replace("app.started", "sync.finished", StringComparison.Ordinal);
        var app = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [sync], GeneratorHarness.ParseOptions, ("/App/Started.cs", clash))).AssertClean();

        Assert.Equal(new[] { ("sync.finished", "App"), ("sync.finished", "Sync") }, Events(app).Select(e => (e.Name, e.Assembly)));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"manifestVersion\":1}")]
    [InlineData("{\"manifestVersion\":99,\"events\":[]}")]
    [InlineData("{\"manifestVersion\":1,\"generator\":{\"name\":\"Governance\",\"version\":\"1\"},\"product\":{\"name\":\"Odd\",\"assembly\":\"Odd\"},\"events\":[{\"name\":\"odd.event\"}]}")]
    public void A_reference_whose_manifest_cannot_be_read_is_skipped_without_failing_the_generator(string json)
    {
        var odd = GeneratorHarness.Emit(GeneratorHarness.CompileAssembly("Odd", [], GeneratorHarness.ParseOptions,
            ("/Odd/Manifest.cs", "[assembly: Governance.TelemetryManifest(" + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(json, quote: true) + ")]")));
        var sync = GeneratorHarness.BuildLibrary("Sync", [], SyncEvent);
        var app = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [odd, sync], GeneratorHarness.ParseOptions, ("/App/Started.cs", AppEvent))).AssertClean();

        Assert.Equal(new[] { "app.started", "sync.finished" }, Events(app).Select(e => e.Name));
    }

    [Fact]
    public void A_project_reference_in_the_IDE_is_read_from_its_compilation()
    {
        var sync = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("Sync", [], GeneratorHarness.ParseOptions, ("/Sync/Finished.cs", SyncEvent))).AssertClean().Output;
        var app = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [sync.ToMetadataReference()], GeneratorHarness.ParseOptions, ("/App/Started.cs", AppEvent))).AssertClean();

        Assert.Equal(new[] { ("app.started", "App"), ("sync.finished", "Sync") }, Events(app).Select(e => (e.Name, e.Assembly)));
    }

    [Fact]
    public void The_compact_manifest_reads_back_to_the_same_documents_the_declarations_give()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [GeneratorHarness.BuildLibrary("Sync", [], SyncEvent)], GeneratorHarness.ParseOptions,
            ("/App/Started.cs", AppEvent),
            ("/App/More.cs", """
                using System;
                using Governance;
                namespace App;
                public enum Level : byte { Low = 1, High = 2 }
                [TelemetryEvent("app.everything", Purpose = "Cover the field types and declarations the manifest records.", RetentionDays = 7, Consent = Consent.OptIn,
                    Access = DataAccess.Restricted, Owner = "team@contoso.example", Expires = "2030-01-31")]
                public partial record Everything
                {
                    [TelemetryField("text")] public string? Text { get; init; }
                    [TelemetryField("maybe a level")] public Level? MaybeLevel { get; init; }
                    [TelemetryField("when")] public DateTimeOffset? When { get; init; }
                    [TelemetryField("account", DataClass = DataClass.Identifier)] public Guid Account { get; init; }
                    [TelemetryField("town", DataClass = DataClass.Personal)] public string Town { get; init; } = "";
                }
                """))).AssertClean();

        // The model the generator wrote from, and the one the build task reads back, give the same documents.
        var written = (ManifestSpec)outcome.Result.TrackedSteps[TrackingNames.Manifest].Single().Outputs.Single().Value;
        var compiled = CompiledManifest.FromSource(outcome.Sources[CompiledManifest.HintName]);
        Assert.StartsWith("{\"manifestVersion\":2,", compiled, StringComparison.Ordinal);
        var read = ManifestJsonReader.Read(compiled);

        // A library compiled by the first release carries the keyed form (version 1): it reads to the same manifest.
        var keyed = ManifestJsonReader.Read(ManifestJsonWriter.Write(written));
        foreach (var other in new[] { read, keyed })
        {
            Assert.Equal(ManifestJsonWriter.Write(written), ManifestJsonWriter.Write(other));
            Assert.Equal(ManifestJsonWriter.WriteCompact(written), ManifestJsonWriter.WriteCompact(other));
            Assert.Equal(PrivacyDocumentWriter.Write(written), PrivacyDocumentWriter.Write(other));
            Assert.Equal(written.Product, other.Product);
            Assert.Equal(
                written.Events.SelectMany(e => e.Fields).Select(f => (f.Type.Kind, f.Type.IsNullableValueType, f.Type.DisplayName)),
                other.Events.SelectMany(e => e.Fields).Select(f => (f.Type.Kind, f.Type.IsNullableValueType, f.Type.DisplayName)));
        }
    }

    [Fact]
    public void A_context_without_fields_is_left_out_of_both_forms_alike()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [], GeneratorHarness.ParseOptions,
            ("/App/Started.cs", AppEvent),
            ("/App/Empty.cs", """
                using Governance;
                namespace App;
                [TelemetryContext]
                public partial record EmptyContext;
                """))).AssertClean();

        var written = (ManifestSpec)outcome.Result.TrackedSteps[TrackingNames.Manifest].Single().Outputs.Single().Value;
        Assert.Single(written.Contexts);
        var compiled = CompiledManifest.FromSource(outcome.Sources[CompiledManifest.HintName]);
        Assert.DoesNotContain("\"context\"", compiled, StringComparison.Ordinal);
        Assert.Empty(ManifestJsonReader.Read(compiled).Contexts);
        Assert.Empty(ManifestJsonReader.Read(ManifestJsonWriter.Write(written)).Contexts);
    }

    [Theory]
    [InlineData("[1]", "an event is not an array of at least 11 items")]
    [InlineData("[\"a.b\",\"p\",1,3,0,null,null,\"A.B\",null,true,[]]", "'consent' has the unknown value 3")]
    [InlineData("[\"a.b\",\"p\",\"1\",1,0,null,null,\"A.B\",null,true,[]]", "'retentionDays'")]
    [InlineData("[\"a.b\",\"p\",1,1,0,null,null,\"A.B\",null,true,[[\"f\",\"F\",\"int\",\"d\"]]]", "a field is not an array of at least 5 items")]
    [InlineData("[\"a.b\",\"p\",1,1,0,null,null,\"A.B\",null,true,[[\"f\",\"F\",\"int\",\"d\",9]]]", "'dataClass' has the unknown value 9")]
    [InlineData("[\"a.b\",\"p\",1,1,0,null,null,\"A.B\",null,true,[[\"f\",\"F\",\"IReadOnlyDictionary<K, int>\",\"d\",0,0,2]]]", "a map field has no 'keys'")]
    [InlineData("[\"a.b\",\"p\",1,1,0,null,null,\"A.B\",null,\"yes\",[]]", "'includesContext'")]
    [InlineData("[\"a.b\",\"p\",1,1,0,null,null,\"A.B\",7,true,[]]", "'assembly'")]
    [InlineData("[\"a.b\",\"p\",1,1,0,false,null,\"A.B\",null,true,[]]", "'owner'")]
    public void The_reader_says_what_is_wrong_with_an_event_of_the_compact_form(string evt, string problem)
    {
        var json = "{\"manifestVersion\":2,\"generator\":{\"version\":\"1\"},\"product\":{\"name\":\"A\",\"assembly\":\"A\"},\"events\":[" + evt + "]}";
        var error = Assert.Throws<FormatException>(() => ManifestJsonReader.Read(json));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_compact_form_left_out_items_take_their_defaults_later_items_are_ignored_and_a_null_assembly_is_the_manifests_own()
    {
        var manifest = ManifestJsonReader.Read("""
            {"manifestVersion":2,"generator":{"name":"Governance","version":"0.1.0"},"product":{"name":"App","assembly":"App"},
             "context":[["App.Ctx",null,[["session","Session","string","The run.",2]]],["Lib.Ctx","Lib",[],"a later item"]],
             "events":[["app.ran","Know it ran.",1,2,0,null,null,"App.Ran",null,false,[["id","Id","string","An id.",2],["tags","Tags","IReadOnlyDictionary<Tag, int>","Tags.",0,0,2,["Red"]],["kind","Kind","Kind?","A kind.",1,0,0,null,["A","B"],true,{"later":1}]]],
                       ["lib.ran","Know the library ran.",1,2,0,null,null,"Lib.Ran","Lib",true,[],"a later item"]]}
            """);

        Assert.Equal([("App.Ctx", "App", 1), ("Lib.Ctx", "Lib", 0)], manifest.Contexts.Select(c => (c.Type.DisplayName, c.Assembly, c.Fields.Count)));
        Assert.Equal(["App", "Lib"], manifest.Events.Select(e => e.Assembly));
        var fields = manifest.Events[0].Fields;
        Assert.Equal(HashingKind.Keyed, fields[0].Hashing); // an identifier's implied hash
        Assert.Equal((FieldShapeKind.Map, "Tag", HashingKind.None, false), (fields[1].Type.Shape, fields[1].Type.Key!.DisplayName, fields[1].Hashing, fields[1].OmitWhenNull));
        Assert.Equal(["Red"], fields[1].Type.Key!.Members.Select(m => m.Name));
        Assert.Equal((FieldKind.Enum, true, true), (fields[2].Type.Kind, fields[2].Type.IsNullableValueType, fields[2].OmitWhenNull));
        Assert.False(manifest.Events[0].IncludesContext);
    }

    [Theory]
    [InlineData("[]", "not a JSON object")]
    [InlineData("{\"manifestVersion\":3}", "'manifestVersion' is not 1 or 2")]
    [InlineData("{\"manifestVersion\":1,\"generator\":{\"version\":\"1\"},\"product\":{\"name\":\"A\",\"assembly\":\"A\"},\"events\":[{\"name\":\"a.b\",\"sourceType\":\"A.B\",\"purpose\":\"p\",\"retentionDays\":1,\"consent\":\"maybe\",\"access\":\"team\",\"fields\":[]}]}", "'consent' has the unknown value 'maybe'")]
    [InlineData("{\"manifestVersion\":1,\"generator\":{\"version\":\"1\"},\"product\":{\"name\":\"A\",\"assembly\":\"A\"},\"events\":[{\"name\":\"a.b\",\"sourceType\":\"A.B\",\"purpose\":\"p\",\"retentionDays\":\"1\",\"consent\":\"optIn\",\"access\":\"team\",\"fields\":[]}]}", "whole-number 'retentionDays'")]
    [InlineData("{\"manifestVersion\":1,\"generator\":{\"version\":\"1\"},\"product\":{\"name\":\"A\",\"assembly\":\"A\",\"privacyContact\":3},\"events\":[]}", "'privacyContact' is neither a string nor null")]
    public void The_reader_says_what_is_wrong_with_a_manifest(string json, string problem)
    {
        var error = Assert.Throws<FormatException>(() => ManifestJsonReader.Read(json));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_a_newer_generator_adds_are_ignored_and_an_event_without_assembly_is_the_manifests_own()
    {
        var manifest = ManifestJsonReader.Read("""
            {"manifestVersion":1,"generator":{"name":"Governance","version":"9.9.9"},"product":{"name":"Lib","assembly":"Lib","dataController":null,"privacyContact":null,"privacyPolicyUrl":null,"securityContact":null,"region":"eu"},
             "context":{"fields":[]},
             "events":[{"name":"lib.ran","sourceType":"Lib.Ran","purpose":"Know it ran.","retentionDays":1,"consent":"optOut","access":"team","owner":null,"expires":null,"dataClasses":[],"fields":[],"future":true}]}
            """);

        var evt = Assert.Single(manifest.Events);
        Assert.Equal("Lib", evt.Assembly);
        Assert.Equal("9.9.9", manifest.GeneratorVersion);
        Assert.False(manifest.Product.IsDeclared);
    }

    [Fact]
    public void At_run_time_the_catalog_lists_library_events_before_any_library_type_is_touched_and_each_once()
    {
        var syncImage = Image(GeneratorHarness.Run(GeneratorHarness.CompileAssembly("CatalogSync", [], GeneratorHarness.ParseOptions,
            ("/Sync/Finished.cs", SyncEvent.Replace("namespace Sync;", "namespace CatalogSync;", StringComparison.Ordinal)))).AssertClean().Output);
        var appImage = Image(GeneratorHarness.Run(GeneratorHarness.CompileAssembly("CatalogApp", [MetadataReference.CreateFromImage(syncImage)], GeneratorHarness.ParseOptions,
            ("/App/Started.cs", AppEvent.Replace("namespace App;", "namespace CatalogApp;", StringComparison.Ordinal)))).AssertClean().Output);

        // The library is never loaded: the application's manifest alone describes its event.
        var context = new AssemblyLoadContext("catalog-test", isCollectible: true);
        try
        {
            var application = context.LoadFromStream(new MemoryStream(appImage));
            RuntimeHelpers.RunModuleConstructor(application.ManifestModule.ModuleHandle);
            Assert.DoesNotContain(context.Assemblies, a => a.GetName().Name == "CatalogSync");
            var listed = TelemetryCatalog.Events.Where(e => e.Assembly is "CatalogApp" or "CatalogSync").ToList();
            Assert.Equal(new[] { "app.started CatalogApp", "sync.finished CatalogSync" }, listed.Select(e => e.Name + " " + e.Assembly));
            Assert.Equal(new[] { "duration_ms", "trigger" }, listed[1].Fields.Select(f => f.Name));

            // The library, once loaded, registers its own events too: still listed once.
            var library = context.LoadFromStream(new MemoryStream(syncImage));
            RuntimeHelpers.RunModuleConstructor(library.ManifestModule.ModuleHandle);
            Assert.Equal(2, TelemetryCatalog.Events.Count(e => e.Assembly is "CatalogApp" or "CatalogSync"));
        }
        finally
        {
            context.Unload();
        }
    }

    private static IReadOnlyList<EventSpec> Events(GeneratorOutcome outcome) =>
        ManifestJsonReader.Read(CompiledManifest.FromSource(outcome.Sources[CompiledManifest.HintName])).Events;

    private static byte[] Image(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }
}
