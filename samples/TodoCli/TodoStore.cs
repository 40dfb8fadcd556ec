using System.Text.Json;
using System.Text.Json.Serialization;

namespace TodoCli;

public sealed record TodoItem(int Id, string Title, string Priority, DateOnly? Due, bool Done);

/// <summary>
/// The to-do list, kept as JSON in the tool's data directory ($TODO_DATA_DIR, or the user's config directory, which it
/// shares with the telemetry consent file). Like that file, it is readable by its owner only: a to-do list is private.
/// </summary>
public sealed class TodoStore
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public TodoStore(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    private string ItemsPath => Path.Combine(Directory, "items.json");

    public static TodoStore ForCurrentUser()
    {
        var configured = Environment.GetEnvironmentVariable("TODO_DATA_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return new TodoStore(configured);
        }

        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        var root = !string.IsNullOrEmpty(config) ? config : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return new TodoStore(Path.Combine(root, "todo"));
    }

    public List<TodoItem> Load() =>
        File.Exists(ItemsPath) ? JsonSerializer.Deserialize<List<TodoItem>>(File.ReadAllText(ItemsPath), Json) ?? [] : [];

    public void Save(List<TodoItem> items) => WriteOwnerOnly(ItemsPath, JsonSerializer.Serialize(items, Json));

    /// <summary>True the first time it is asked on a given day, so the active-day event is sent at most daily.</summary>
    public bool FirstUseToday(DateOnly today)
    {
        var path = Path.Combine(Directory, "last-active-day");
        var stamp = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (File.Exists(path) && File.ReadAllText(path).Trim() == stamp)
        {
            return false;
        }

        WriteOwnerOnly(path, stamp);
        return true;
    }

    /// <summary>Writes a file created 0600 in a folder created 0700 on Linux and macOS; on Windows the profile's ACL applies.</summary>
    private void WriteOwnerOnly(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(new FileStream(path, options));
        writer.Write(text);
    }
}
