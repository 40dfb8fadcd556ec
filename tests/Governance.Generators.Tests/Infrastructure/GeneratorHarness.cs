using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Governance.Generators.Emitting;
using Governance.Testing;

namespace Governance.Generators.Tests.Infrastructure;

/// <summary>Builds compilations against the SDK's reference assemblies plus the Governance runtime, and runs the generator.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly ImmutableArray<MetadataReference> References =
        SdkReferenceAssemblies.All
            .Add(MetadataReference.CreateFromFile(typeof(TelemetryClient).Assembly.Location));

    public static CSharpCompilation Compile(params string[] sources) =>
        Compile(sources.Select((source, i) => ($"/src/File{i}.cs", source)).ToArray());

    public static CSharpCompilation Compile(params (string Path, string Source)[] files) =>
        CompileAssembly("Consumer", [], ParseOptions, files);

    /// <summary>A compilation of its own name, with more references (such as another compilation's emitted image).</summary>
    public static CSharpCompilation CompileAssembly(string assemblyName, IEnumerable<MetadataReference> references, CSharpParseOptions parseOptions, params (string Path, string Source)[] files) =>
        CSharpCompilation.Create(
            assemblyName,
            files.Select(f => CSharpSyntaxTree.ParseText(f.Source, parseOptions, f.Path)),
            References.AddRange(references),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                deterministic: true,
                specificDiagnosticOptions: SdkCompilerDefaults.NoWarn));

    /// <summary>
    /// A library built as the SDK builds it: the generator's output compiled in (its manifest among it), emitted, and
    /// referenced by its image, as a package or a command-line project reference is.
    /// </summary>
    public static MetadataReference BuildLibrary(string assemblyName, IEnumerable<MetadataReference> references, params string[] sources)
    {
        var compilation = CompileAssembly(assemblyName, references, ParseOptions, sources.Select((source, i) => ($"/{assemblyName}/File{i}.cs", source)).ToArray());
        return Emit(Run(compilation).AssertClean().Output);
    }

    /// <summary>The compilation's image as a metadata reference; fails if it does not compile.</summary>
    public static MetadataReference Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    public static GeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new TelemetryGenerator().AsSourceGenerator() },
            parseOptions: parseOptions ?? ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; generated files are parsed with the options of the compilation's own files.</summary>
    public static GeneratorOutcome Run(Compilation compilation)
    {
        var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions;
        var driver = CreateDriver(parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutcome(driver, output, diagnostics);
    }
}

internal sealed record GeneratorOutcome(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    /// <summary>Generated files by hint name, in ordinal order.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Every warning or error of the compilation with the generated code, as readable strings.</summary>
    public IReadOnlyList<string> CompilationProblems => ProblemsOf(Output);

    /// <summary>
    /// Every warning or error of the compilation with the generated code compiled with nullable warnings on: the
    /// generated files turn the compiler's nullable analysis off (<see cref="GeneratedFileHeader.NullableWarningsOff"/>),
    /// so this is where their nullability is checked.
    /// </summary>
    public IReadOnlyList<string> NullableAnalysisProblems
    {
        get
        {
            var strict = Output;
            foreach (var tree in Output.SyntaxTrees)
            {
                var text = tree.GetText();
                var source = text.ToString();
                if (source.Contains(GeneratedFileHeader.NullableWarningsOff, StringComparison.Ordinal))
                {
                    var checkedSource = source.Replace(GeneratedFileHeader.NullableWarningsOff, "#nullable enable warnings", StringComparison.Ordinal);
                    strict = strict.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(checkedSource, text.Encoding)));
                }
            }

            return ProblemsOf(strict);
        }
    }

    private static IReadOnlyList<string> ProblemsOf(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();

    /// <summary>
    /// Fails unless the generator ran cleanly and its output compiles without a single warning, nullable warnings
    /// included.
    /// </summary>
    public GeneratorOutcome AssertClean()
    {
        Assert.Null(Result.Exception);
        Assert.Empty(GeneratorDiagnostics);
        var problems = CompilationProblems;
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems));
        var nullable = NullableAnalysisProblems;
        Assert.True(nullable.Count == 0, "The generated code is not nullable-clean:\n" + string.Join("\n", nullable));
        return this;
    }
}
