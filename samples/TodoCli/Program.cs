using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Governance;
using TodoCli;
using TodoCli.Telemetry;

// `--show-telemetry` prints, at exit, every event this run sent: nothing is hidden from the user.
// `--otel-console` also sends the events through OpenTelemetry to its console exporter.
var showTelemetry = args.Contains("--show-telemetry");
var otelConsole = args.Contains("--otel-console");
args = args.Where(a => a is not "--show-telemetry" and not "--otel-console").ToArray();

var sent = new InMemoryTelemetrySink();
var (telemetry, openTelemetry) = TelemetrySetup.CreateClient(sent, otelConsole);

// Sent with every event of this run; the session id leaves the process only as a keyed hash.
telemetry.SetContext(new RunContext
{
    Os = OperatingSystem.IsWindows() ? OsFamily.Windows : OperatingSystem.IsLinux() ? OsFamily.Linux : OperatingSystem.IsMacOS() ? OsFamily.MacOS : OsFamily.Other,
    RuntimeVersion = Environment.Version.ToString(),
    SessionId = Guid.NewGuid().ToString(),
});
var store = TodoStore.ForCurrentUser();
var command = ParseCommand(args.Length > 0 ? args[0] : "help");
var arguments = args.Skip(1).ToArray();

// Like the .NET SDK: the first run tells the user what is collected and sends nothing; opt-out events start on
// the next run. `todo telemetry ...` explains itself, so it does not need the notice.
if (command != TodoCommand.Telemetry && telemetry.ShowNoticeIfNeeded(Console.Error))
{
    Console.Error.WriteLine();
}

var stopwatch = Stopwatch.StartNew();
int exitCode;
try
{
    exitCode = command switch
    {
        TodoCommand.Add => Add(arguments),
        TodoCommand.List => List(arguments),
        TodoCommand.Done => Complete(arguments),
        TodoCommand.Remove => Remove(arguments),
        TodoCommand.Feedback => Feedback(arguments),
        TodoCommand.Telemetry => TelemetryCommand.Run(telemetry, arguments, Console.Out),
        TodoCommand.Help => Help(),
        _ => Fail(ErrorKind.InvalidArguments, $"Unknown command '{args[0]}'. Run 'todo help'."),
    };
}
catch (IOException ex)
{
    exitCode = Fail(ErrorKind.StorageUnavailable, "Could not read or write the to-do list: " + ex.Message);
}

telemetry.Track(new CommandRun { Command = command, DurationMs = stopwatch.ElapsedMilliseconds, Succeeded = exitCode == 0 });
if (store.FirstUseToday(DateOnly.FromDateTime(DateTime.Now)))
{
    // The emitter sends the keyed hash of this fixed value: the installation's id, which 'todo telemetry id' shows.
    telemetry.Track(new ActiveDay { InstallationId = TelemetryClient.InstallationIdSource });
}

openTelemetry?.Dispose();
if (showTelemetry)
{
    Console.Error.WriteLine($"-- telemetry sent by this run ({sent.Events.Count} events) --");
    foreach (var recorded in sent.Events)
    {
        Console.Error.WriteLine(recorded.Name + " " + JsonSerializer.Serialize(recorded.Fields));
    }
}

return exitCode;

int Add(string[] a)
{
    var priority = ItemPriority.Normal;
    DateOnly? due = null;
    var words = new List<string>();
    for (var i = 0; i < a.Length; i++)
    {
        if (a[i] == "--priority" && i + 1 < a.Length && Enum.TryParse<ItemPriority>(a[i + 1], ignoreCase: true, out var parsed))
        {
            priority = parsed;
            i++;
        }
        else if (a[i] == "--due" && i + 1 < a.Length && DateOnly.TryParseExact(a[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            due = date;
            i++;
        }
        else
        {
            words.Add(a[i]);
        }
    }

    var title = string.Join(' ', words).Trim();
    if (title.Length == 0)
    {
        return Fail(ErrorKind.InvalidArguments, "Usage: todo add <title> [--priority low|normal|high] [--due yyyy-mm-dd]");
    }

    var items = store.Load();
    var item = new TodoItem(items.Count == 0 ? 1 : items.Max(i => i.Id) + 1, title, priority.ToString(), due, Done: false);
    items.Add(item);
    store.Save(items);
    telemetry.Track(new ItemAdded { TitleLength = title.Length, HasDueDate = due is not null, Priority = priority });
    Console.WriteLine($"Added #{item.Id}: {item.Title}");
    return 0;
}

int List(string[] a)
{
    var filter = a.Contains("--all") ? ListFilter.All : a.Contains("--done") ? ListFilter.Done : ListFilter.Open;
    var today = DateOnly.FromDateTime(DateTime.Now);
    var shown = store.Load().Where(i => filter == ListFilter.All || i.Done == (filter == ListFilter.Done)).ToList();
    foreach (var item in shown)
    {
        var due = item.Due is { } d ? $" (due {d:yyyy-MM-dd})" : string.Empty;
        Console.WriteLine($"{(item.Done ? "[x]" : "[ ]")} #{item.Id} {item.Title} [{item.Priority}]{due}");
    }

    if (shown.Count == 0)
    {
        Console.WriteLine("Nothing here.");
    }

    telemetry.Track(new ListViewed { Filter = filter, ItemCount = shown.Count, OverdueCount = shown.Count(i => !i.Done && i.Due < today) });
    return 0;
}

int Complete(string[] a) => Update(a, items => items.Select(i => i with { Done = true }), "Done");

int Remove(string[] a) => Update(a, _ => [], "Removed");

int Update(string[] a, Func<IEnumerable<TodoItem>, IEnumerable<TodoItem>> change, string verb)
{
    if (a.Length != 1 || !int.TryParse(a[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
    {
        return Fail(ErrorKind.InvalidArguments, "Give the number of one item, for example: todo done 3");
    }

    var items = store.Load();
    var match = items.Where(i => i.Id == id).ToList();
    if (match.Count == 0)
    {
        return Fail(ErrorKind.ItemNotFound, $"There is no item #{id}.");
    }

    var updated = items.Where(i => i.Id != id).Concat(change(match)).OrderBy(i => i.Id).ToList();
    store.Save(updated);
    Console.WriteLine($"{verb} #{id}.");
    return 0;
}

int Feedback(string[] a)
{
    if (a.Length == 0 || !int.TryParse(a[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rating) || rating is < 1 or > 5)
    {
        return Fail(ErrorKind.InvalidArguments, "Usage: todo feedback <1-5> [comment]");
    }

    var comment = a.Length > 1 ? string.Join(' ', a.Skip(1)) : null;
    telemetry.Track(new FeedbackSubmitted { Rating = rating, Comment = comment });
    Console.WriteLine(telemetry.ConsentState == ConsentState.OptedIn && !telemetry.IsOptedOutByEnvironment
        ? "Thank you for your feedback!"
        : "Feedback is only sent with your consent: run 'todo telemetry on' first.");
    return 0;
}

int Help()
{
    Console.WriteLine("""
        todo: a small to-do list.

          todo add <title> [--priority low|normal|high] [--due yyyy-mm-dd]
          todo list [--all|--done]
          todo done <number>
          todo remove <number>
          todo feedback <1-5> [comment]
          todo telemetry [status|on|off|id|show|manifest]

        Add --show-telemetry to any command to see the telemetry it sent, and --otel-console to
        also send it through OpenTelemetry to its console exporter.
        """);
    return 0;
}

int Fail(ErrorKind kind, string message)
{
    Console.Error.WriteLine(message);
    telemetry.Track(new ErrorOccurred { Kind = kind, Command = command });
    return 1;
}

static TodoCommand ParseCommand(string name) => name switch
{
    "add" => TodoCommand.Add,
    "list" or "ls" => TodoCommand.List,
    "done" => TodoCommand.Done,
    "remove" or "rm" => TodoCommand.Remove,
    "feedback" => TodoCommand.Feedback,
    "telemetry" => TodoCommand.Telemetry,
    "help" or "--help" or "-h" => TodoCommand.Help,
    _ => TodoCommand.Unknown,
};
