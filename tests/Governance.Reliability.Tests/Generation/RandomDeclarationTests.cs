using System.Globalization;
using Microsoft.CodeAnalysis;
using Governance.Reliability.Tests.Infrastructure;
using Governance.Testing;
using Xunit.Abstractions;

namespace Governance.Reliability.Tests.Generation;

/// <summary>
/// For random valid declarations: the analyzers accept them (no GOV error), the generated code compiles without a
/// single warning, and the manifest is valid against its schema.
/// </summary>
public sealed class RandomDeclarationTests
{
    private const int Compilations = 24;

    private readonly ITestOutputHelper _output;

    public RandomDeclarationTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static IEnumerable<(string Path, string Source)> Files(int seed)
    {
        var random = new RandomDeclarations(seed);
        return Enumerable.Range(0, 1 + (seed % 3)).Select(i => ($"/src/Random{i.ToString(CultureInfo.InvariantCulture)}.cs", random.File(i))).ToList();
    }

    [Fact]
    public void Random_valid_declarations_generate_warning_free_code_and_a_valid_manifest()
    {
        var events = 0;
        for (var seed = 1; seed <= Compilations; seed++)
        {
            var files = Files(seed).ToList();
            var outcome = Toolchain.Run(Toolchain.Compile(files));
            var context = $"seed {seed}:\n" + string.Join("\n", files.Select(f => f.Source));

            Assert.True(outcome.Crash() is null, outcome.Crash() + "\n" + context);
            var rejected = outcome.AnalyzerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(rejected.Count == 0, "the analyzers rejected a declaration meant to be valid: " + string.Join("; ", rejected) + "\n" + context);
            var problems = outcome.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, "the compilation is not clean: " + string.Join("; ", problems) + "\n" + context);
            var json = outcome.ManifestDocument();
            Assert.NotNull(json);
            var schemaErrors = ManifestSchema.Validate(json!);
            Assert.True(schemaErrors.Count == 0, string.Join("; ", schemaErrors) + "\n" + context);
            events += outcome.Sources.Count - 1;
        }

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Compilations} random compilations, {events} events: all clean"));
        Assert.True(events >= Compilations * 2, "too few events were generated to mean anything");
    }
}
