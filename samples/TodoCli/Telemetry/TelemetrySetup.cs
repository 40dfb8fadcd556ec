using Governance;
using Governance.OpenTelemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;

[assembly: TelemetryProduct("todo",
    DataController = "Example To-Do Ltd, 1 Main Street, Springfield",
    PrivacyContact = "privacy@todo.example",
    PrivacyPolicyUrl = "https://todo.example/privacy",
    SecurityContact = "security@todo.example",
    Recipients = new[] { "Example To-Do Ltd", "Example Hosting GmbH, which stores the data for Example To-Do Ltd" },
    StorageRegion = "European Union (Germany)",
    // Declared here, not in code: the privacy document names them, and the client takes them from here.
    OptOutEnvironmentVariable = "TODO_TELEMETRY_OPTOUT",
    OptOutCommand = "todo telemetry off",
    OptInCommand = "todo telemetry on",
    ShowCommand = "todo telemetry show",
    InstallationIdCommand = "todo telemetry id")]

namespace TodoCli.Telemetry;

/// <summary>
/// How the CLI sets up telemetry: its name and where events go. Its opt-out variable and commands are declared on
/// [assembly: TelemetryProduct] above, which the client falls back to.
/// </summary>
public static class TelemetrySetup
{
    public const string ProductName = "todo";

    /// <summary>
    /// Creates the client. With <paramref name="exportToConsole"/>, events also go through OpenTelemetry to its console
    /// exporter, exactly as they would go to an OTLP collector in production.
    /// </summary>
    public static (TelemetryClient Client, IDisposable? OpenTelemetry) CreateClient(ITelemetrySink localSink, bool exportToConsole)
    {
        var options = new TelemetryOptions
        {
            ProductName = ProductName,
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
