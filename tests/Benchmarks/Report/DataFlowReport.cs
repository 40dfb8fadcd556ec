using System.Globalization;
using System.Text;
using Governance.Benchmarks.DataFlow;

namespace Governance.Benchmarks.Report;

/// <summary>
/// The "GOV012 on a large code base" section of docs/benchmarks.md. The full report writes it from dataflow.json like
/// every other section; the <c>dataflow</c> step also writes it into the existing file in place (between its markers),
/// so that step can be run alone without measuring, or erasing, the other sections again.
/// </summary>
internal static class DataFlowReport
{
    private const string Begin = "<!-- dataflow section: written by `Governance.Benchmarks dataflow` or by the full report -->";
    private const string End = "<!-- end of dataflow section -->";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(StringBuilder text, DataFlowResults? result)
    {
        text.Append(Begin).Append('\n');
        text.Append("## 7. The data-flow rule (GOV012) on a large code base\n\n");
        if (result is null)
        {
            text.Append("Not measured (the `dataflow` step did not run).\n\n");
            text.Append(End).Append('\n');
            text.Append('\n');
            return;
        }

        if (result.Quick)
        {
            text.Append("> **QUICK RUN, not a measurement** (a smaller code base, few iterations).\n\n");
        }

        text.Append(Invariant, $"Measured by the `dataflow` step on {result.Date}, which may be run on its own: its date is this one, not necessarily the one at the top of this file. ");
        text.Append("**Caveat: 2 shared cores**; the processor time of the benchmark process, which other processes do not inflate, is given beside the wall time.\n\n");
        text.Append(Invariant, $"`DataFlow/OrdinaryCodeBase.cs` writes {result.Lines:N0} lines of ordinary C# in {result.Files:N0} files (records with initializers and `with`, services with ");
        text.Append(Invariant, $"locals, string building, LINQ, lambdas and local functions, `?.`, `??`, switch expressions, exceptions, target-typed `new(...)`), with {result.EventTypes} event types whose ");
        text.Append(Invariant, $"fields have the names ordinary code assigns everywhere (`Name`, `Count`, `Status`), and {result.Sends} sends, {result.Findings} of them putting the user's name into a ");
        text.Append("Technical field (every run must report exactly those). GOV012 runs alone through `CompilationWithAnalyzers` (single-threaded, a fresh compilation each run) ");
        text.Append("against the no-op analyzer of section 2, in pairs whose order alternates; both pay for binding the whole compilation, which a build pays anyway.\n\n");
        var verdict = result.SecondsPer100kLines < DataFlowResults.TargetSecondsPer100kLines ? "MET" : "NOT MET";
        text.Append("| | median | min | max |\n|---|---:|---:|---:|\n");
        Row(text, "GOV012 alone", result.WithRule, "N0", " ms");
        Row(text, "no-op analyzer", result.WithNoOp, "N0", " ms");
        Row(text, "**added by GOV012** (per pair, the larger of the wall-time difference and the callbacks)", result.Added, "N0", " ms");
        Row(text, "added by GOV012 (processor time)", result.AddedCpu, "N0", " ms");
        Row(text, "inside GOV012's callbacks (driver's log)", result.Callbacks, "N1", " ms");
        text.Append(Invariant, $"| added allocations | {result.AddedBytes.Median / 1_048_576:N1} MB | {result.AddedBytes.Min / 1_048_576:N1} MB | {result.AddedBytes.Max / 1_048_576:N1} MB |\n\n");
        text.Append(Invariant, $"**{result.SecondsPer100kLines:N3} s per 100,000 lines** (the median added time): target < {DataFlowResults.TargetSecondsPer100kLines:N1} s, **{verdict}**. ");
        text.Append("The callbacks are wall time too, so on a busy machine they overstate the rule's own work; the processor-time difference, which other processes do not inflate, moves with the garbage collections each run happens to do.\n\n");
        text.Append("Run it alone: `dotnet tests/Benchmarks/bin/Release/net10.0/Governance.Benchmarks.dll dataflow` (rewrites this section in place; ");
        text.Append("`--lines N`, `--iterations N`).\n\n");
        text.Append(End).Append('\n');
        text.Append('\n');
    }

    /// <summary>Replaces this section in an existing report (see <see cref="ReportSection"/>).</summary>
    public static void UpdateInPlace(string path, DataFlowResults result)
    {
        var section = new StringBuilder();
        Write(section, result);
        ReportSection.UpdateInPlace(path, Begin, End, section.ToString());
    }

    private static void Row(StringBuilder text, string name, Infrastructure.Stats stats, string format, string unit) =>
        text.Append(Invariant, $"| {name} | {stats.Median.ToString(format, Invariant)}{unit} | {stats.Min.ToString(format, Invariant)}{unit} | {stats.Max.ToString(format, Invariant)}{unit} |\n");
}
