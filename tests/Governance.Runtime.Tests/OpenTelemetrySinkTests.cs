using System.Text.Json;
using Governance.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Governance.Runtime.Tests;

/// <summary>Events through the real OpenTelemetry SDK, captured by its in-memory exporter.</summary>
public sealed class OpenTelemetrySinkTests
{
    [Fact]
    public void An_event_arrives_as_a_log_record_with_its_name_fields_and_policy_attributes()
    {
        var exported = new List<LogRecord>();
        using (var loggerFactory = LoggerFactory.Create(builder => builder.AddOpenTelemetry(o => o.AddInMemoryExporter(exported))))
        {
            var client = NewClient(new TelemetryOptions().AddOpenTelemetry(loggerFactory), optedIn: true);
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
        using (var loggerFactory = LoggerFactory.Create(builder => builder.AddOpenTelemetry(o => o.AddInMemoryExporter(exported))))
        {
            var client = NewClient(new TelemetryOptions().AddOpenTelemetry(loggerFactory), optedIn: true);
            client.Track(new OptOutEvent { DurationMs = 1 });
            client.Track(new OptInEvent { Command = "add" });
            client.Track(new IdentifiedEvent { AccountId = "ada", DeviceId = Guid.Empty, Count = 1 });
        }

        using var manifest = JsonDocument.Parse(Governance.Generated.TelemetryManifest.Json);
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
        using (var loggerFactory = LoggerFactory.Create(builder => builder.AddOpenTelemetry(o => o.AddInMemoryExporter(exported))))
        {
            var client = NewClient(new TelemetryOptions().AddOpenTelemetry(loggerFactory), optedIn: false);
            client.Track(new OptInEvent { Command = "add" });
            client.OptOut();
            client.Track(new OptOutEvent { DurationMs = 1 });
        }

        Assert.Empty(exported);
    }

    [Fact]
    public void A_hosted_application_gets_the_client_from_dependency_injection()
    {
        var exported = new List<LogRecord>();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddOpenTelemetry().WithLogging(logging => logging.AddInMemoryExporter(exported));
        builder.Services.AddGovernanceTelemetry(options =>
        {
            options.ProductName = "contoso-service";
            options.RequireNotice = false;
            options.ConsentStore = new InMemoryConsentStore();
            options.EnvironmentVariableReader = _ => null;
        });

        using (var host = builder.Build())
        {
            var client = host.Services.GetRequiredService<TelemetryClient>();
            Assert.Same(client, host.Services.GetRequiredService<TelemetryClient>());
            client.Track(new OptOutEvent { DurationMs = 5 });
        }

        var record = Assert.Single(exported, r => r.CategoryName == OpenTelemetryTelemetrySink.CategoryName);
        Assert.Equal("test.opt_out_event", record.EventId.Name);
    }

    [Fact]
    public void When_the_category_is_filtered_out_nothing_is_built()
    {
        var exported = new List<LogRecord>();
        using var loggerFactory = LoggerFactory.Create(builder => builder
            .AddFilter(OpenTelemetryTelemetrySink.CategoryName, LogLevel.None)
            .AddOpenTelemetry(o => o.AddInMemoryExporter(exported)));
        var client = NewClient(new TelemetryOptions().AddOpenTelemetry(loggerFactory), optedIn: true);

        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.Empty(exported);
    }

    private static TelemetryClient NewClient(TelemetryOptions options, bool optedIn)
    {
        options.ConsentStore = new InMemoryConsentStore(optedIn ? ConsentRecord.Empty.WithDecision(ConsentState.OptedIn, DateTimeOffset.UtcNow) : null);
        options.EnvironmentVariableReader = _ => null;
        return new TelemetryClient(options);
    }
}
