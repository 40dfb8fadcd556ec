using System.Text.Json;
using System.Text.Json.Serialization;

namespace TodoCli;

public sealed record TodoItem(int Id, string Title, string Priority, DateOnly? Due, bool Done);

/// <summary>The to-do list, kept as JSON in the tool's data directory ($TODO_DATA_DIR, or the user's config directory).</summary>
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

    public void Save(List<TodoItem> items)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(ItemsPath, JsonSerializer.Serialize(items, Json));
    }

    /// <summary>A random identifier for this installation, created on first use; it never leaves the machine raw.</summary>
    public string InstallationId()
    {
        var path = Path.Combine(Directory, "installation-id");
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        System.IO.Directory.CreateDirectory(Directory);
        var id = Guid.NewGuid().ToString("N");
        File.WriteAllText(path, id);
        return id;
    }

    /// <summary>True the first time it is asked on a given day, so the active-day event is sent at most daily.</summary>
    public bool FirstUseToday(DateOnly today)
    {
        var path = Path.Combine(Directory, "last-active-day");
        var stamp = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (File.Exists(path) && File.ReadAllText(path).Trim() == stamp)
        {
            return false;
        }

        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(path, stamp);
        return true;
    }
}
