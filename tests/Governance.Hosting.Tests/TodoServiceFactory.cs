using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using TodoService.Telemetry;

namespace Governance.Hosting.Tests;

/// <summary>
/// The TodoService sample in its real host, exactly as it is wired, except that the telemetry pipeline exports into
/// <see cref="Exported"/>, and every log line the application writes (through its own logging and its own
/// OpenTelemetry log pipeline) is kept in <see cref="AppLogs"/> and <see cref="AppOpenTelemetryLogs"/>.
/// </summary>
public sealed class TodoServiceFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _settings;

    public TodoServiceFactory(Dictionary<string, string>? settings = null)
    {
        // The service-wide switches are off unless a test turns one on, whatever the machine's environment says.
        _settings = new Dictionary<string, string>
        {
            ["DO_NOT_TRACK"] = "0",
            [TelemetrySetup.OptOutVariable] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>What the telemetry pipeline exported.</summary>
    public CapturingProcessor Exported { get; } = new();

    /// <summary>Every line the application logged, as its log providers received it.</summary>
    public CapturingLoggerProvider AppLogs { get; } = new();

    /// <summary>Every record the application's own OpenTelemetry log pipeline received.</summary>
    public CapturingProcessor AppOpenTelemetryLogs { get; } = new();

    /// <summary>A client whose requests are made as <paramref name="user"/>, from the client app <paramref name="clientApp"/>.</summary>
    public HttpClient ClientFor(string user, string clientApp = "web/2.3")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-User-Id", user);
        client.DefaultRequestHeaders.Add("X-Client", clientApp);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Every level, every category: whatever reaches the application's logging reaches this capture.
        builder.ConfigureLogging(logging => logging.AddProvider(AppLogs).AddFilter<CapturingLoggerProvider>(_ => true));
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddProcessor(AppOpenTelemetryLogs));
            // The sample's own registration again, exporting here: a second registration replaces the first.
            services.AddServiceTelemetry(export => export.AddProcessor(Exported));
        });
    }
}

/// <summary>One exported or logged record, copied when the processor saw it (the SDK reuses record objects).</summary>
public sealed record CapturedRecord(string? EventName, string? Category, IReadOnlyDictionary<string, object?> Attributes, IReadOnlyDictionary<string, object> Resource);

/// <summary>An OpenTelemetry processor that keeps a copy of every record it receives, with its pipeline's resource.</summary>
public sealed class CapturingProcessor : BaseProcessor<LogRecord>
{
    private readonly ConcurrentQueue<CapturedRecord> _records = new();

    public IReadOnlyList<CapturedRecord> Records => _records.ToArray();

    public IEnumerable<CapturedRecord> Named(string eventName) => Records.Where(r => r.EventName == eventName);

    public override void OnEnd(LogRecord data)
    {
        var resource = ParentProvider?.GetResource();
        _records.Enqueue(new CapturedRecord(
            data.EventId.Name,
            data.CategoryName,
            (data.Attributes ?? []).ToDictionary(a => a.Key, a => a.Value),
            resource?.Attributes.ToDictionary(a => a.Key, a => a.Value) ?? new Dictionary<string, object>()));
    }
}

/// <summary>A log provider that keeps every line as the application's log providers receive it.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>Each line: category, event id and name, message, and every state value.</summary>
    public IReadOnlyList<string> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => p.Key + "=" + (p.Value is Array array ? string.Join(",", array.Cast<object?>()) : p.Value)))
                : "";
            lines.Enqueue($"{category} [{eventId.Id} {eventId.Name}] {formatter(state, exception)} {values}");
        }
    }
}
