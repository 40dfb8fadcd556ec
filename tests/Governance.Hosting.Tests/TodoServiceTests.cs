using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Governance.OpenTelemetry;
using TodoService.Telemetry;

namespace Governance.Hosting.Tests;

/// <summary>
/// The TodoService sample end to end, in its real ASP.NET Core host: events decided by the consent of the user each
/// request is about, the service-wide switch above every user, and telemetry never in the service's own logs.
/// </summary>
public sealed class TodoServiceTests
{
    [Fact]
    public async Task An_opted_in_users_events_are_exported_once_each_and_never_reach_the_applications_logs()
    {
        var canary = "leak-canary-" + Guid.NewGuid().ToString("N");
        using var service = new TodoServiceFactory();
        using var ada = service.ClientFor("ada", clientApp: canary);

        await SetChoice(ada, "optedIn");
        (await ada.PostAsJsonAsync("/todos", new { title = "buy milk" })).EnsureSuccessStatusCode();
        (await ada.GetAsync("/todos/search?text=milk")).EnsureSuccessStatusCode();
        (await ada.GetAsync("/todos")).EnsureSuccessStatusCode();

        Assert.Equal(new[] { "todos.item_created", "todos.search_run", "todos.list_viewed" }, service.Exported.Records.Select(r => r.EventName));
        var created = Assert.Single(service.Exported.Named("todos.item_created"));
        Assert.Equal(canary, created.Attributes["client_app"]);
        Assert.Equal(8L, created.Attributes["title_length"]);
        Assert.Equal(new[] { "technical", "interaction" }, Assert.IsType<string[]>(created.Attributes[TelemetryAttributes.DataClasses]));
        Assert.Equal(90L, created.Attributes[TelemetryAttributes.RetentionDays]);
        Assert.Equal(OpenTelemetryTelemetrySink.CategoryName, created.Category);

        // The pipeline describes the same service as the application's own OpenTelemetry resource.
        Assert.Equal("todo-service", created.Resource["service.name"]);
        Assert.Equal("1.0.0", created.Resource["service.version"]);

        // The application logged its own lines, and nothing of the telemetry, in its logging or its OpenTelemetry logs.
        Assert.Contains(service.AppLogs.Lines, l => l.Contains("Created item", StringComparison.Ordinal));
        Assert.Contains(service.AppOpenTelemetryLogs.Records, r => r.Category == "TodoService.Todos.TodoLists");
        AssertNoTelemetryIn(service, canary);
    }

    [Fact]
    public async Task An_opted_out_users_events_are_dropped_while_another_users_are_sent()
    {
        using var service = new TodoServiceFactory();
        using var ada = service.ClientFor("ada", clientApp: "ada-app");
        using var bob = service.ClientFor("bob", clientApp: "bob-app");
        await SetChoice(ada, "optedOut");
        await SetChoice(bob, "optedIn");

        foreach (var client in new[] { ada, bob })
        {
            (await client.PostAsJsonAsync("/todos", new { title = "call the plumber", dueDate = "2026-12-24" })).EnsureSuccessStatusCode();
            (await client.GetAsync("/todos/search?text=plumber")).EnsureSuccessStatusCode();
            (await client.GetAsync("/todos")).EnsureSuccessStatusCode();
        }

        Assert.Equal(3, service.Exported.Records.Count);
        Assert.All(service.Exported.Records.Where(r => r.EventName != "todos.list_viewed"), r => Assert.Equal("bob-app", r.Attributes["client_app"]));
        AssertNoTelemetryIn(service, "ada-app");
    }

    [Fact]
    public async Task An_undecided_users_opt_in_event_is_dropped_and_opt_out_events_follow_the_privacy_policy()
    {
        using var service = new TodoServiceFactory();
        using var carol = service.ClientFor("carol");

        var status = await GetChoice(carol);
        Assert.Equal(ConsentState.Undecided, status.Choice);
        (await carol.PostAsJsonAsync("/todos", new { title = "water the plants" })).EnsureSuccessStatusCode();
        (await carol.GetAsync("/todos/search?text=plants")).EnsureSuccessStatusCode();

        // The service sets RequireNotice = false: its privacy policy, accepted at sign-up, is the notice. So the
        // opt-out event is sent; the opt-in search waits for carol's own yes.
        Assert.Equal("todos.item_created", Assert.Single(service.Exported.Records).EventName);
        Assert.Empty(service.Exported.Named("todos.search_run"));
    }

    [Theory]
    [InlineData(TelemetrySetup.OptOutVariable)]
    [InlineData("DO_NOT_TRACK")]
    public async Task The_service_wide_switch_beats_every_users_opt_in(string variable)
    {
        using var service = new TodoServiceFactory(new Dictionary<string, string> { [variable] = "1" });
        using var ada = service.ClientFor("ada");

        var status = await SetChoice(ada, "optedIn");
        Assert.True(status.ServiceWideOptOut);
        (await ada.PostAsJsonAsync("/todos", new { title = "buy milk" })).EnsureSuccessStatusCode();
        (await ada.GetAsync("/todos/search?text=milk")).EnsureSuccessStatusCode();

        Assert.Empty(service.Exported.Records);
    }

    [Fact]
    public async Task A_user_reads_and_changes_their_choice_and_a_request_without_a_user_is_refused()
    {
        using var service = new TodoServiceFactory();
        using var ada = service.ClientFor("ada");
        using var bob = service.ClientFor("bob");

        Assert.Equal(ConsentState.Undecided, (await GetChoice(ada)).Choice);
        Assert.Equal(ConsentState.OptedOut, (await SetChoice(ada, "optedOut")).Choice);
        Assert.Equal(new TelemetryChoice("ada", ConsentState.OptedOut, false), await GetChoice(ada));
        Assert.Equal(ConsentState.Undecided, (await GetChoice(bob)).Choice);

        using var anonymous = service.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/telemetry")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/todos", new { title = "x" })).StatusCode);
        Assert.Empty(service.Exported.Records);
    }

    private static async Task<TelemetryChoice> SetChoice(HttpClient client, string choice)
    {
        var response = await client.PutAsJsonAsync("/telemetry", new { choice });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TelemetryChoice>(Json))!;
    }

    private static async Task<TelemetryChoice> GetChoice(HttpClient client) => (await client.GetFromJsonAsync<TelemetryChoice>("/telemetry", Json))!;

    /// <summary>The service's JSON: web defaults, enums as camelCase names.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private static void AssertNoTelemetryIn(TodoServiceFactory service, string value)
    {
        Assert.NotEmpty(service.AppLogs.Lines);
        Assert.DoesNotContain(service.AppLogs.Lines, l => l.Contains(value, StringComparison.Ordinal)
            || l.Contains(OpenTelemetryTelemetrySink.CategoryName, StringComparison.Ordinal)
            || l.Contains("todos.", StringComparison.Ordinal)
            || l.Contains("telemetry.", StringComparison.Ordinal));
        Assert.DoesNotContain(service.AppOpenTelemetryLogs.Records, r => r.Category == OpenTelemetryTelemetrySink.CategoryName
            || r.Attributes.Values.Any(v => v is string s && s.Contains(value, StringComparison.Ordinal)));
    }
}
