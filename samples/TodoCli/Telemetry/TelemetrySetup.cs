using Governance;

namespace TodoCli.Telemetry;

/// <summary>How the CLI sets up telemetry: product name, its opt-out variable, and where events go.</summary>
public static class TelemetrySetup
{
    public const string ProductName = "todo";

    /// <summary>The product's own opt-out variable; DO_NOT_TRACK=1 works as well.</summary>
    public const string OptOutVariable = "TODO_TELEMETRY_OPTOUT";

    public static TelemetryClient CreateClient(params ITelemetrySink[] sinks)
    {
        var options = new TelemetryOptions { ProductName = ProductName, OptOutEnvironmentVariable = OptOutVariable };
        foreach (var sink in sinks)
        {
            options.Sinks.Add(sink);
        }

        return new TelemetryClient(options);
    }
}
