using System.Reflection;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Governance.Testing;
using Governance.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;

namespace Governance.Runtime.Tests;

/// <summary>
/// Events through the real OpenTelemetry SDK, in a pipeline of their own: captured by its in-memory exporter or a
/// processor, and never seen by the application's log providers.
/// </summary>
[Collection(ConsoleOutputCollection.Name)]
public sealed class OpenTelemetrySinkTests
{
    [Fact]
    public void An_event_arrives_as_a_log_record_with_its_name_fields_and_policy_attributes()
    {
        var exported = new List<LogRecord>();
        using (var sink = new OpenTelemetryTelemetrySink(export => export.AddInMemoryExporter(exported)))
        {
            var client = NewClient(new TelemetryOptions { Sinks = { sink } }, optedIn: true);
            client.Track(new OptOutEvent { DurationMs = 42, Succeeded = true, Result = SyncResult.Failed, Count = null });
            client.Track(new IdentifiedEvent { AccountId = "ada", DeviceId = Guid.Empty, Count = 7 });
        }

        Assert.Equal(2, exported.Count);
        var record = exported[0];
        Assert.Equal("test.opt_out_event", record.EventId.Name);
        Assert.NotEqual(0, record.EventId.Id);
        Assert.Equal(OpenTelemetryTelemetrySink.CategoryName, record.CategoryName);
        Assert.Equal(LogLevel.Information, record.LogLevel);
        var attributes = record.Attributes!.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal(42L, attributes["duration_ms"]);
        Assert.Equal(true, attributes["succeeded"]);
        Assert.Equal("Failed", attributes["result"]);
        Assert.Null(attributes["count"]);
        Assert.Equal(30L, attributes[TelemetryAttributes.RetentionDays]);
        Assert.Equal("optOut", attributes[TelemetryAttributes.Consent]);
        Assert.Equal("team", attributes[TelemetryAttributes.Access]);
        Assert.Equal(new[] { "technical" }, attributes[TelemetryAttributes.DataClasses]);

        var identified = exported[1].Attributes!.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal("optIn", identified[TelemetryAttributes.Consent]);
        Assert.Equal(new[] { "technical", "identifier" }, identified[TelemetryAttributes.DataClasses]);
        Assert.Matches("^[0-9a-f]{64}$", (string)identified["account_id"]!);
    }

    [Fact]
    public void The_policy_attributes_are_spelled_as_the_manifest_spells_them()
    {
        var exported = new List<LogRecord>();
        using (var sink = new OpenTelemetryTelemetrySink(export => export.AddInMemoryExporter(exported)))
        {
            var client = NewClient(new TelemetryOptions { Sinks = { sink } }, optedIn: true);
            client.Track(new OptOutEvent { DurationMs = 1 });
            client.Track(new OptInEvent { Command = "add" });
            client.Track(new IdentifiedEvent { AccountId = "ada", DeviceId = Guid.Empty, Count = 1 });
        }

        using var manifest = JsonDocument.Parse(CompiledManifest.IndentedJson(typeof(OptOutEvent).Assembly.GetCustomAttribute<TelemetryManifestAttribute>()!.Json));
        var declared = manifest.RootElement.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        Assert.Equal(3, exported.Count);
        foreach (var record in exported)
        {
            var attributes = record.Attributes!.ToDictionary(a => a.Key, a => a.Value);
            var evt = declared[record.EventId.Name!];
            Assert.Equal(evt.GetProperty("consent").GetString(), attributes[TelemetryAttributes.Consent]);
            Assert.Equal(evt.GetProperty("access").GetString(), attributes[TelemetryAttributes.Access]);
            Assert.Equal(evt.GetProperty("dataClasses").EnumerateArray().Select(c => c.GetString()), (string[])attributes[TelemetryAttributes.DataClasses]!);
        }
    }

    [Fact]
    public void Without_consent_nothing_is_exported()
    {
        var exported = new List<LogRecord>();
        using (var sink = new OpenTelemetryTelemetrySink(export => export.AddInMemoryExporter(exported)))
        {
            var client = NewClient(new TelemetryOptions { Sinks = { sink } }, optedIn: false);
            client.Track(new OptInEvent { Command = "add" });
            client.OptOut();
            client.Track(new OptOutEvent { DurationMs = 1 });
        }

        Assert.Empty(exported);
    }

    /// <summary>
    /// The leak this pipeline exists to prevent: a service with JSON console logging, following the documentation,
    /// tracks an event. Its values must reach the export processor exactly once and never the application's output.
    /// </summary>
    [Fact]
    public async Task A_hosted_service_with_json_console_logging_never_writes_telemetry_to_its_output()
    {
        var canary = "leak-canary-" + Guid.NewGuid().ToString("N");
        var appLine = "app-line-" + Guid.NewGuid().ToString("N");
        var capture = new CapturingProcessor();
        var output = new StringWriter();
        var originalOut = Console.Out;
        Console.SetOut(TextWriter.Synchronized(output));
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Services.AddGovernanceTelemetry(
                options =>
                {
                    options.ProductName = "contoso-service";
                    options.ConsentStore = new InMemoryConsentStore(ConsentRecord.Empty.WithDecision(ConsentState.OptedIn, DateTimeOffset.UtcNow));
                    options.PseudonymizationKey = new byte[32];
                },
                export => export.AddProcessor(capture));

            using (var host = builder.Build())
            {
                await host.StartAsync();
                var client = host.Services.GetRequiredService<TelemetryClient>();
                client.Track(new OptInEvent { Command = canary });
                client.Track(new IdentifiedEvent { AccountId = canary, Count = 1 });

                // The application's own line, logged after the events: once it is in the output, everything logged
                // before it has been written too (the console logger writes in order, on one thread).
                host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Contoso").LogInformation("{Line}", appLine);
                await host.StopAsync();
            }
        }
        finally
        {
            Console.SetOut(originalOut);
        }

        var text = output.ToString();
        Assert.Contains(appLine, text, StringComparison.Ordinal);
        Assert.Contains("\"Category\":\"Contoso\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(canary, text, StringComparison.Ordinal);
        Assert.DoesNotContain(OpenTelemetryTelemetrySink.CategoryName, text, StringComparison.Ordinal);
        Assert.DoesNotContain("telemetry.", text, StringComparison.Ordinal);

        Assert.Equal(new[] { "test.opt_in_event", "test.identified_event" }, capture.Records.Select(r => r.EventName));
        var attributes = capture.Records.First().Attributes;
        Assert.Equal(canary, attributes["command"]);
        Assert.Equal(new[] { "interaction" }, Assert.IsType<string[]>(attributes[TelemetryAttributes.DataClasses]));
        Assert.Equal(30L, Assert.IsType<long>(attributes[TelemetryAttributes.RetentionDays]));
        Assert.Equal("optIn", attributes[TelemetryAttributes.Consent]);
    }

    [Fact]
    public async Task The_pipeline_takes_the_applications_resource_and_stays_out_of_its_opentelemetry_logs()
    {
        var capture = new CapturingProcessor();
        var appLogs = new CapturingProcessor();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("contoso-service", serviceVersion: "1.2.3"))
            .WithLogging(logging => logging.AddProcessor(appLogs));
        builder.Services.AddGovernanceTelemetry(Service, export => export.AddProcessor(capture));

        using (var host = builder.Build())
        {
            await host.StartAsync();
            var client = host.Services.GetRequiredService<TelemetryClient>();
            Assert.Same(client, host.Services.GetRequiredService<TelemetryClient>());
            client.Track(new OptOutEvent { DurationMs = 5 });
            host.Services.GetRequiredService<ILogger<OpenTelemetrySinkTests>>().LogInformation("an application log line");
            await host.StopAsync();
        }

        var record = Assert.Single(capture.Records);
        Assert.Equal("test.opt_out_event", record.EventName);
        Assert.Equal("contoso-service", record.Resource["service.name"]);
        Assert.Equal("1.2.3", record.Resource["service.version"]);
        Assert.Contains(appLogs.Records, r => r.Category == typeof(OpenTelemetrySinkTests).FullName);
        Assert.DoesNotContain(appLogs.Records, r => r.Category == OpenTelemetryTelemetrySink.CategoryName || r.EventName == "test.opt_out_event");
    }

    [Fact]
    public void The_host_flushes_the_pipeline_when_it_is_disposed()
    {
        // A batch processor that would not export on its own for an hour: only the host's disposal sends the event.
        var exporter = new NameExporter();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddGovernanceTelemetry(Service, export => export.AddProcessor(
            new BatchLogRecordExportProcessor(exporter, scheduledDelayMilliseconds: 3_600_000)));

        using (var host = builder.Build())
        {
            host.Services.GetRequiredService<TelemetryClient>().Track(new OptOutEvent { DurationMs = 5 });
            Assert.Empty(exporter.Names);
        }

        Assert.Equal("test.opt_out_event", Assert.Single(exporter.Names));
    }

    [Fact]
    public void Without_an_export_callback_events_reach_only_the_configured_sinks()
    {
        var appLogs = new CapturingProcessor();
        var recorded = new InMemoryTelemetrySink();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddOpenTelemetry().WithLogging(logging => logging.AddProcessor(appLogs));
        builder.Services.AddGovernanceTelemetry(options =>
        {
            Service(options);
            options.Sinks.Add(recorded);
        });

        using (var host = builder.Build())
        {
            host.Services.GetRequiredService<TelemetryClient>().Track(new OptOutEvent { DurationMs = 5 });
        }

        Assert.Equal("test.opt_out_event", Assert.Single(recorded.Events).Name);
        Assert.DoesNotContain(appLogs.Records, r => r.EventName == "test.opt_out_event");
    }

    [Fact]
    public void A_second_registration_replaces_the_first()
    {
        var first = new CapturingProcessor();
        var second = new CapturingProcessor();
        var services = new ServiceCollection();
        services.AddGovernanceTelemetry(Service, export => export.AddProcessor(first));
        services.AddGovernanceTelemetry(Service, export => export.AddProcessor(second));

        using (var provider = services.BuildServiceProvider())
        {
            Assert.Single(services, s => s.ServiceType == typeof(TelemetryClient));
            provider.GetRequiredService<TelemetryClient>().Track(new OptOutEvent { DurationMs = 5 });
        }

        Assert.Empty(first.Records);
        Assert.Single(second.Records);
    }

    [Fact]
    public void The_service_wide_switch_is_read_from_the_applications_configuration()
    {
        var capture = new CapturingProcessor();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["CONTOSO_TELEMETRY_OPTOUT"] = "1";
        builder.Services.AddGovernanceTelemetry(
            options =>
            {
                options.ProductName = "contoso-service";
                options.RequireNotice = false;
                options.ConsentStore = new InMemoryConsentStore();
                options.OptOutEnvironmentVariable = "CONTOSO_TELEMETRY_OPTOUT";
            },
            export => export.AddProcessor(capture));

        using (var host = builder.Build())
        {
            var client = host.Services.GetRequiredService<TelemetryClient>();
            client.Track(new OptOutEvent { DurationMs = 5 });
            Assert.True(client.IsOptedOutByEnvironment);
        }

        Assert.Empty(capture.Records);
    }

    [Fact]
    public void An_event_does_not_carry_the_trace_context_of_the_request_that_tracked_it()
    {
        // Trace and span ids are not declared fields, and would join the event to the request's traces and logs.
        var capture = new CapturingProcessor();
        using (var sink = new OpenTelemetryTelemetrySink(export => export.AddProcessor(capture)))
        {
            var client = NewClient(new TelemetryOptions { Sinks = { sink } }, optedIn: true);
            using var request = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();
            Assert.NotEqual(default, request.TraceId);
            client.Track(new OptOutEvent { DurationMs = 1 });
        }

        var record = Assert.Single(capture.Records);
        Assert.Equal(default, record.TraceId);
        Assert.Equal(default, record.SpanId);
    }

    private static void Service(TelemetryOptions options)
    {
        options.ProductName = "contoso-service";
        options.RequireNotice = false;
        options.ConsentStore = new InMemoryConsentStore();
        options.EnvironmentVariableReader = _ => null;
    }

    private static TelemetryClient NewClient(TelemetryOptions options, bool optedIn)
    {
        options.ConsentStore = new InMemoryConsentStore(optedIn ? ConsentRecord.Empty.WithDecision(ConsentState.OptedIn, DateTimeOffset.UtcNow) : null);
        options.EnvironmentVariableReader = _ => null;
        return new TelemetryClient(options);
    }

    /// <summary>One record as a processor saw it (records are pooled, so what matters is copied when it ends).</summary>
    private sealed record CapturedRecord(string? EventName, string? Category, Dictionary<string, object?> Attributes, Dictionary<string, object> Resource, ActivityTraceId TraceId, ActivitySpanId SpanId);

    /// <summary>An exporter that keeps the event name of every record it exports.</summary>
    private sealed class NameExporter : BaseExporter<LogRecord>
    {
        private readonly ConcurrentQueue<string?> _names = new();

        public IReadOnlyList<string?> Names => _names.ToArray();

        public override ExportResult Export(in Batch<LogRecord> batch)
        {
            foreach (var record in batch)
            {
                _names.Enqueue(record.EventId.Name);
            }

            return ExportResult.Success;
        }
    }

    /// <summary>A processor that keeps a copy of every record it receives, with the resource of its pipeline.</summary>
    private sealed class CapturingProcessor : BaseProcessor<LogRecord>
    {
        private readonly ConcurrentQueue<CapturedRecord> _records = new();

        public IReadOnlyList<CapturedRecord> Records => _records.ToArray();

        public override void OnEnd(LogRecord data)
        {
            var resource = ParentProvider?.GetResource() ?? Resource.Empty;
            _records.Enqueue(new CapturedRecord(
                data.EventId.Name,
                data.CategoryName,
                (data.Attributes ?? []).ToDictionary(a => a.Key, a => a.Value),
                resource.Attributes.ToDictionary(a => a.Key, a => a.Value),
                data.TraceId,
                data.SpanId));
        }
    }
}

/// <summary>Tests that replace <see cref="Console.Out"/> run alone, so no other test writes into the capture.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleOutputCollection
{
    public const string Name = "Console output";
}
