using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.Analyzers;
using Governance.Generators;
using Governance.Testing;

namespace Governance.Reliability.Tests.Infrastructure;

/// <summary>
/// Everything Governance puts into a compiler, run the way the compiler runs it: the generator through a driver,
/// then every analyzer over the result, with each exception captured (what users would see as CS8785 or AD0001)
/// rather than thrown.
/// </summary>
internal static class Toolchain
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        typeof(TelemetryEventAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    private static readonly ImmutableArray<MetadataReference> References =
        SdkReferenceAssemblies.All.Add(MetadataReference.CreateFromFile(typeof(TelemetryClient).Assembly.Location));

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Source)> files, CSharpParseOptions? parseOptions = null, string assemblyName = "Consumer", IEnumerable<MetadataReference>? references = null) =>
        CSharpCompilation.Create(
            assemblyName,
            files.Select(f => CSharpSyntaxTree.ParseText(f.Source, parseOptions ?? ParseOptions, f.Path)),
            references is null ? References : References.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999, deterministic: true, specificDiagnosticOptions: SdkCompilerDefaults.NoWarn));

    public static CSharpCompilation Compile(params string[] sources) =>
        Compile(sources.Select((s, i) => ($"/src/File{i}.cs", s)));

    /// <summary>Runs the generator, then the analyzers on the compilation with the generated code (with <paramref name="options"/>, such as .editorconfig values).</summary>
    public static ToolchainOutcome Run(Compilation compilation, bool analyzers = true, AnalyzerOptions? options = null)
    {
        var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? ParseOptions;
        var driver = CSharpGeneratorDriver.Create(new[] { new TelemetryGenerator().AsSourceGenerator() }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();

        var analyzerExceptions = new ConcurrentBag<Exception>();
        var analyzerDiagnostics = ImmutableArray<Diagnostic>.Empty;
        if (analyzers)
        {
            var withAnalyzers = output.WithAnalyzers(
                Analyzers,
                new CompilationWithAnalyzersOptions(options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (exception, _, _) => analyzerExceptions.Add(exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            analyzerDiagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        }

        return new ToolchainOutcome(result, output, generatorDiagnostics, analyzerDiagnostics, analyzerExceptions.ToImmutableArray());
    }
}

internal sealed record ToolchainOutcome(
    GeneratorRunResult Generator,
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics,
    ImmutableArray<Exception> AnalyzerExceptions)
{
    /// <summary>Generated files by hint name, in ordinal order.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Generator.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    /// <summary>Why this run counts as a crash, or null: a generator or analyzer exception, or generated code that does not parse.</summary>
    public string? Crash()
    {
        if (Generator.Exception is not null)
        {
            return "generator threw: " + Generator.Exception;
        }

        if (GeneratorDiagnostics.Any(d => d.Id == "CS8785"))
        {
            return "generator failed: " + string.Join("; ", GeneratorDiagnostics);
        }

        if (!AnalyzerExceptions.IsEmpty || AnalyzerDiagnostics.Any(d => d.Id == "AD0001"))
        {
            return "analyzer threw: " + string.Join("; ", AnalyzerExceptions.Select(e => e.ToString()).Concat(AnalyzerDiagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString())));
        }

        foreach (var generated in Generator.GeneratedSources)
        {
            var errors = generated.SyntaxTree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                return $"generated {generated.HintName} does not parse: {string.Join("; ", errors)}";
            }
        }

        return null;
    }

    /// <summary>Warnings and errors located in generated files.</summary>
    public IReadOnlyList<Diagnostic> GeneratedCodeProblems()
    {
        var generatedTrees = Generator.GeneratedSources.Select(s => s.SyntaxTree).ToHashSet();
        return Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && generatedTrees.Contains(tree)).ToList();
    }

    /// <summary>The manifest compiled into the assembly (its compact form), or null when none was generated.</summary>
    public string? CompiledManifestJson()
    {
        var manifest = Sources.FirstOrDefault(s => s.HintName == CompiledManifest.HintName).Text;
        return manifest is null ? null : CompiledManifest.FromSource(manifest);
    }

    /// <summary><c>telemetry-manifest.json</c> as the build task renders it from the compiled manifest, or null when none was generated.</summary>
    public string? ManifestDocument() => CompiledManifestJson() is { } compiled ? CompiledManifest.IndentedJson(compiled) : null;
}
