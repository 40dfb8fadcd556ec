using Governance.CodeFixes;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class FieldDocumentationRuleTests
{
    private const string Event = """
        [TelemetryEvent("cli.command_run", Purpose = "Learn which commands are used to prioritise work.", RetentionDays = 90, Consent = Consent.OptOut)]

        """;

    [Fact]
    public async Task Documented_ignored_and_non_public_properties_are_accepted()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record CommandRun
            {
                [TelemetryField("Wall time in milliseconds.")]
                public int DurationMs { get; init; }

                [TelemetryIgnore]
                public string LocalPath { get; init; } = "";

                internal string InternalNote { get; init; } = "";

                public static int Instances { get; set; }

                private int Secret { get; init; }

                public int this[int index] => index;
            }
            """);
    }

    [Fact]
    public async Task An_undocumented_property_is_reported_on_its_name()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record CommandRun
            {
                public int {|#0:DurationMs|} { get; init; }
            }
            """,
            expected: Diagnostic("GOV003").WithLocation(0).WithMessage("Field 'DurationMs' of event 'cli.command_run' has no [TelemetryField] description: say what it contains with [TelemetryField(\"...\")], or exclude it with [TelemetryIgnore]"));
    }

    [Theory]
    [InlineData("TODO", "has a placeholder description ('TODO')")]
    [InlineData("n/a", "has a placeholder description ('n/a')")]
    [InlineData("", "has an empty description")]
    [InlineData("Duration ms", "has a description that only repeats its name")]
    [InlineData("Duration.", "has a description of only 1 word (at least 2 are needed)")]
    public async Task Placeholder_and_name_repeating_descriptions_are_reported(string description, string problem)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + $$"""
            public partial record CommandRun
            {
                [TelemetryField("{{description}}")]
                public int {|#0:DurationMs|} { get; init; }
            }
            """,
            expected: Diagnostic("GOV003").WithLocation(0).WithArguments("DurationMs", "cli.command_run", problem));
    }

    [Fact]
    public async Task The_minimum_description_length_is_configurable()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record CommandRun
            {
                [TelemetryField("Milliseconds.")]
                public int DurationMs { get; init; }
            }
            """, "governance.description_min_words = 1");
    }

    [Fact]
    public async Task Positional_record_parameters_and_inherited_properties_are_fields_too()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            public abstract record CommandBase
            {
                public string {|#1:Host|} { get; init; } = "";
            }

            [TelemetryEvent("cli.command_run", Purpose = "Learn which commands are used to prioritise work.", RetentionDays = 90, Consent = Consent.OptOut)]
            public partial record CommandRun([property: TelemetryField("Wall time in milliseconds.")] int DurationMs, int {|#0:ExitCode|}) : CommandBase;
            """,
            expected: [Diagnostic("GOV003").WithLocation(0).WithArguments("ExitCode", "cli.command_run", "has no [TelemetryField] description"),
                       Diagnostic("GOV003").WithLocation(1).WithArguments("Host", "cli.command_run", "has no [TelemetryField] description")]);
    }

    [Fact]
    public async Task The_fix_excludes_the_property_and_drops_its_placeholder_description()
    {
        await FixAsync<TelemetryEventAnalyzer, ExcludeFieldCodeFixProvider>(Usings + Event + """
            public partial record CommandRun
            {
                [TelemetryField("Wall time in milliseconds.")]
                public int DurationMs { get; init; }

                public string {|#0:WorkingDirectory|} { get; init; } = "";

                /// <summary>Kept for local diagnostics.</summary>
                [TelemetryField("TODO")]
                public string {|#1:LastCommand|} { get; init; } = "";
            }
            """,
            Usings + Event + """
            public partial record CommandRun
            {
                [TelemetryField("Wall time in milliseconds.")]
                public int DurationMs { get; init; }

                [TelemetryIgnore]
                public string WorkingDirectory { get; init; } = "";

                /// <summary>Kept for local diagnostics.</summary>
                [TelemetryIgnore]
                public string LastCommand { get; init; } = "";
            }
            """,
            expected: [Diagnostic("GOV003").WithLocation(0), Diagnostic("GOV003").WithLocation(1)]);
    }

    [Fact]
    public async Task The_fix_works_on_positional_record_parameters()
    {
        await FixAsync<TelemetryEventAnalyzer, ExcludeFieldCodeFixProvider>(Usings + Event + """
            public partial record CommandRun([property: TelemetryField("Wall time in milliseconds.")] int DurationMs, string {|#0:Machine|});
            """,
            Usings + Event + """
            public partial record CommandRun([property: TelemetryField("Wall time in milliseconds.")] int DurationMs, [property: TelemetryIgnore] string Machine);
            """,
            expected: Diagnostic("GOV003").WithLocation(0));
    }
}
