using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Governance.Benchmarks.Runtime;

/// <summary>A sink that reads every field through a writer whose typed overloads do nothing: the emitter's own cost.</summary>
public sealed class NoOpTelemetrySink : ITelemetrySink
{
    private readonly NoOpFieldWriter _writer = new();

    public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
        where TFields : struct, ITelemetryFields => fields.WriteTo(_writer);

    private sealed class NoOpFieldWriter : TelemetryFieldWriter
    {
        public override void WriteNull(TelemetryFieldDescriptor field)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, string? value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, bool value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, byte value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, sbyte value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, short value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, ushort value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, int value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, uint value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, long value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, ulong value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, float value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, double value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, decimal value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, DateTime value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, DateTimeOffset value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, TimeSpan value)
        {
        }

        public override void Write(TelemetryFieldDescriptor field, Guid value)
        {
        }

        protected override void WriteValue(TelemetryFieldDescriptor field, object? value)
        {
        }
    }
}

/// <summary>A logger provider whose loggers are enabled for every level and whose Log does nothing.</summary>
public sealed class NoOpLoggerProvider : ILoggerProvider
{
    private static readonly NoOpLogger Logger = new();

    public ILogger CreateLogger(string categoryName) => Logger;

    public void Dispose()
    {
    }

    private sealed class NoOpLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}

/// <summary>An OpenTelemetry exporter that accepts every batch and keeps nothing, so the pipeline runs in full.</summary>
public sealed class NoOpLogExporter : BaseExporter<LogRecord>
{
    public override ExportResult Export(in Batch<LogRecord> batch) => ExportResult.Success;
}

/// <summary>
/// The dictionary-of-properties call analytics SDKs offer (<c>TrackEvent(name, properties)</c>): it checks a flag and
/// hands the dictionary on, to a consumer that does nothing or to an OpenTelemetry logger.
/// </summary>
public sealed class DictionaryAnalytics
{
    private static readonly Func<IDictionary<string, object>, Exception?, string> Format = static (_, _) => "event";

    private readonly bool _enabled;
    private readonly ILogger? _logger;

    public DictionaryAnalytics(bool enabled, ILogger? logger)
    {
        _enabled = enabled;
        _logger = logger;
    }

    public void TrackEvent(string name, IDictionary<string, object> properties)
    {
        if (!_enabled)
        {
            return;
        }

        if (_logger is null)
        {
            Consume(name, properties);
            return;
        }

        _logger.Log(LogLevel.Information, new EventId(0, name), properties, null, Format);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Consume(string name, IDictionary<string, object> properties)
    {
        _ = name;
        _ = properties;
    }
}
