using System.Text.Json.Serialization;
using Governance;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using TodoService.Telemetry;
using TodoService.Todos;
using TodoService.Users;

// A to-do web service. Callers name their user in the X-User-Id header (see CurrentUser) and their client app in
// X-Client. Each user decides about telemetry with GET/PUT /telemetry; TODO_SERVICE_TELEMETRY_OPTOUT=1 or
// DO_NOT_TRACK=1 (environment or configuration) turns it off for everyone.
var builder = WebApplication.CreateBuilder(args);
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
builder.Services.AddSingleton<TodoLists>();

// The service's own observability: its logs and metrics through OpenTelemetry, to a collector when one is configured.
// Governance's pipeline takes the same resource (service name and version) but none of these exporters.
var openTelemetry = builder.Services.AddOpenTelemetry()
    .ConfigureResource(resource => resource.AddService("todo-service", serviceVersion: "1.0.0"))
    .WithLogging()
    .WithMetrics(metrics => metrics.AddMeter("Microsoft.AspNetCore.Hosting"));
if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
{
    openTelemetry.UseOtlpExporter();
}

// Telemetry events: a pipeline of their own, to the collector of Telemetry:OtlpEndpoint (often not the one that
// receives the service's logs: telemetry has its own retention and readers). In development without one, the console
// exporter shows what would be sent.
builder.Services.AddServiceTelemetry(export =>
{
    if (builder.Configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } endpoint)
    {
        export.AddOtlpExporter(otlp => otlp.Endpoint = new Uri(endpoint));
    }
    else if (builder.Environment.IsDevelopment())
    {
        export.AddConsoleExporter();
    }
});

var app = builder.Build();

var todos = app.MapGroup("/todos").AddEndpointFilter(RequireUser);
todos.MapGet("/", (HttpContext http, TodoLists lists, TelemetryClient telemetry) =>
{
    var items = lists.Items(CurrentUser.Find(http)!);
    telemetry.Track(new ListViewed { ItemCount = items.Count, OpenCount = items.Count(i => !i.Done) });
    return items;
});
todos.MapPost("/", (NewItem request, HttpContext http, TodoLists lists, TelemetryClient telemetry, ILogger<TodoLists> log) =>
{
    if (string.IsNullOrWhiteSpace(request.Title))
    {
        return Results.ValidationProblem(new Dictionary<string, string[]> { ["title"] = ["A title is required."] });
    }

    var item = lists.Add(CurrentUser.Find(http)!, request.Title, request.DueDate);
    log.LogInformation("Created item {ItemId}", item.Id);
    telemetry.Track(new ItemCreated { TitleLength = request.Title.Length, HasDueDate = request.DueDate is not null, ClientApp = ClientApp(http) });
    return Results.Created($"/todos/{item.Id}", item);
});
todos.MapGet("/search", (string text, HttpContext http, TodoLists lists, TelemetryClient telemetry) =>
{
    var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    var found = lists.Items(CurrentUser.Find(http)!)
        .Where(i => words.All(w => i.Title.Contains(w, StringComparison.OrdinalIgnoreCase)))
        .ToList();
    telemetry.Track(new SearchRun { WordCount = words.Length, ResultCount = found.Count, ClientApp = ClientApp(http) });
    return found;
});

// The current user's telemetry choice: read it, change it.
var choice = app.MapGroup("/telemetry").AddEndpointFilter(RequireUser);
choice.MapGet("/", (HttpContext http, TelemetryPreferences preferences, TelemetryClient telemetry) =>
    Choice(CurrentUser.Find(http)!, preferences, telemetry));
choice.MapPut("/", (TelemetryChoiceRequest request, HttpContext http, TelemetryPreferences preferences, TelemetryClient telemetry) =>
{
    var user = CurrentUser.Find(http)!;
    preferences.Set(user, request.Choice);
    return Choice(user, preferences, telemetry);
});

app.Run();

static TelemetryChoice Choice(string user, TelemetryPreferences preferences, TelemetryClient telemetry) =>
    new(user, preferences.Get(user), telemetry.IsOptedOutByEnvironment);

static string ClientApp(HttpContext http) => http.Request.Headers["X-Client"].FirstOrDefault() ?? "unknown";

static async ValueTask<object?> RequireUser(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
    CurrentUser.Find(context.HttpContext) is null
        ? Results.Problem($"Name the user in the {CurrentUser.Header} header.", statusCode: StatusCodes.Status401Unauthorized)
        : await next(context);

/// <summary>A new to-do item.</summary>
public sealed record NewItem(string Title, DateOnly? DueDate);

/// <summary>The user's choice: <c>optedIn</c>, <c>optedOut</c> or <c>undecided</c>.</summary>
public sealed record TelemetryChoiceRequest(ConsentState Choice);

/// <summary>
/// What the user chose, and whether the service has turned telemetry off for everyone (then nothing is sent,
/// whatever the choice).
/// </summary>
public sealed record TelemetryChoice(string User, ConsentState Choice, bool ServiceWideOptOut);

/// <summary>The entry point, visible to the end-to-end tests (WebApplicationFactory).</summary>
public partial class Program;
