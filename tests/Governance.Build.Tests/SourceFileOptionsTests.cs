using Microsoft.CodeAnalysis;

namespace Governance.Build.Tests;

/// <summary>
/// The task reads the options of a source file the way the compiler does: checked against the compiler's own reading
/// (Roslyn's <see cref="AnalyzerConfigSet"/>) on a tree of .editorconfig files and global configs that exercises
/// nesting, <c>root = true</c>, every glob form, inline comments, global levels and a conflict between global configs.
/// </summary>
public sealed class SourceFileOptionsTests : IDisposable
{
    private static readonly string[] Keys = ["governance.today", "governance.expiry_horizon_days", "governance.require_expiry"];
    private static readonly string[] Ids = ["GOV020", "GOV021"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "governance-options-" + Guid.NewGuid().ToString("N")[..12]);

    private readonly Dictionary<string, string> _files = new()
    {
        [".editorconfig"] = """
            root = true

            [*.cs]
            governance.today = 2026-01-01
            governance.expiry_horizon_days = 100
            dotnet_diagnostic.GOV020.severity = warning

            [{Alpha,Beta}.cs]
            governance.today = 2026-02-02

            [src/**.cs]
            governance.expiry_horizon_days = 200 ; inline comment

            [file{1..3}.cs]
            governance.today = 2026-03-03

            [[!x]*[0-9].cs]
            DOTNET_DIAGNOSTIC.GOV021.SEVERITY = suggestion

            [Gamma?.cs]
            governance.require_expiry = true

            [/Escaped\#Name.cs]
            governance.today = 2026-05-05

            [*.{vb,cs}]
            Governance.Require_Expiry: false
            """,
        ["src/.editorconfig"] = """
            # A nested file: nearer than the root one, so its values win.
            [*.cs]
            governance.today = 2026-04-04   # why this date

            [Deep/**]
            dotnet_diagnostic.GOV020.severity = none
            """,
        ["src/lib/.editorconfig"] = """
            root = true

            [*.cs]
            governance.expiry_horizon_days = 7
            """,
        [".globalconfig"] = """
            is_global = true
            governance.expiry_horizon_days = 50
            governance.require_expiry = true
            dotnet_diagnostic.GOV021.severity = error
            """,
        ["build/Preferred.globalconfig"] = """
            is_global = true
            global_level = 200
            governance.today = 2025-12-12
            """,
        ["build/First.editorconfig.globalconfig"] = """
            is_global = true
            global_level = 5
            governance.pii.allowed_names = One
            """,
        ["build/Second.globalconfig"] = """
            is_global = true
            global_level = 5
            governance.pii.allowed_names = Two
            """,
    };

    private static readonly string[] Sources =
    [
        "Program.cs", "Alpha.cs", "file2.cs", "file7.cs", "x1.cs", "y1.cs", "Gamma1.cs", "Gamma12.cs", "Escaped#Name.cs",
        "src/C.cs", "src/Deep/A.cs", "src/Deep/Deeper/A.vb", "src/lib/B.cs", "src/lib/deeper/D.cs", "other/E.cs",
    ];

    public SourceFileOptionsTests()
    {
        foreach (var (path, text) in _files)
        {
            var full = Path.Combine(_root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    [Fact]
    public void Options_for_each_source_file_are_the_compilers()
    {
        var paths = _files.Keys.Select(p => Path.Combine(_root, p)).ToList();
        var roslyn = AnalyzerConfigSet.Create(paths.Select(p => AnalyzerConfig.Parse(File.ReadAllText(p), p)).ToList(), out _);
        var ours = paths.Select(p => AnalyzerConfigFile.Parse(File.ReadAllText(p), p)).ToList();

        foreach (var source in Sources)
        {
            var path = Path.Combine(_root, source);
            var expected = roslyn.GetOptionsForSourcePath(path);
            var actual = SourceFileOptions.For(ours, path);
            foreach (var key in Keys.Append("governance.pii.allowed_names"))
            {
                Assert.True(
                    expected.AnalyzerOptions.TryGetValue(key, out var expectedValue) == actual.TryGetValue(key, out var actualValue) && expectedValue == actualValue,
                    $"{source}: {key} is '{actualValue}', the compiler reads '{expectedValue}'");
            }

            foreach (var id in Ids)
            {
                // The compiler takes a severity from the file's options, else from the global configs.
                if (!expected.TreeOptions.TryGetValue(id, out var expectedSeverity))
                {
                    roslyn.GlobalConfigOptions.TreeOptions.TryGetValue(id, out expectedSeverity);
                }

                actual.TryGetValue($"dotnet_diagnostic.{id}.severity", out var actualSeverity);
                Assert.True(Severity(expectedSeverity) == (actualSeverity ?? "default"), $"{source}: {id} is '{actualSeverity}', the compiler reads {expectedSeverity}");
            }
        }
    }

    [Fact]
    public void The_case_this_test_rests_on_is_not_trivial()
    {
        // Guard against an oracle that agrees because it reads nothing: the tree gives different files different values.
        var ours = _files.Keys.Select(p => Path.Combine(_root, p)).Select(p => AnalyzerConfigFile.Parse(File.ReadAllText(p), p)).ToList();
        var todays = Sources.Select(s => SourceFileOptions.For(ours, Path.Combine(_root, s)).GetValueOrDefault("governance.today")).Distinct().ToList();
        Assert.True(todays.Count >= 4, string.Join(", ", todays));
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
    }

    private static string Severity(ReportDiagnostic report) => report switch
    {
        ReportDiagnostic.Error => "error",
        ReportDiagnostic.Warn => "warning",
        ReportDiagnostic.Info => "suggestion",
        ReportDiagnostic.Hidden => "silent",
        ReportDiagnostic.Suppress => "none",
        _ => "default",
    };
}
