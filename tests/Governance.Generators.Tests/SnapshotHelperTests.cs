using Governance.Generators.Tests.Infrastructure;
using Xunit.Sdk;

namespace Governance.Generators.Tests;

/// <summary>
/// The snapshot helper can only ever pass by comparing: rewriting fails the test after writing, and CI refuses to
/// rewrite at all. The environment is passed in, so these tests never touch the process's own variables (which the
/// real snapshot tests, running in parallel, read).
/// </summary>
public sealed class SnapshotHelperTests : IDisposable
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal) { ["A.g.cs"] = "class A { }\n" };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "governance-snapshots-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Rewriting_writes_the_files_and_still_fails_so_the_diff_gets_reviewed()
    {
        var rewritten = Assert.Throws<FailException>(() => Snapshot.Verify(_root, "Case", Files, EnvironmentWith("1", ci: null)));
        Assert.Contains("was rewritten", rewritten.Message, StringComparison.Ordinal);
        Assert.Contains("rerun without GOVERNANCE_UPDATE_SNAPSHOTS", rewritten.Message, StringComparison.Ordinal);
        Assert.Equal("class A { }\n", File.ReadAllText(Path.Combine(_root, "Case", "A.g.cs")));

        var again = Assert.Throws<FailException>(() => Snapshot.Verify(_root, "Case", Files, EnvironmentWith("1", ci: null)));
        Assert.Contains("nothing was rewritten", again.Message, StringComparison.Ordinal);

        Snapshot.Verify(_root, "Case", Files, EnvironmentWith(null, ci: null));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void Rewriting_is_refused_under_CI_and_writes_nothing(string ci)
    {
        var refused = Assert.Throws<FalseException>(() => Snapshot.Verify(_root, "Case", Files, EnvironmentWith("1", ci)));

        Assert.Contains("refused under CI", refused.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "Case")));
    }

    [Fact]
    public void A_difference_fails_without_rewriting()
    {
        Assert.Throws<FailException>(() => Snapshot.Verify(_root, "Case", Files, EnvironmentWith("1", ci: "false")));
        var changed = new Dictionary<string, string>(StringComparer.Ordinal) { ["A.g.cs"] = "class B { }\n" };

        var difference = Assert.Throws<TrueException>(() => Snapshot.Verify(_root, "Case", changed, EnvironmentWith(null, ci: null)));

        Assert.Contains("Snapshot Case/A.g.cs differs", difference.Message, StringComparison.Ordinal);
        Assert.Equal("class A { }\n", File.ReadAllText(Path.Combine(_root, "Case", "A.g.cs")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static Func<string, string?> EnvironmentWith(string? update, string? ci) =>
        name => name switch
        {
            "GOVERNANCE_UPDATE_SNAPSHOTS" => update,
            "CI" => ci,
            _ => null,
        };
}
