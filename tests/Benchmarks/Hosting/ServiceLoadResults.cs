using Governance.Benchmarks.Infrastructure;

namespace Governance.Benchmarks.Hosting;

/// <summary>
/// The TodoService sample under load: request latency with and without telemetry, measured side by side in one run,
/// and what became of every event tracked (saved as <see cref="FileName"/> in the results directory).
/// </summary>
internal sealed record ServiceLoadResults(
    bool Quick,
    string Date,
    string Machine,
    string LoadAverage,
    int ConcurrentRequests,
    int Rounds,
    int QueueCapacity,
    LatencyStats Without,
    LatencyStats With,
    PairedDifference Paired,
    EventAccounting Events)
{
    public const string FileName = "hosting.json";

    public double AddedP50Ms => With.P50Ms - Without.P50Ms;

    public double AddedP99Ms => With.P99Ms - Without.P99Ms;
}

/// <summary>
/// Client-side request latency over every measured request of one variant, in milliseconds; the median round's wall
/// time; and the median round's processor time of the whole process per request (client and server together, so only
/// the difference between variants means something, but other processes on the machine do not inflate it).
/// </summary>
internal sealed record LatencyStats(int Requests, int Failed, double P50Ms, double P90Ms, double P99Ms, double MaxMs, double MeanMs, double RoundSecondsMedian, double CpuMsPerRequest)
{
    public static LatencyStats Of(IReadOnlyList<double> milliseconds, int failed, IReadOnlyList<double> roundSeconds, IReadOnlyList<double> cpuMsPerRequest)
    {
        var sorted = milliseconds.OrderBy(v => v).ToArray();
        double At(double p) => Percentile(sorted, p);
        var rounds = roundSeconds.OrderBy(v => v).ToArray();
        return new LatencyStats(
            sorted.Length,
            failed,
            At(0.50),
            At(0.90),
            At(0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1],
            sorted.Length == 0 ? double.NaN : sorted.Average(),
            rounds.Length == 0 ? double.NaN : rounds[rounds.Length / 2],
            Stats.Of(cpuMsPerRequest).Median);
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>
/// What telemetry adds, round by round: each round of one variant runs right next to the same round of the other, so
/// the median of the per-round differences is less moved by the machine's load drifting during the run.
/// </summary>
internal sealed record PairedDifference(double AddedP50Ms, double AddedP99Ms, double AddedCpuMsPerRequest)
{
    public static PairedDifference Of(IReadOnlyList<(double P50, double P99, double Cpu)> with, IReadOnlyList<(double P50, double P99, double Cpu)> without) => new(
        Stats.Of(with.Zip(without, (w, o) => w.P50 - o.P50)).Median,
        Stats.Of(with.Zip(without, (w, o) => w.P99 - o.P99)).Median,
        Stats.Of(with.Zip(without, (w, o) => w.Cpu - o.Cpu)).Median);
}

/// <summary>
/// Every event the service tracked with telemetry on, by what became of it: each one accepted by the queue is
/// delivered, failed or dropped, none pending and none lost (checked by the benchmark, which fails otherwise).
/// </summary>
internal sealed record EventAccounting(long Requests, long Tracked, long Delivered, long Dropped, long Failed, long Pending, long Exported, long TrackedWithTelemetryOff);
