using Governance;
using Governance.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Logs;
using TodoService.Users;

[assembly: TelemetryProduct("todo-service",
    DataController = "Example To-Do Ltd, 1 Main Street, Springfield",
    PrivacyContact = "privacy@todo.example",
    PrivacyPolicyUrl = "https://todo.example/privacy",
    SecurityContact = "security@todo.example")]

namespace TodoService.Telemetry;

/// <summary>How the service sets up telemetry: who decides, where events go, and the switch that turns it all off.</summary>
public static class TelemetrySetup
{
    public const string ProductName = "todo-service";

    /// <summary>
    /// The service-wide switch: set to 1 in the environment or in configuration (appsettings.json, the command line),
    /// like <c>DO_NOT_TRACK=1</c>, and nothing is sent, whatever any user chose.
    /// </summary>
    public const string OptOutVariable = "TODO_SERVICE_TELEMETRY_OPTOUT";

    /// <summary>Registers the client, the per-user consent resolver and the export pipeline.</summary>
    public static IServiceCollection AddServiceTelemetry(this IServiceCollection services, Action<OpenTelemetryLoggerOptions> export)
    {
        AddConsent(services);
        return services.AddGovernanceTelemetry(Configure, export);
    }

    /// <summary>The per-user consent: each event is decided by the user whose request tracks it.</summary>
    public static void AddConsent(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton<TelemetryPreferences>();
        services.TryAddSingleton<ITelemetryConsentResolver, RequestUserConsentResolver>();
    }

    /// <summary>The service's telemetry options.</summary>
    public static void Configure(TelemetryOptions options)
    {
        options.ProductName = ProductName;
        options.OptOutEnvironmentVariable = OptOutVariable;

        // Users accept the privacy policy, which describes this collection, when they sign up: that is the notice.
        // So an undecided user's opt-out events are sent; opt-in events still wait for the user's own yes.
        options.RequireNotice = false;

        // The service keeps no machine-wide decision: each user's is in TelemetryPreferences, and the service-wide
        // switch is OptOutVariable (or DO_NOT_TRACK).
        options.ConsentStore = new InMemoryConsentStore();
    }
}
