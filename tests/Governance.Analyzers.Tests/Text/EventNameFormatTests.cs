using Governance.Analyzers.Infrastructure;

namespace Governance.Analyzers.Tests.Text;

/// <summary>
/// The event-name format has a one-pass check for the common case (a well-formed name) beside the full list of problems
/// that GOV004's message is made from: the two must agree on every name, or a bad name would pass unreported.
/// </summary>
public sealed class EventNameFormatTests
{
    public static TheoryData<string> Names => new()
    {
        "app.started", "cli.command_run", "a.b", "a1.b2_c3", "todo.active_day.v2",
        "app", "", ".", "app.", ".app", "app..started", "App.Started", "app.Started", "app/started", "app:started",
        "app-started.x", "app.started-now", "app started.x", "app.1started", "app._started", "app.started_", "app.sta__rted",
        "_app.started", "app.st@rted", "app.stärted", "app.started\t", "toplevelparser/command", "app.😀",
        "a." + new string('b', 120), "a." + new string('b', 200),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void The_one_pass_check_agrees_with_the_list_of_problems(string name)
    {
        var problems = name.Length == 0 ? ["is empty"] : EventNameFormat.ProblemsOf(name, out _);

        Assert.True(EventNameFormat.IsWellFormed(name) == (problems.Count == 0), $"'{name}': one pass says {EventNameFormat.IsWellFormed(name)}, the list says {string.Join("; ", problems)}");
    }
}
