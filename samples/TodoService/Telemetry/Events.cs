using Governance;

namespace TodoService.Telemetry;

[TelemetryEvent("todos.item_created",
    Purpose = "Learn how people use due dates in the web app, to design reminders that help.",
    RetentionDays = 90, Consent = Consent.OptOut, Access = DataAccess.Team,
    Owner = "todo-service-team@example.org", Expires = "2027-06-30")]
public partial record ItemCreated
{
    [TelemetryField("Length of the item's title in characters; the title itself is never sent.")]
    public required int TitleLength { get; init; }

    [TelemetryField("Whether the user gave the item a due date.", DataClass = DataClass.Interaction)]
    public required bool HasDueDate { get; init; }

    [TelemetryField("The client application and its version, as it names itself in the X-Client header (such as web/2.3).")]
    public required string ClientApp { get; init; }
}

[TelemetryEvent("todos.list_viewed",
    Purpose = "See how long lists grow, to size the list view and its paging.",
    RetentionDays = 90, Consent = Consent.OptOut, Owner = "todo-service-team@example.org", Expires = "2027-06-30")]
public partial record ListViewed
{
    [TelemetryField("Number of items in the list.")]
    public required int ItemCount { get; init; }

    [TelemetryField("Number of items not done yet.")]
    public required int OpenCount { get; init; }
}

[TelemetryEvent("todos.search_run",
    Purpose = "Learn whether search finds what people look for, to improve how results are ranked.",
    RetentionDays = 30, Consent = Consent.OptIn, Owner = "todo-service-team@example.org", Expires = "2027-06-30")]
public partial record SearchRun
{
    [TelemetryField("Number of words searched for; the words themselves are never sent.", DataClass = DataClass.Interaction)]
    public required int WordCount { get; init; }

    [TelemetryField("Number of items found.")]
    public required int ResultCount { get; init; }

    [TelemetryField("The client application and its version, as it names itself in the X-Client header (such as web/2.3).")]
    public required string ClientApp { get; init; }
}
