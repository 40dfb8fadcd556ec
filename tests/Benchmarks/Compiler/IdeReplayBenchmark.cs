using System.Collections.Immutable;
using Governance.Benchmarks.Infrastructure;
using Governance.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Governance.Benchmarks.Compiler;

/// <summary>
/// IDE responsiveness: the project is generated once in a driver that tracks its steps, as the IDE keeps it; then
/// each edit is replayed on that state the way the IDE applies a keystroke (the edited file re-parsed incrementally,
/// one syntax tree replaced in the previous compilation) and the driver runs again. Every edit starts from the same
/// state, so repetitions measure the same work. Reported: time per edit, and how many generator outputs the edit
/// made New, Modified, Unchanged (recomputed, equal) or Cached (not recomputed).
/// </summary>
internal sealed class IdeReplayBenchmark
{
    public const string ReferenceName = "Reference (same attribute lookup, trivial transform)";

    private const string AttributeLookupStep = "result_ForAttributeWithMetadataName";

    private readonly CompilerComponents _components;
    private readonly Action<string> _log;

    public IdeReplayBenchmark(CompilerComponents components, Action<string> log)
    {
        _components = components;
        _log = log;
    }

    public IdeResults Run(int eventCount, int iterations)
    {
        var project = SyntheticProject.Create(eventCount);
        var firstArea = project.Events.Where(e => e.Area == 0).ToList();
        var added = project.CreateAddedEvent();
        var edits = new List<EditResult>();

        var eventFile = SyntheticProject.EventFileSource(0, firstArea);
        var firstRetention = "RetentionDays = " + firstArea[0].RetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",";
        var eventEdits = new (string, string)[]
        {
            ("(a) unrelated method body", eventFile.Replace(SyntheticProject.ChecksumBody, SyntheticProject.EditedChecksumBody, StringComparison.Ordinal)),
            ("(b) one event's RetentionDays", ReplaceFirst(eventFile, firstRetention, "RetentionDays = 60,")),
            ("(c) one event added", SyntheticProject.EventFileSource(0, firstArea.Append(added).ToList())),
        };
        var eventTrees = CompilationFactory.Parse(project.EventSources(), "/ide/events");
        Replay("Governance", _components.GovernanceGenerators, eventTrees, CompilationFactory.EventReferences, iterations, eventEdits, edits, out var initialGovernance);
        Replay(ReferenceName, ImmutableArray.Create(new ReferenceGenerator().AsSourceGenerator()), eventTrees, CompilationFactory.EventReferences, iterations, eventEdits, edits, out _);

        var loggingFile = SyntheticProject.LoggingFileSource(0, firstArea);
        var firstTemplate = SyntheticProject.MessageTemplate(firstArea[0]);
        Replay(
            "LoggerMessage",
            _components.LoggingGenerators,
            CompilationFactory.Parse(project.LoggingSources(), "/ide/logging"),
            CompilationFactory.LoggingReferences,
            iterations,
            new (string, string)[]
            {
                ("(a) unrelated method body", loggingFile.Replace(SyntheticProject.ChecksumBody, SyntheticProject.EditedChecksumBody, StringComparison.Ordinal)),
                ("(b) one method's message template", ReplaceFirst(loggingFile, firstTemplate, firstTemplate.Replace(" completed ", " finished ", StringComparison.Ordinal))),
                ("(c) one log method added", SyntheticProject.LoggingFileSource(0, firstArea.Append(added).ToList())),
            },
            edits,
            out var initialLogging);

        return new IdeResults(false, eventCount, iterations, initialGovernance, initialLogging, edits);
    }

    private void Replay(
        string name,
        ImmutableArray<ISourceGenerator> generators,
        ImmutableArray<SyntaxTree> trees,
        ImmutableArray<MetadataReference> references,
        int iterations,
        IReadOnlyList<(string Edit, string NewText)> editsToApply,
        List<EditResult> results,
        out Stats initial)
    {
        var target = trees.Single(t => Path.GetFileName(t.FilePath) == SyntheticProject.AreaFileName(0));

        // Two drivers hold the same state: one as the IDE runs it (no step tracking), timed; one that tracks its steps,
        // for the counts of new/modified/cached outputs (tracking has a cost of its own, reported separately).
        var initialRuns = new List<double>();
        CSharpCompilation compilation = null!;
        GeneratorDriver driver = null!;
        for (var i = 0; i < Math.Max(2, iterations / 2); i++)
        {
            compilation = CompilationFactory.Create("Ide", trees, references);
            driver = CreateDriver(generators, trackSteps: false);
            var sample = Measure.Once(() => driver = driver.RunGenerators(compilation));
            if (i > 0)
            {
                initialRuns.Add(sample.Milliseconds);
            }
        }

        var tracked = CreateDriver(generators, trackSteps: true).RunGenerators(compilation);
        initial = Stats.Of(initialRuns);
        _log($"{name}: initial generation {initial.Median:F1} ms");

        foreach (var (edit, newText) in editsToApply)
        {
            if (newText == target.GetText().ToString())
            {
                throw new InvalidOperationException($"Edit {edit} of the {name} project changes nothing.");
            }

            var times = new List<double>();
            var trackedTimes = new List<double>();
            var bytes = new List<double>();
            GeneratorDriver after = tracked;
            for (var i = 0; i <= iterations; i++)
            {
                // A fresh edited compilation for each run, so no run finds the other's binding done.
                var editedForIde = Edit(compilation, target, newText);
                var sample = Measure.Once(() => driver.RunGenerators(editedForIde));
                var edited = Edit(compilation, target, newText);
                var trackedSample = Measure.Once(() => after = tracked.RunGenerators(edited));
                if (i > 0)
                {
                    times.Add(sample.Milliseconds);
                    bytes.Add(sample.AllocatedBytes);
                    trackedTimes.Add(trackedSample.Milliseconds);
                }
            }

            var result = after.GetRunResult().Results.Single();
            if (result.Exception is not null)
            {
                throw new InvalidOperationException($"The {name} generator failed on edit {edit}.", result.Exception);
            }

            var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
            // The generator's own named steps, and Roslyn's attribute lookup (which every step above starts from).
            var steps = string.Join("; ", result.TrackedSteps
                .Where(s => s.Key == AttributeLookupStep || !(s.Key.Contains("_ForAttribute", StringComparison.Ordinal) || s.Key is "Compilation" or "CompilationOptions" or "SourceOutput" or "ImplementationSourceOutput"))
                .OrderBy(s => s.Key == AttributeLookupStep ? 0 : 1)
                .ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => (s.Key == AttributeLookupStep ? "ForAttributeWithMetadataName" : s.Key) + ": " + Describe(s.Value.SelectMany(step => step.Outputs).Select(o => o.Reason))));
            var editResult = new EditResult(
                name,
                edit,
                Stats.Of(times),
                Stats.Of(bytes),
                Stats.Of(trackedTimes),
                outputs.Count(r => r == IncrementalStepRunReason.New),
                outputs.Count(r => r == IncrementalStepRunReason.Modified),
                outputs.Count(r => r == IncrementalStepRunReason.Unchanged),
                outputs.Count(r => r == IncrementalStepRunReason.Cached),
                outputs.Count(r => r == IncrementalStepRunReason.Removed),
                steps);
            results.Add(editResult);
            _log($"{name} {edit}: {editResult.Milliseconds.Median:F2} ms ({editResult.TrackedMilliseconds.Median:F2} ms tracking steps); outputs new {editResult.New}, modified {editResult.Modified}, unchanged {editResult.Unchanged}, cached {editResult.Cached}, removed {editResult.Removed}");
        }
    }

    private static GeneratorDriver CreateDriver(ImmutableArray<ISourceGenerator> generators, bool trackSteps) =>
        CSharpGeneratorDriver.Create(generators, parseOptions: CompilationFactory.ParseOptions, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    /// <summary>The edit as the IDE applies it: the file re-parsed incrementally, its tree replaced in the previous compilation.</summary>
    private static Compilation Edit(CSharpCompilation compilation, SyntaxTree target, string newText) =>
        compilation.ReplaceSyntaxTree(target, target.WithChangedText(SourceText.From(newText, System.Text.Encoding.UTF8)));

    private static string Describe(IEnumerable<IncrementalStepRunReason> reasons) =>
        string.Join(", ", reasons.GroupBy(r => r).OrderBy(g => g.Key).Select(g => g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + g.Key.ToString().ToLowerInvariant()));

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        var index = text.IndexOf(oldValue, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException($"'{oldValue}' is not in the file to edit.");
        }

        return text[..index] + newValue + text[(index + oldValue.Length)..];
    }
}
