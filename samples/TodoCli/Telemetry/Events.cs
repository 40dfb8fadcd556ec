using Governance;

namespace TodoCli.Telemetry;

/// <summary>The commands of the CLI, as sent in telemetry: a fixed list, never what the user typed.</summary>
public enum TodoCommand
{
    Add,
    List,
    Done,
    Remove,
    Feedback,
    Telemetry,
    Help,
    Unknown,
}

public enum ItemPriority
{
    Low,
    Normal,
    High,
}

public enum ListFilter
{
    Open,
    Done,
    All,
}

public enum OsFamily
{
    Windows,
    Linux,
    MacOS,
    Other,
}

public enum ErrorKind
{
    InvalidArguments,
    ItemNotFound,
    StorageUnavailable,
    Unexpected,
}

/// <summary>
/// What is true for the whole run: sent with every event (unless the event says otherwise), set once with
/// <c>client.SetContext(...)</c> rather than copied into each event.
/// </summary>
[TelemetryContext]
public partial record RunContext
{
    [TelemetryField("The family of the operating system the CLI runs on.")]
    public required OsFamily Os { get; init; }

    [TelemetryField("The version of the .NET runtime the CLI runs on, such as 10.0.0.")]
    public required string RuntimeVersion { get; init; }

    [TelemetryField("A random identifier made for this run, to tell which events came from the same run.", DataClass = DataClass.Identifier)]
    public required string SessionId { get; init; }
}

[TelemetryEvent("todo.command_run",
    Purpose = "Learn which commands people use and how long they take, to decide what to improve first.",
    RetentionDays = 90, Consent = Consent.OptOut, Access = DataAccess.Team,
    Owner = "todo-cli-team@example.org", Expires = "2027-06-30")]
public partial record CommandRun
{
    [TelemetryField("The command that ran, from the fixed list of commands.", DataClass = DataClass.Interaction)]
    public required TodoCommand Command { get; init; }

    [TelemetryField("How long the command took, in milliseconds.")]
    public required long DurationMs { get; init; }

    [TelemetryField("Whether the command finished without an error.")]
    public required bool Succeeded { get; init; }
}

[TelemetryEvent("todo.item_added",
    Purpose = "Understand how people use priorities and due dates, to design reminders that help.",
    RetentionDays = 90, Consent = Consent.OptOut, Owner = "todo-cli-team@example.org", Expires = "2027-06-30")]
public partial record ItemAdded
{
    [TelemetryField("Length of the item's title in characters; the title itself is never sent.")]
    public required int TitleLength { get; init; }

    [TelemetryField("Whether the user gave the item a due date.", DataClass = DataClass.Interaction)]
    public required bool HasDueDate { get; init; }

    [TelemetryField("The priority the user chose.", DataClass = DataClass.Interaction)]
    public required ItemPriority Priority { get; init; }
}

[TelemetryEvent("todo.list_viewed",
    Purpose = "See how long lists grow and how many items go overdue, to size the list view.",
    RetentionDays = 90, Consent = Consent.OptOut, Owner = "todo-cli-team@example.org", Expires = "2027-06-30")]
public partial record ListViewed
{
    [TelemetryField("Which items the user asked to see.", DataClass = DataClass.Interaction)]
    public required ListFilter Filter { get; init; }

    [TelemetryField("Number of items shown.")]
    public required int ItemCount { get; init; }

    [TelemetryField("Number of shown items past their due date.")]
    public required int OverdueCount { get; init; }
}

[TelemetryEvent("todo.error_occurred",
    Purpose = "Find the errors people run into most often, so they can be fixed or explained better.",
    RetentionDays = 30, Consent = Consent.OptOut, Owner = "todo-cli-team@example.org", Expires = "2027-06-30")]
public partial record ErrorOccurred
{
    [TelemetryField("The kind of error, from a fixed list; no error message or file path is sent.")]
    public required ErrorKind Kind { get; init; }

    [TelemetryField("The command that failed.", DataClass = DataClass.Interaction)]
    public required TodoCommand Command { get; init; }
}

[TelemetryEvent("todo.feedback_submitted",
    Purpose = "Hear directly from people who chose to tell us what works and what does not.",
    RetentionDays = 180, Consent = Consent.OptIn, Access = DataAccess.Restricted,
    Owner = "todo-cli-team@example.org", Expires = "2027-06-30")]
public partial record FeedbackSubmitted
{
    [TelemetryField("The rating the user gave, from 1 (poor) to 5 (great).", DataClass = DataClass.Interaction)]
    public required int Rating { get; init; }

    [TelemetryField("The comment the user typed, if any. Free text, so it may contain anything the user wrote.", DataClass = DataClass.Personal)]
    public string? Comment { get; init; }
}

// Counting installations needs nothing about the run: this event is sent without the run's context.
[TelemetryEvent("todo.active_day",
    Purpose = "Count distinct installations in use each day, to know how many people rely on the tool.",
    RetentionDays = 365, Consent = Consent.OptIn, Owner = "todo-cli-team@example.org", Expires = "2027-06-30",
    IncludeContext = false)]
public partial record ActiveDay
{
    [TelemetryField("The installation's identifier, the one 'todo telemetry id' shows.", DataClass = DataClass.Identifier)]
    public required string InstallationId { get; init; }
}
