using System.Collections.Concurrent;

namespace TodoService.Todos;

/// <summary>Every user's to-do list, in memory.</summary>
public sealed class TodoLists
{
    private readonly ConcurrentDictionary<string, List<TodoItem>> _lists = new(StringComparer.Ordinal);
    private int _nextId;

    public TodoItem Add(string userId, string title, DateOnly? dueDate)
    {
        var item = new TodoItem(Interlocked.Increment(ref _nextId), title, dueDate, Done: false);
        var list = _lists.GetOrAdd(userId, _ => new List<TodoItem>());
        lock (list)
        {
            list.Add(item);
        }

        return item;
    }

    public IReadOnlyList<TodoItem> Items(string userId)
    {
        if (!_lists.TryGetValue(userId, out var list))
        {
            return Array.Empty<TodoItem>();
        }

        lock (list)
        {
            return list.ToArray();
        }
    }
}
