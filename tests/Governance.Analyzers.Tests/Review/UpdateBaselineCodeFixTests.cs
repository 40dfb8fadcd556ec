using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Governance.Analyzers.Review;
using Governance.Analyzers.Tests.Infrastructure;
using Governance.CodeFixes;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Review;

/// <summary>The fix records the current telemetry in telemetry.reviewed.json, creating it when missing; Fix All is one rewrite.</summary>
public sealed class UpdateBaselineCodeFixTests
{
    private const string BaselinePath = "/0/telemetry.reviewed.json";

    private const string Event = """
        [TelemetryEvent("cli.command_run", Purpose = "Learn which commands are used to prioritise work.", RetentionDays = {|#0:365|}, Consent = Consent.OptOut)]
        public partial record CommandRun
        {
            [TelemetryField("The command that ran, from a fixed list.", DataClass = {|#1:DataClass.Technical|})] public string Command { get; init; } = "";
            [TelemetryField("Wall time in milliseconds.")] public int DurationMs { get; init; }
        }
        """;

    [Fact]
    public async Task The_fix_rewrites_the_baseline_and_fix_all_accepts_every_change()
    {
        await FixFilesAsync<ReviewedBaselineAnalyzer, UpdateBaselineCodeFixProvider>(
            Usings + Event,
            [(BaselinePath, ReviewedBaselineAnalyzerTests.Baseline())],
            [(BaselinePath, ReviewedBaselineAnalyzerTests.Baseline(retention: 365, commandClass: "technical"))],
            new DiagnosticResult("GOV030", DiagnosticSeverity.Warning).WithLocation(0),
            new DiagnosticResult("GOV030", DiagnosticSeverity.Warning).WithLocation(1));
    }

    [Fact]
    public async Task The_fix_creates_the_baseline_when_there_is_none()
    {
        await FixFilesAsync<ReviewedBaselineAnalyzer, UpdateBaselineCodeFixProvider>(
            Usings + Event.Replace("{|#0:365|}", "90", StringComparison.Ordinal).Replace("{|#1:DataClass.Technical|}", "DataClass.Interaction", StringComparison.Ordinal)
                .Replace("[TelemetryEvent(", "[{|#0:TelemetryEvent|}(", StringComparison.Ordinal),
            [],
            [("telemetry.reviewed.json", ReviewedBaselineAnalyzerTests.Baseline())],
            new DiagnosticResult("GOV030", DiagnosticSeverity.Warning).WithLocation(0));
    }

    [Fact]
    public async Task The_fix_records_a_referenced_assemblys_events_with_their_assembly()
    {
        var upgraded = ReferencedLibrary.Build("Sync", new LibraryEvent("sync.finished", 60, Fields: "items"));
        await WithReferences([upgraded], () => FixFilesAsync<ReviewedBaselineAnalyzer, UpdateBaselineCodeFixProvider>(
            "using System;\nusing Governance;\n\n[assembly: {|#0:TelemetryProduct(\"Contoso CLI\")|}]\n\nnamespace App;\n\n"
                + Event.Replace("{|#0:365|}", "90", StringComparison.Ordinal).Replace("{|#1:DataClass.Technical|}", "DataClass.Interaction", StringComparison.Ordinal),
            [(BaselinePath, ReviewedBaselineAnalyzerTests.BaselineWithLibrary())],
            [(BaselinePath, ReviewedBaselineAnalyzerTests.BaselineWithLibrary(libraryRetention: 60))],
            new DiagnosticResult("GOV030", DiagnosticSeverity.Warning).WithLocation(0)));
    }
}
