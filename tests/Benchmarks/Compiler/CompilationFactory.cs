using System.Collections.Immutable;
using Governance.Benchmarks.Synthetic;
using Governance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.Logging;

namespace Governance.Benchmarks.Compiler;

/// <summary>
/// Builds compilations of the synthetic projects in process, against the installed SDK's reference assemblies (no
/// download), the Governance runtime (events) or Microsoft.Extensions.Logging.Abstractions (the logging twin).
/// Syntax trees are parsed once; every measured run gets a fresh <see cref="CSharpCompilation"/> over them, so no run
/// reuses symbols or bound trees from an earlier one.
/// </summary>
internal static class CompilationFactory
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    /// <summary>
    /// Single-threaded binding (<c>concurrentBuild: false</c>) so the measured work is the same on a shared machine;
    /// the comparison between generators and analyzers does not depend on how many cores the compiler gets.
    /// </summary>
    public static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        optimizationLevel: OptimizationLevel.Release,
        concurrentBuild: false,
        deterministic: true,
        specificDiagnosticOptions: SdkCompilerDefaults.NoWarn);

    public static readonly ImmutableArray<MetadataReference> EventReferences =
        SdkReferenceAssemblies.All.Add(MetadataReference.CreateFromFile(typeof(TelemetryClient).Assembly.Location));

    public static readonly ImmutableArray<MetadataReference> LoggingReferences =
        SdkReferenceAssemblies.All.Add(MetadataReference.CreateFromFile(typeof(ILogger).Assembly.Location));

    public static ImmutableArray<SyntaxTree> Parse(IEnumerable<SourceFile> files, string directory) =>
        files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, System.Text.Encoding.UTF8), ParseOptions, Path.Combine(directory, f.Path))).ToImmutableArray();

    public static CSharpCompilation Create(string assemblyName, IEnumerable<SyntaxTree> trees, ImmutableArray<MetadataReference> references) =>
        CSharpCompilation.Create(assemblyName, trees, references, Options);
}

/// <summary>An additional file held in memory, such as the generated <c>telemetry.reviewed.json</c>.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
