using System.Globalization;
using System.Text;
using Governance.Benchmarks.Hosting;

namespace Governance.Benchmarks.Report;

/// <summary>
/// The "hosted service under load" section of docs/benchmarks.md. The full report writes it from hosting.json like
/// every other section; the <c>hosting</c> step also writes it into the existing file in place (between its markers),
/// so that step can be run alone without measuring, or erasing, the other sections again.
/// </summary>
internal static class HostingReport
{
    private const string Begin = "<!-- hosting section: written by `Governance.Benchmarks hosting` or by the full report -->";
    private const string End = "<!-- end of hosting section -->";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(StringBuilder text, ServiceLoadResults? load)
    {
        text.Append(Begin).Append('\n');
        text.Append("## 6. A hosted service under load\n\n");
        if (load is null)
        {
            text.Append("Not measured (the `hosting` step did not run).\n\n");
            text.Append(End).Append('\n');
            text.Append('\n');
            return;
        }

        if (load.Quick)
        {
            text.Append("> **QUICK RUN, not a measurement** (100 concurrent requests, one round).\n\n");
        }

        text.Append(Invariant, $"Measured by the `hosting` step on {load.Date} ({load.Machine}; 1-minute load average {load.LoadAverage}), which may be run on its own: ");
        text.Append("its date and machine are these, not necessarily those at the top of this file. **Caveat: 2 shared cores.** The load client and both services run in one process ");
        text.Append("on the same cores, so the absolute latencies are mostly queueing behind the other requests of the round; what the telemetry costs ");
        text.Append("is the difference between the two rows. On a busy machine even that difference moves from run to run by as much as its own size ");
        text.Append("(the load average above says how busy): the processor time per request, which other processes do not inflate, is the steadier ");
        text.Append("figure. The harness runs with ");
        text.Append("workstation, non-concurrent garbage collection (for its other measurements), not the server collector an ASP.NET Core service ");
        text.Append("uses by default: the tail latencies include its pauses, which the copies and records of each event make more frequent.\n\n");
        text.Append(Invariant, $"The TodoService sample (`samples/TodoService`) on Kestrel at 127.0.0.1, twice: **with telemetry**, every request tracks ");
        text.Append(Invariant, $"`todos.item_created` for an opted-in user (per-user consent resolved from the request) through `BackgroundTelemetrySink` (a queue of ");
        text.Append(Invariant, $"{load.QueueCapacity:N0}) into the Governance OpenTelemetry pipeline and an exporter; **without**, the same service with its service-wide ");
        text.Append(Invariant, $"switch on (`TODO_SERVICE_TELEMETRY_OPTOUT=1`), so `Track` returns at the gate. Each round sends {load.ConcurrentRequests:N0} concurrent ");
        text.Append(Invariant, $"`POST /todos` requests to one, then the other (the order alternates); {load.Rounds} measured rounds after one warm-up round each. ");
        text.Append("Latency is client-side, from each request's start to its response. Processor time is the whole process's (client, both ");
        text.Append("servers, the queue's thread) during a round, including the flush of that round's events, divided by its requests: unlike ");
        text.Append("latency, other processes on the machine do not inflate it.\n\n");
        text.Append("| | requests | failed | p50 | p90 | p99 | max | mean | a whole round (median) | processor time per request (median round) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Row(text, "without telemetry", load.Without);
        Row(text, "with telemetry", load.With);
        text.Append(Invariant, $"| **added by telemetry** | | | **{Signed(load.AddedP50Ms)}** | {Signed(load.With.P90Ms - load.Without.P90Ms)} | **{Signed(load.AddedP99Ms)}** | | {Signed(load.With.MeanMs - load.Without.MeanMs)} | {Signed((load.With.RoundSecondsMedian - load.Without.RoundSecondsMedian) * 1000)} | **{Signed(load.With.CpuMsPerRequest - load.Without.CpuMsPerRequest, "N3")}** |\n\n");

        var paired = load.Paired;
        text.Append(Invariant, $"Paired by round (each round of one variant runs next to the same round of the other; the median of the {load.Rounds} differences): ");
        text.Append(Invariant, $"telemetry adds **{Signed(paired.AddedP50Ms)} at p50**, **{Signed(paired.AddedP99Ms)} at p99**, and **{Signed(paired.AddedCpuMsPerRequest, "N3")} of processor time per request**.\n\n");

        var e = load.Events;
        var accounted = e.Delivered + e.Dropped + e.Failed == e.Tracked && e.Pending == 0 && e.Exported == e.Delivered;
        text.Append(Invariant, $"Every event, with telemetry (warm-up included): {e.Requests:N0} requests sent, {e.Tracked:N0} events tracked, {e.Delivered:N0} delivered ");
        text.Append(Invariant, $"and {e.Exported:N0} exported, {e.Dropped:N0} dropped (queue full), {e.Failed:N0} failed, {e.Pending:N0} pending: ");
        text.Append(accounted ? "**every accepted event delivered or counted as dropped, none lost.**" : "**EVENTS LOST.**");
        text.Append(Invariant, $" Without telemetry: {e.TrackedWithTelemetryOff:N0} events tracked.\n\n");
        text.Append("Run it alone: `dotnet tests/Benchmarks/bin/Release/net10.0/Governance.Benchmarks.dll hosting` (rewrites this section in place; ");
        text.Append("`--repetitions N` rounds).\n\n");
        text.Append(End).Append('\n');
        text.Append('\n');
    }

    /// <summary>Replaces this section in an existing report (see <see cref="ReportSection"/>).</summary>
    public static void UpdateInPlace(string path, ServiceLoadResults load)
    {
        var section = new StringBuilder();
        Write(section, load);
        ReportSection.UpdateInPlace(path, Begin, End, section.ToString());
    }

    private static void Row(StringBuilder text, string name, LatencyStats s) =>
        text.Append(Invariant, $"| {name} | {s.Requests:N0} | {s.Failed:N0} | {Ms(s.P50Ms)} | {Ms(s.P90Ms)} | {Ms(s.P99Ms)} | {Ms(s.MaxMs)} | {Ms(s.MeanMs)} | {Ms(s.RoundSecondsMedian * 1000)} | {Ms(s.CpuMsPerRequest, "N3")} |\n");

    private static string Ms(double value, string format = "N1") => double.IsNaN(value) ? "n/a" : value.ToString(format, Invariant) + " ms";

    private static string Signed(double value, string format = "N1") => double.IsNaN(value) ? "n/a" : (value >= 0 ? "+" : "") + Ms(value, format);
}
