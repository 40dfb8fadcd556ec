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
    EventAccounting Events)
{
    public const string FileName = "hosting.json";

    public double AddedP50Ms => With.P50Ms - Without.P50Ms;

    public double AddedP99Ms => With.P99Ms - Without.P99Ms;
}

/// <summary>Client-side request latency over every measured request of one variant, in milliseconds.</summary>
internal sealed record LatencyStats(int Requests, int Failed, double P50Ms, double P90Ms, double P99Ms, double MaxMs, double MeanMs, double RoundSecondsMedian)
{
    public static LatencyStats Of(IReadOnlyList<double> milliseconds, int failed, IReadOnlyList<double> roundSeconds)
    {
        var sorted = milliseconds.OrderBy(v => v).ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        var rounds = roundSeconds.OrderBy(v => v).ToArray();
        return new LatencyStats(
            sorted.Length,
            failed,
            Percentile(0.50),
            Percentile(0.90),
            Percentile(0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1],
            sorted.Length == 0 ? double.NaN : sorted.Average(),
            rounds.Length == 0 ? double.NaN : rounds[rounds.Length / 2]);
    }
}

/// <summary>
/// Every event the service tracked with telemetry on, by what became of it: each one accepted by the queue is
/// delivered, failed or dropped, none pending and none lost (checked by the benchmark, which fails otherwise).
/// </summary>
internal sealed record EventAccounting(long Requests, long Tracked, long Delivered, long Dropped, long Failed, long Pending, long Exported, long TrackedWithTelemetryOff);
