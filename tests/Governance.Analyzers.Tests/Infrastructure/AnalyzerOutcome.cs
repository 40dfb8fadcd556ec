using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Governance.Analyzers.Tests.Infrastructure;

/// <summary>What the analyzers reported on a compilation, and the exceptions they threw.</summary>
internal sealed record AnalyzerOutcome(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Exception> Exceptions)
{
    public IReadOnlyList<string> Ids => Diagnostics.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal).ToList();

    public AnalyzerOutcome AssertNoExceptions()
    {
        Assert.True(Exceptions.IsEmpty && !Diagnostics.Any(d => d.Id == "AD0001"),
            "Analyzer exceptions:\n" + string.Join("\n", Exceptions) + string.Join("\n", Diagnostics.Where(d => d.Id == "AD0001")));
        return this;
    }
}
