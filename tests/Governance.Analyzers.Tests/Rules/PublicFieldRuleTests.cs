using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Governance.CodeFixes;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

/// <summary>GOV016: a public field of an event or context type is never sent; it is made a property, or marked ignored.</summary>
public sealed class PublicFieldRuleTests
{
    private const string Event = """
        [TelemetryEvent("cli.command_run", Purpose = "Learn which commands are used so the team can prioritise work.", RetentionDays = 90, Consent = Consent.OptOut)]
        """;

    private static DiagnosticResult Warning(int location, string field, string owner = "event 'cli.command_run'") =>
        new DiagnosticResult("GOV016", DiagnosticSeverity.Warning).WithLocation(location)
            .WithMessage($"'{field}' of {owner} is a public field, and fields are never sent: only public properties are; make it a property to send it, or mark it [TelemetryIgnore] to keep it unsent");

    [Fact]
    public async Task Constants_static_private_and_ignored_fields_are_accepted()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial class CommandRun
            {
                public const int Limit = 3;
                public static int Created;
                private int _count;
                [TelemetryIgnore] public string? LocalNote;

                [TelemetryField("Wall time in milliseconds.")] public int DurationMs { get => _count; set => _count = value; }
            }
            """);
    }

    [Fact]
    public async Task A_public_field_is_reported_and_made_a_property()
    {
        await FixWithAsync<TelemetryEventAnalyzer, PublicFieldCodeFixProvider>("PublicFieldCodeFixProvider.Property", Usings + Event + """
            public partial class CommandRun
            {
                public int {|#0:ExitCode|} = 1;
                public readonly string {|#1:Host|} = "";
            }
            """,
            Usings + Event + """
            public partial class CommandRun
            {
                public int ExitCode { get; set; } = 1;
                public string Host { get; } = "";
            }
            """,
            // The properties then need descriptions (GOV003), as any field does; switched off to compare the fix alone.
            editorConfig: "dotnet_diagnostic.GOV003.severity = none",
            expected: [Warning(0, "ExitCode"), Warning(1, "Host")]);
    }

    [Fact]
    public async Task A_public_field_of_a_context_is_marked_ignored()
    {
        await FixWithAsync<TelemetryEventAnalyzer, PublicFieldCodeFixProvider>("PublicFieldCodeFixProvider.Ignore", Usings + """
            [TelemetryContext]
            public partial struct MachineContext
            {
                public int {|#0:Cores|}, {|#1:Threads|};
            }
            """,
            Usings + """
            [TelemetryContext]
            public partial struct MachineContext
            {
                [TelemetryIgnore]
                public int Cores, Threads;
            }
            """,
            expected: [Warning(0, "Cores", "context 'MachineContext'"), Warning(1, "Threads", "context 'MachineContext'")]);
    }
}
