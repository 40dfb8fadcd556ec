using System.Collections.Concurrent;
using Governance;

namespace TodoService.Users;

/// <summary>
/// The service's own store of each user's telemetry choice. In memory here; a real service keeps it with the user's
/// other settings and caches it, since the consent resolver reads it on every tracked event.
/// </summary>
public sealed class TelemetryPreferences
{
    private readonly ConcurrentDictionary<string, ConsentState> _choices = new(StringComparer.Ordinal);

    /// <summary>The user's choice; <see cref="ConsentState.Undecided"/> until they make one.</summary>
    public ConsentState Get(string userId) => _choices.TryGetValue(userId, out var choice) ? choice : ConsentState.Undecided;

    public void Set(string userId, ConsentState choice) => _choices[userId] = choice;
}
