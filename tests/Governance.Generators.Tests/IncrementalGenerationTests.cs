using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Governance.Generators.Tests.Infrastructure;

namespace Governance.Generators.Tests;

/// <summary>
/// The generator must not redo work the user did not ask for: with step tracking on, an unrelated edit leaves every
/// output cached or unchanged, a new event adds one output, and editing one event touches only its own output
/// (plus the manifest, which lists every event). The application under test declares a common context and references
/// a library with an event and a context of its own, so every step, the reading of references' manifests and the
/// contexts' included, is exercised: a changed library manifest regenerates the manifest and nothing else, and a
/// context edit regenerates its own file and the manifest, and the events only when it changes the consent they need.
/// </summary>
public sealed class IncrementalGenerationTests
{
    private const string LibraryEvent = """
        using Governance;
        namespace Lib;
        [TelemetryEvent("lib.synced", Purpose = "Measure how long synchronisation takes to size the sync service.", RetentionDays = 30, Consent = Consent.OptOut)]
        public partial record Synced
        {
            [TelemetryField("How long the synchronisation took, in milliseconds.")] public int DurationMs { get; init; }
        }

        [TelemetryContext]
        public partial record SyncContext
        {
            [TelemetryField("Version of the sync engine.")] public string EngineVersion { get; init; } = "";
        }
        """;

    private static readonly MetadataReference Library = GeneratorHarness.BuildLibrary("Lib", [], LibraryEvent);

    private const string EventA = """
        using Governance;
        namespace App;
        [TelemetryEvent("app.alpha", Purpose = "Measure how often alpha runs to size the alpha service.", RetentionDays = 30, Consent = Consent.OptOut)]
        public partial record Alpha
        {
            [TelemetryField("How long alpha took, in milliseconds.")] public int DurationMs { get; init; }
        }
        """;

    private const string EventB = """
        using Governance;
        namespace App;
        [TelemetryEvent("app.beta", Purpose = "Measure how often beta runs to size the beta service.", RetentionDays = 30, Consent = Consent.OptOut)]
        public partial record Beta
        {
            [TelemetryField("How many items beta handled.")] public int Items { get; init; }
        }
        """;

    private const string Context = """
        using Governance;
        namespace App;
        [TelemetryContext]
        public partial record RunContext
        {
            [TelemetryField("Operating system the app runs on.")] public string Os { get; init; } = "";
            [TelemetryField("Random identifier of this run of the app.", DataClass = DataClass.Identifier)] public string SessionId { get; init; } = "";
        }
        """;

    private const string Unrelated = """
        namespace App;
        public static class Calculator
        {
            public static int Add(int a, int b) => a + b;
        }
        """;

    [Fact]
    public void Rerunning_on_a_new_compilation_with_the_same_content_caches_everything()
    {
        var (driver, compilation) = RunOnce(EventA, EventB, Unrelated, Context);

        // What the IDE hands the generator after an edit that was undone: new trees and a new compilation, same text.
        var reparsed = compilation;
        foreach (var tree in compilation.SyntaxTrees)
        {
            reparsed = reparsed.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(tree.GetText(), GeneratorHarness.ParseOptions, tree.FilePath));
        }

        Assert.NotSame(compilation, reparsed);
        Assert.DoesNotContain(reparsed.SyntaxTrees, tree => compilation.SyntaxTrees.Contains(tree));
        var result = Rerun(driver, reparsed);

        AssertEveryStep(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAllOutputs(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.Equal(4, result.GeneratedSources.Length);
    }

    [Fact]
    public void Editing_an_unrelated_method_body_regenerates_nothing()
    {
        var (driver, compilation) = RunOnce(EventA, EventB, Unrelated, Context);

        var edited = Replace(compilation, 2, Unrelated.Replace("a + b", "checked(a + b)"));
        var result = Rerun(driver, edited);

        AssertAllOutputs(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertEveryStep(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_a_comment_inside_an_event_file_regenerates_nothing()
    {
        var (driver, compilation) = RunOnce(EventA, EventB, Unrelated, Context);

        var edited = Replace(compilation, 0, "// reviewed by the privacy team\n" + EventA);
        var result = Rerun(driver, edited);

        AssertAllOutputs(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertEveryStep(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Adding_an_event_adds_one_output_and_updates_the_manifest()
    {
        var (driver, compilation) = RunOnce(EventA, Unrelated, Context);

        var added = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(EventB, GeneratorHarness.ParseOptions, "/src/Beta.cs"));
        var result = Rerun(driver, added);

        AssertOneChangedRestUntouched(Reasons(result, TrackingNames.Events), IncrementalStepRunReason.New, expectedCount: 2);
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.Manifest));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(result, TrackingNames.FileNameClashes));
        var sourceOutputs = SourceOutputReasons(result);
        Assert.Equal(1, sourceOutputs.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(1, sourceOutputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, result.GeneratedSources.Length);
    }

    [Fact]
    public void Editing_one_event_modifies_only_its_output_and_the_manifest()
    {
        var (driver, compilation) = RunOnce(EventA, EventB, Unrelated, Context);

        var edited = Replace(compilation, 0, EventA.Replace("RetentionDays = 30", "RetentionDays = 60"));
        var result = Rerun(driver, edited);

        AssertOneChangedRestUntouched(Reasons(result, TrackingNames.Events), IncrementalStepRunReason.Modified, expectedCount: 2);
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.Manifest));
        var sourceOutputs = SourceOutputReasons(result);
        Assert.Equal(2, sourceOutputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.DoesNotContain(IncrementalStepRunReason.New, sourceOutputs);
    }

    [Fact]
    public void Editing_the_context_modifies_only_its_output_and_the_manifest()
    {
        var (driver, compilation) = RunOnce(EventA, EventB, Unrelated, Context);

        var edited = Replace(compilation, 3, Context.Replace("Operating system the app runs on.", "Operating system the app runs on, such as Linux.", StringComparison.Ordinal));
        var result = Rerun(driver, edited);

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.Contexts));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(result, TrackingNames.ContextDataClass));
        Assert.All(Reasons(result, TrackingNames.EventsWithContext), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.Manifest));
        var sourceOutputs = SourceOutputReasons(result);
        Assert.Equal(2, sourceOutputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.DoesNotContain(IncrementalStepRunReason.New, sourceOutputs);
    }

    [Fact]
    public void Personal_data_in_the_context_regenerates_the_events_that_now_need_an_opt_in()
    {
        var (driver, compilation) = RunOnce(EventA, EventB, Unrelated, Context);

        var edited = Replace(compilation, 3, Context.Replace("DataClass = DataClass.Identifier", "DataClass = DataClass.Personal", StringComparison.Ordinal));
        var result = Rerun(driver, edited);

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.ContextDataClass));
        Assert.Equal(2, Reasons(result, TrackingNames.EventsWithContext).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(result.GeneratedSources.Where(s => s.HintName.StartsWith("Governance.App.", StringComparison.Ordinal) && !s.HintName.Contains("RunContext", StringComparison.Ordinal)),
            s => Assert.Equal((int)Governance.CodeAnalysis.Model.ConsentKind.OptIn, GeneratedDeclaration.In(s.SourceText.ToString()).Single().Consent));
    }

    [Fact]
    public void Removing_an_event_removes_its_output()
    {
        var (driver, compilation) = RunOnce(EventA, EventB, Unrelated, Context);

        var removed = compilation.RemoveSyntaxTrees(compilation.SyntaxTrees.ElementAt(1));
        var result = Rerun(driver, removed);

        Assert.Equal(3, result.GeneratedSources.Length);
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.Contains("Beta", StringComparison.Ordinal));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.Manifest));
    }

    [Fact]
    public void A_changed_referenced_manifest_regenerates_the_manifest_and_nothing_else()
    {
        var (driver, compilation) = RunOnce(EventA, EventB, Unrelated, Context);

        // The library's next version: one event's retention changed. Its reference is a new object, as after a rebuild.
        var upgraded = GeneratorHarness.BuildLibrary("Lib", [], LibraryEvent.Replace("RetentionDays = 30", "RetentionDays = 60", StringComparison.Ordinal));
        var result = Rerun(driver, compilation.ReplaceReference(Library, upgraded));

        Assert.All(Reasons(result, TrackingNames.Events), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.ReferencedEvents));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(result, TrackingNames.ReferencedContexts));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.Manifest));
        var sourceOutputs = SourceOutputReasons(result);
        Assert.Equal(1, sourceOutputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(sourceOutputs.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        var manifest = result.GeneratedSources.Single(s => s.HintName == "Governance.TelemetryManifest.g.cs").SourceText.ToString();
        Assert.Equal(60, GeneratedDeclaration.In(manifest).Single().RetentionDays);
    }

    [Fact]
    public void A_library_rebuilt_without_telemetry_changes_regenerates_nothing()
    {
        var (driver, compilation) = RunOnce(EventA, EventB, Unrelated, Context);

        var rebuilt = GeneratorHarness.BuildLibrary("Lib", [], LibraryEvent, "namespace Lib; public static class Helpers { public static int Twice(int x) => 2 * x; }");
        var result = Rerun(driver, compilation.ReplaceReference(Library, rebuilt));

        Assert.All(Reasons(result, TrackingNames.ReferencedEvents), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        AssertAllOutputs(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void With_a_project_reference_in_the_IDE_an_unrelated_edit_regenerates_nothing()
    {
        // The IDE references a project by its compilation (generated sources included), not by an image.
        var library = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("Lib", [], GeneratorHarness.ParseOptions, ("/Lib/Synced.cs", LibraryEvent))).AssertClean().Output;
        var compilation = GeneratorHarness.CompileAssembly("Consumer", [library.ToMetadataReference()], GeneratorHarness.ParseOptions,
            new[] { EventA, EventB, Unrelated, Context }.Select((source, i) => ($"/src/File{i}.cs", source)).ToArray());
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        Assert.Contains("lib.synced", driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Governance.TelemetryManifest.g.cs").SourceText.ToString(), StringComparison.Ordinal);

        var result = Rerun(driver, Replace(compilation, 2, Unrelated.Replace("a + b", "checked(a + b)")));

        AssertEveryStep(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAllOutputs(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    /// <summary>
    /// Every value the generator's own steps pass on is a class, a <c>Collect</c> array, or a tuple of those
    /// (<see cref="PipelineValue{T}"/> carries the rest): Roslyn's pipeline code is generic over each step's value type,
    /// and a struct, enum or flag made the runtime JIT-compile it again, about sixty methods, in every build without the
    /// compiler server (issue 17). Roslyn's own steps (its inputs, the attribute lookup's internals) carry none of our types.
    /// </summary>
    [Fact]
    public void Every_step_of_the_generator_passes_classes_arrays_or_tuples_of_them()
    {
        var (driver, _) = RunOnce(EventA, EventB, Unrelated, Context);
        var result = driver.GetRunResult().Results.Single();

        var checkedSteps = 0;
        var seen = new HashSet<IncrementalGeneratorRunStep>();
        var pending = new Stack<IncrementalGeneratorRunStep>(result.TrackedOutputSteps.SelectMany(output => output.Value));
        while (pending.Count > 0)
        {
            var step = pending.Pop();
            if (!seen.Add(step))
            {
                continue;
            }

            foreach (var (source, _) in step.Inputs)
            {
                pending.Push(source);
            }

            foreach (var (value, _) in step.Outputs)
            {
                var type = value?.GetType();
                if (type is not null && CarriesGovernanceType(type))
                {
                    checkedSteps++;
                    Assert.True(IsSharedShape(type), $"step '{step.Name ?? "(unnamed)"}' passes {type}");
                }
            }
        }

        Assert.True(checkedSteps >= 20, checkedSteps + " step outputs checked");
    }

    /// <summary>Whether a value is the generator's (a type of its own assemblies somewhere in it), not one of Roslyn's internal steps'.</summary>
    private static bool CarriesGovernanceType(Type type) =>
        (type.Assembly.GetName().Name ?? string.Empty).StartsWith("Governance", StringComparison.Ordinal)
        || (type.IsGenericType && type.GetGenericArguments().Any(CarriesGovernanceType));

    private static bool IsSharedShape(Type type) =>
        !type.IsValueType
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
        || (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal) && type.GetGenericArguments().All(IsSharedShape));

    private static (GeneratorDriver Driver, Compilation Compilation) RunOnce(params string[] sources)
    {
        var compilation = GeneratorHarness.CompileAssembly("Consumer", [Library], GeneratorHarness.ParseOptions, sources.Select((source, i) => ($"/src/File{i}.cs", source)).ToArray());
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        return (driver, compilation);
    }

    private static GeneratorRunResult Rerun(GeneratorDriver driver, Compilation compilation) =>
        driver.RunGenerators(compilation).GetRunResult().Results.Single();

    private static Compilation Replace(Compilation compilation, int index, string source)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, old.FilePath));
    }

    private static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string stepName) =>
        result.TrackedSteps[stepName].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();

    private static void AssertOneChangedRestUntouched(IReadOnlyList<IncrementalStepRunReason> reasons, IncrementalStepRunReason changed, int expectedCount)
    {
        Assert.Equal(expectedCount, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == changed));
        Assert.All(reasons.Where(r => r != changed), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    private static IReadOnlyList<IncrementalStepRunReason> SourceOutputReasons(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();

    /// <summary>Every step of the generator's pipeline (each name in <see cref="TrackingNames"/>), not just the outputs, produced nothing new.</summary>
    private static void AssertEveryStep(GeneratorRunResult result, params IncrementalStepRunReason[] allowed)
    {
        var names = typeof(TrackingNames).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(12, names.Count);
        foreach (var name in names)
        {
            var outputs = result.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(allowed.Contains(output.Reason), name + ": " + output.Reason));
        }
    }

    private static void AssertAllOutputs(GeneratorRunResult result, params IncrementalStepRunReason[] allowed)
    {
        var reasons = SourceOutputReasons(result);
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.Contains(reason, allowed));
    }
}
