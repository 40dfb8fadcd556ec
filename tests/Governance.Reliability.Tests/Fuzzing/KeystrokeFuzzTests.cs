using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Governance.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Governance.Reliability.Tests.Fuzzing;

/// <summary>
/// Half-typed code, as the IDE sees it on every keystroke: every declaration in the corpus cut after a token, and
/// with one token deleted. The analyzers and the generator must never throw, and generated code must always parse.
/// CI runs a fixed, evenly spread sample of cut points per file; GOVERNANCE_FUZZ_FULL=1 runs every one.
/// </summary>
public sealed class KeystrokeFuzzTests
{
    private const int SampledVariantsPerKind = 12;

    private readonly ITestOutputHelper _output;

    public KeystrokeFuzzTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static bool Full => Environment.GetEnvironmentVariable("GOVERNANCE_FUZZ_FULL") == "1";

    [Fact]
    public void The_corpus_covers_the_tests_and_the_samples()
    {
        Assert.True(DeclarationCorpus.All.Count >= 60, $"only {DeclarationCorpus.All.Count} declarations found");
        Assert.Contains(DeclarationCorpus.All, c => c.Name.StartsWith("samples/TodoCli", StringComparison.Ordinal));
        Assert.Contains(DeclarationCorpus.All, c => c.Name.StartsWith("Governance.Generators.Tests", StringComparison.Ordinal));
        Assert.Contains(DeclarationCorpus.All, c => c.Name.StartsWith("Governance.Analyzers.Tests", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_prefix_and_every_single_token_deletion_is_handled_without_a_crash()
    {
        var variants = 0;
        var failures = new List<string>();
        foreach (var (name, source) in DeclarationCorpus.All)
        {
            var tokens = CSharpSyntaxTree.ParseText(source, Toolchain.ParseOptions).GetRoot().DescendantTokens(descendIntoTrivia: false).Where(t => t.Span.Length > 0).ToList();
            foreach (var index in Pick(tokens.Count))
            {
                variants += 2;
                Check(name + $" cut after token {index} '{tokens[index].Text}'", source[..tokens[index].Span.End], failures);
                Check(name + $" without token {index} '{tokens[index].Text}'", source.Remove(tokens[index].SpanStart, tokens[index].Span.Length), failures);
            }
        }

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DeclarationCorpus.All.Count} declarations, {variants} half-typed variants ({(Full ? "every token" : "sampled")}), {failures.Count} crashes"));
        foreach (var failure in failures)
        {
            _output.WriteLine("CRASH " + failure.Split('\n')[0]);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(10)));
    }

    /// <summary>Every token in a full run; otherwise an even spread that always includes the first and last tokens.</summary>
    private static IEnumerable<int> Pick(int count)
    {
        if (Full || count <= SampledVariantsPerKind)
        {
            return Enumerable.Range(0, count);
        }

        return Enumerable.Range(0, SampledVariantsPerKind).Select(i => (int)((long)i * (count - 1) / (SampledVariantsPerKind - 1))).Distinct();
    }

    private static void Check(string description, string source, List<string> failures)
    {
        var crash = Toolchain.Run(Toolchain.Compile(source)).Crash();
        if (crash is not null)
        {
            failures.Add(description + ": " + crash + "\n--- source ---\n" + source);
        }
    }
}
