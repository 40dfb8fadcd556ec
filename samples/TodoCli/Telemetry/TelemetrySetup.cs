using Governance;
using Governance.OpenTelemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;

[assembly: TelemetryProduct("todo",
    DataController = "Example To-Do Ltd, 1 Main Street, Springfield",
    PrivacyContact = "privacy@todo.example",
    PrivacyPolicyUrl = "https://todo.example/privacy",
    SecurityContact = "security@todo.example")]

namespace TodoCli.Telemetry;

/// <summary>How the CLI sets up telemetry: product name, its opt-out variable and commands, and where events go.</summary>
public static class TelemetrySetup
{
    public const string ProductName = "todo";

    /// <summary>The product's own opt-out variable; DO_NOT_TRACK=1 works as well.</summary>
    public const string OptOutVariable = "TODO_TELEMETRY_OPTOUT";

    /// <summary>
    /// Creates the client. With <paramref name="exportToConsole"/>, events also go through OpenTelemetry to its console
    /// exporter, exactly as they would go to an OTLP collector in production.
    /// </summary>
    public static (TelemetryClient Client, IDisposable? OpenTelemetry) CreateClient(ITelemetrySink localSink, bool exportToConsole)
    {
        var options = new TelemetryOptions
        {
            ProductName = ProductName,
            OptOutEnvironmentVariable = OptOutVariable,
            OptOutCommand = "todo telemetry off",
            OptInCommand = "todo telemetry on",
            ShowCommand = "todo telemetry show",
            InstallationIdCommand = "todo telemetry id",
            Sinks = { localSink },
        };

        OpenTelemetryTelemetrySink? openTelemetry = null;
        if (exportToConsole)
        {
            // A pipeline of its own: events go to the console exporter, never through the CLI's logging.
            openTelemetry = new OpenTelemetryTelemetrySink(export => export.AddConsoleExporter());
            options.Sinks.Add(openTelemetry);
        }

        return (new TelemetryClient(options), openTelemetry);
    }
}
