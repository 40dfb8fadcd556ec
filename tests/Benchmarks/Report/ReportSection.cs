using System;
using System.IO;

namespace Governance.Benchmarks.Report;

/// <summary>
/// A section of docs/benchmarks.md that one step can rewrite on its own, between its begin and end markers, without
/// running the full report.
/// </summary>
internal static class ReportSection
{
    /// <summary>Replaces the section in an existing report, or adds it before "## Reproduce" (or at the end).</summary>
    public static void UpdateInPlace(string path, string begin, string end, string section)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : "";
        var beginAt = existing.IndexOf(begin, StringComparison.Ordinal);
        var endAt = existing.IndexOf(end, StringComparison.Ordinal);
        string updated;
        if (beginAt >= 0 && endAt > beginAt)
        {
            var after = endAt + end.Length;
            while (after < existing.Length && existing[after] == '\n')
            {
                after++;
            }

            updated = existing[..beginAt] + section + existing[after..];
        }
        else
        {
            var reproduce = existing.IndexOf("## Reproduce", StringComparison.Ordinal);
            updated = reproduce >= 0 ? existing[..reproduce] + section + existing[reproduce..] : existing + "\n" + section;
        }

        File.WriteAllText(path, updated);
    }
}
