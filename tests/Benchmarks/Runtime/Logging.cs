using Microsoft.Extensions.Logging;

namespace Governance.Benchmarks.Runtime;

/// <summary>The same messages as <c>[LoggerMessage]</c> methods: 0, 2, 6 and 8 parameters, each used by the template.</summary>
public static partial class BenchLog
{
    [LoggerMessage(EventId = 1, EventName = "bench.runtime.no_fields", Level = LogLevel.Information, Message = "Operation completed")]
    public static partial void NoFields(ILogger logger);

    [LoggerMessage(EventId = 2, EventName = "bench.runtime.two_fields", Level = LogLevel.Information,
        Message = "Operation completed after {DurationMs} ms (succeeded: {Succeeded})")]
    public static partial void TwoFields(ILogger logger, int durationMs, bool succeeded);

    [LoggerMessage(EventId = 3, EventName = "bench.runtime.six_fields", Level = LogLevel.Information,
        Message = "Operation in area {FeatureArea} completed after {DurationMs} ms, processing {BytesProcessed} bytes (succeeded: {Succeeded}) with a cache hit ratio of {CacheHitRatio}, ending as {Outcome}")]
    public static partial void SixFields(ILogger logger, string featureArea, int durationMs, long bytesProcessed, bool succeeded, double cacheHitRatio, RunOutcome outcome);

    [LoggerMessage(EventId = 4, EventName = "bench.runtime.eight_fields", Level = LogLevel.Information,
        Message = "Operation in area {FeatureArea} completed after {DurationMs} ms, processing {BytesProcessed} bytes (succeeded: {Succeeded}) with a cache hit ratio of {CacheHitRatio}, ending as {Outcome}, started at {StartedAt}, touching {ItemCount} items")]
    public static partial void EightFields(ILogger logger, string featureArea, int durationMs, long bytesProcessed, bool succeeded, double cacheHitRatio, RunOutcome outcome, DateTimeOffset startedAt, int itemCount);
}

/// <summary>The same messages through <see cref="LoggerMessage.Define"/>, which takes at most six parameters.</summary>
public static class BenchLogDefine
{
    public static readonly Action<ILogger, Exception?> NoFields =
        LoggerMessage.Define(LogLevel.Information, new EventId(1, "bench.runtime.no_fields"), "Operation completed");

    public static readonly Action<ILogger, int, bool, Exception?> TwoFields =
        LoggerMessage.Define<int, bool>(LogLevel.Information, new EventId(2, "bench.runtime.two_fields"),
            "Operation completed after {DurationMs} ms (succeeded: {Succeeded})");

    public static readonly Action<ILogger, string, int, long, bool, double, RunOutcome, Exception?> SixFields =
        LoggerMessage.Define<string, int, long, bool, double, RunOutcome>(LogLevel.Information, new EventId(3, "bench.runtime.six_fields"),
            "Operation in area {FeatureArea} completed after {DurationMs} ms, processing {BytesProcessed} bytes (succeeded: {Succeeded}) with a cache hit ratio of {CacheHitRatio}, ending as {Outcome}");
}
