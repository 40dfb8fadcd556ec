using Governance.Analyzers.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.Analyzers.Tests.Rules;

/// <summary>
/// The name and data-flow rules (GOV010, GOV012, GOV013) raise nothing over ordinary code and over the samples that
/// are meant to be clean: the reliability tests' own code (ordinary C#: LINQ, lambdas, <c>?.</c>, <c>??</c>, exceptions,
/// no events) and the TodoCli and TodoService samples (events sent from real handlers, classified correctly). Only
/// files inside the repository are read. References the samples need beyond the test's (ASP.NET Core) stay
/// unresolved, which the rules must tolerate too: an analyzer exception fails the test.
/// </summary>
public sealed class QuietOnOrdinaryCodeTests
{
    private static readonly string[] Rules = ["GOV010", "GOV012", "GOV013"];

    [Theory]
    [InlineData("tests", "Governance.Reliability.Tests")]
    [InlineData("samples", "TodoCli")]
    [InlineData("samples", "TodoService")]
    public void The_name_and_data_flow_rules_raise_nothing(string folder, string project)
    {
        var directory = RepoPaths.InRepo(folder, project);
        var sources = Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        Assert.True(sources.Length >= 5, $"{directory} was not read");

        var outcome = AnalyzerRunner.Run(AnalyzerRunner.Compile(sources)).AssertNoExceptions();

        Assert.Empty(outcome.Diagnostics.Where(d => Rules.Contains(d.Id)).Select(d => d.ToString()));
        if (folder == "samples")
        {
            // Not vacuous: the samples' events are analysed (GOV001 and the other rules run on them).
            Assert.Contains(sources, source => source.Contains("[TelemetryEvent(", StringComparison.Ordinal));
        }
    }

    private static bool IsBuildOutput(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
}
