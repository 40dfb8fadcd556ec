using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Governance.OpenTelemetry;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Governance.Benchmarks.Runtime;

/// <summary>Whether the event may be sent, and where it goes when it may.</summary>
public enum RuntimeState
{
    /// <summary>Governance: the user opted out. Logging: Information is below the minimum level. Dictionary: flag off.</summary>
    Off,

    /// <summary>Governance: opted in, a sink that reads every field and does nothing. Logging: an enabled logger whose Log does nothing.</summary>
    NoOpSink,

    /// <summary>Everything through the OpenTelemetry SDK's logging pipeline into an exporter that keeps nothing.</summary>
    OpenTelemetry,
}

/// <summary>
/// What sending one event costs the caller: Governance's generated <c>Track</c> (0, 2, 6 and 8 fields; the 6-field event
/// also with a common context of four value and string fields set, and with a context holding an identifier) against
/// <c>[LoggerMessage]</c> methods, <see cref="LoggerMessage.Define"/>, <c>ILogger.LogInformation</c> with arguments and a
/// dictionary-of-properties <c>TrackEvent</c>, each switched off, on into a sink or provider that does nothing, and on
/// through OpenTelemetry. Event instances and argument values are created once, outside the measured call; the
/// dictionary is built in the call, as its callers do. <see cref="EmptyCall"/> is a non-inlined empty method.
/// Method names end in the field count (the report reads them).
/// </summary>
[MemoryDiagnoser]
public class TrackBenchmarks
{
    private readonly NoFieldsEvent _event0 = new();
    private readonly TwoFieldsEvent _event2 = new() { DurationMs = 42, Succeeded = true };
    private readonly SixFieldsEvent _event6 = new() { FeatureArea = "search", DurationMs = 42, BytesProcessed = 123_456, Succeeded = true, CacheHitRatio = 0.75, Outcome = RunOutcome.Completed };
    private readonly EightFieldsEvent _event8 = new()
    {
        FeatureArea = "search", DurationMs = 42, BytesProcessed = 123_456, Succeeded = true, CacheHitRatio = 0.75, Outcome = RunOutcome.Completed,
        StartedAt = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero), ItemCount = 7,
    };

    private readonly string _area = "search";
    private readonly int _duration = 42;
    private readonly long _bytes = 123_456;
    private readonly bool _succeeded = true;
    private readonly double _ratio = 0.75;
    private readonly RunOutcome _outcome = RunOutcome.Completed;
    private readonly DateTimeOffset _started = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly int _items = 7;

    private TelemetryClient _client = null!;
    private TelemetryClient _contextClient = null!;
    private TelemetryClient _identifierContextClient = null!;
    private ILogger _logger = null!;
    private DictionaryAnalytics _analytics = null!;
    private ILoggerFactory? _loggerFactory;
    private OpenTelemetryTelemetrySink? _openTelemetrySink;

    [Params(RuntimeState.Off, RuntimeState.NoOpSink, RuntimeState.OpenTelemetry)]
    public RuntimeState State { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var on = State != RuntimeState.Off;
        _loggerFactory = State switch
        {
            RuntimeState.Off => LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Warning).AddProvider(new NoOpLoggerProvider())),
            RuntimeState.NoOpSink => LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(new NoOpLoggerProvider())),
            _ => LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace)
                .AddOpenTelemetry(options => options.AddProcessor(new SimpleLogRecordExportProcessor(new NoOpLogExporter())))),
        };
        _logger = _loggerFactory.CreateLogger("Bench");

        var options = new TelemetryOptions
        {
            RequireNotice = false,
            ConsentStore = new InMemoryConsentStore(ConsentRecord.Empty.WithDecision(on ? ConsentState.OptedIn : ConsentState.OptedOut, DateTimeOffset.UtcNow)),
            EnvironmentVariableReader = _ => null,
        };
        // Governance's sink has its own pipeline, with the same processor and exporter as the logging comparisons.
        _openTelemetrySink = State == RuntimeState.OpenTelemetry
            ? new OpenTelemetryTelemetrySink(export => export.AddProcessor(new SimpleLogRecordExportProcessor(new NoOpLogExporter())))
            : null;
        options.Sinks.Add(_openTelemetrySink ?? (ITelemetrySink)new NoOpTelemetrySink());
        _client = new TelemetryClient(options);

        // The same client twice more, each with a common context set: its fields go with every event.
        _contextClient = new TelemetryClient(options);
        _contextClient.SetContext(new BenchBuildContext { OsPlatform = "Linux", ProcessorCount = 2, ContinuousIntegration = false, StartedAtTicks = _started.UtcTicks });
        options.PseudonymizationKey = new byte[32];
        _identifierContextClient = new TelemetryClient(options);
        _identifierContextClient.SetContext(new BenchMachineContext { MachineId = "3c5a8e6f-machine", ProcessorCount = 2, ContinuousIntegration = false });
        _analytics = new DictionaryAnalytics(on, State == RuntimeState.OpenTelemetry ? _logger : null);

        if (_client.IsEnabled(EightFieldsEvent.TelemetryDescriptor) != on || _logger.IsEnabled(LogLevel.Information) != on)
        {
            throw new InvalidOperationException($"The {State} state is not set up as intended.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _loggerFactory?.Dispose();
        _openTelemetrySink?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void EmptyCall() => Empty(_client, _event8);

    [Benchmark]
    public void Track0() => _client.Track(_event0);

    [Benchmark]
    public void Track2() => _client.Track(_event2);

    [Benchmark]
    public void Track6() => _client.Track(_event6);

    [Benchmark]
    public void Track8() => _client.Track(_event8);

    [Benchmark]
    public void TrackWithContext6() => _contextClient.Track(_event6);

    [Benchmark]
    public void TrackWithIdentifierContext6() => _identifierContextClient.Track(_event6);

    [Benchmark]
    public void LoggerMessage0() => BenchLog.NoFields(_logger);

    [Benchmark]
    public void LoggerMessage2() => BenchLog.TwoFields(_logger, _duration, _succeeded);

    [Benchmark]
    public void LoggerMessage6() => BenchLog.SixFields(_logger, _area, _duration, _bytes, _succeeded, _ratio, _outcome);

    [Benchmark]
    public void LoggerMessage8() => BenchLog.EightFields(_logger, _area, _duration, _bytes, _succeeded, _ratio, _outcome, _started, _items);

    [Benchmark]
    public void Define0() => BenchLogDefine.NoFields(_logger, null);

    [Benchmark]
    public void Define2() => BenchLogDefine.TwoFields(_logger, _duration, _succeeded, null);

    [Benchmark]
    public void Define6() => BenchLogDefine.SixFields(_logger, _area, _duration, _bytes, _succeeded, _ratio, _outcome, null);

#pragma warning disable CA1848, CA2254 // The point: the plain extension method with arguments, as code without LoggerMessage calls it.
    [Benchmark]
    public void LogInformation0() => _logger.LogInformation("Operation completed");

    [Benchmark]
    public void LogInformation2() => _logger.LogInformation("Operation completed after {DurationMs} ms (succeeded: {Succeeded})", _duration, _succeeded);

    [Benchmark]
    public void LogInformation6() => _logger.LogInformation(
        "Operation in area {FeatureArea} completed after {DurationMs} ms, processing {BytesProcessed} bytes (succeeded: {Succeeded}) with a cache hit ratio of {CacheHitRatio}, ending as {Outcome}",
        _area, _duration, _bytes, _succeeded, _ratio, _outcome);

    [Benchmark]
    public void LogInformation8() => _logger.LogInformation(
        "Operation in area {FeatureArea} completed after {DurationMs} ms, processing {BytesProcessed} bytes (succeeded: {Succeeded}) with a cache hit ratio of {CacheHitRatio}, ending as {Outcome}, started at {StartedAt}, touching {ItemCount} items",
        _area, _duration, _bytes, _succeeded, _ratio, _outcome, _started, _items);
#pragma warning restore CA1848, CA2254

    [Benchmark]
    public void Dictionary0() => _analytics.TrackEvent("bench.runtime.no_fields", new Dictionary<string, object>());

    [Benchmark]
    public void Dictionary2() => _analytics.TrackEvent("bench.runtime.two_fields", new Dictionary<string, object>
    {
        ["duration_ms"] = _duration,
        ["succeeded"] = _succeeded,
    });

    [Benchmark]
    public void Dictionary6() => _analytics.TrackEvent("bench.runtime.six_fields", new Dictionary<string, object>
    {
        ["feature_area"] = _area,
        ["duration_ms"] = _duration,
        ["bytes_processed"] = _bytes,
        ["succeeded"] = _succeeded,
        ["cache_hit_ratio"] = _ratio,
        ["outcome"] = _outcome,
    });

    [Benchmark]
    public void Dictionary8() => _analytics.TrackEvent("bench.runtime.eight_fields", new Dictionary<string, object>
    {
        ["feature_area"] = _area,
        ["duration_ms"] = _duration,
        ["bytes_processed"] = _bytes,
        ["succeeded"] = _succeeded,
        ["cache_hit_ratio"] = _ratio,
        ["outcome"] = _outcome,
        ["started_at"] = _started,
        ["item_count"] = _items,
    });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Empty(TelemetryClient client, object evt)
    {
        _ = client;
        _ = evt;
    }
}
