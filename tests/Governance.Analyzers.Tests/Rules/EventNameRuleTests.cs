using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Governance.Analyzers.Tests.Infrastructure;
using Governance.Testing;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class EventNameRuleTests
{
    private const string Format = "the default format is lower-case snake_case words in two or more segments separated by '.'";
    private const string KeepExisting = "; to keep existing names, set governance.event_name_pattern";

    /// <summary>Patterns that allow the real names of the .NET SDK CLI, NuGet and PowerShell, as rules.md shows them.</summary>
    private const string LegacyPattern = "[a-z]+(/[a-z]+)+|[A-Z][A-Za-z0-9]*|[a-z]+([A-Z][a-z0-9]*)+";

    [Theory]
    [InlineData("cli.command_run")]
    [InlineData("shop.checkout.completed")]
    [InlineData("app2.http2_request")]
    [InlineData("a.b")]
    public async Task Well_formed_names_are_accepted(string name)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Event("\"" + name + "\""));
    }

    [Theory]
    [InlineData("CommandRun", "has upper-case letters ('C', 'R') and a single segment: " + Format + ", such as '<area>.command_run'" + KeepExisting)]
    [InlineData("cli", "has a single segment: " + Format + ", such as '<area>.cli'" + KeepExisting)]
    [InlineData("cli.CommandRun", "has upper-case letters ('C', 'R'): " + Format + ", such as 'cli.command_run'" + KeepExisting)]
    [InlineData("toplevelparser/command", "has '/' between segments: " + Format + ", such as 'toplevelparser.command'" + KeepExisting)]
    [InlineData("ProjectRestoreInformation", "has upper-case letters ('P', 'R', 'I') and a single segment: " + Format + ", such as '<area>.project_restore_information'" + KeepExisting)]
    [InlineData("cmdletInvocation", "has an upper-case letter ('I') and a single segment: " + Format + ", such as '<area>.cmdlet_invocation'" + KeepExisting)]
    [InlineData("Cli/Run-Fast", "has upper-case letters ('C', 'R', 'F'), '/' between segments and '-' between words: " + Format + ", such as 'cli.run_fast'" + KeepExisting)]
    [InlineData("cli.command-run", "has '-' between words: " + Format + ", such as 'cli.command_run'" + KeepExisting)]
    [InlineData("cli..run", "has an empty segment: " + Format + ", such as 'cli.run'")]
    [InlineData("1cli.run", "has a segment that starts with a digit ('1cli'): " + Format)]
    [InlineData("cli.run_", "has a segment that starts or ends with '_' ('run_'): " + Format + ", such as 'cli.run'")]
    [InlineData("cli.run__twice", "has '__' in a segment ('run__twice'): " + Format + ", such as 'cli.run_twice'")]
    [InlineData("cli.run ", "has white space: " + Format + ", such as 'cli.run'")]
    [InlineData("cli.run+fast", "has the character '+' (segments hold a-z, 0-9 and '_'): " + Format + ", such as 'cli.run_fast'")]
    [InlineData("cli.\u0007run", "has the character U+0007 (segments hold a-z, 0-9 and '_'): " + Format + ", such as 'cli.run'")]
    [InlineData("", "is empty")]
    [InlineData("area.an_event_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and", "has 84 characters, more than the limit of 80: " + Format)]
    public async Task Malformed_names_are_told_what_is_wrong_on_the_name(string name, string problem)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Event("{|#0:" + Literal(name) + "|}"),
            expected: Diagnostic("GOV005").WithLocation(0).WithMessage($"Event name '{name}' {problem}"));
    }

    [Fact]
    public async Task A_name_declared_twice_is_reported_on_every_declaration()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent({|#0:"app.started"|}, Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;

            [TelemetryEvent({|#1:"app.started"|}, Purpose = "Count how often the app starts, again, by mistake.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record StartedAgain;

            [TelemetryEvent("app.stopped", Purpose = "Count how often the app stops to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Stopped;
            """,
            expected: [Diagnostic("GOV005").WithLocation(0).WithMessage("Event name 'app.started' is also declared by 'App.StartedAgain': each event name must be declared once"),
                       Diagnostic("GOV005").WithLocation(1).WithMessage("Event name 'app.started' is also declared by 'App.Started': each event name must be declared once")]);
    }

    [Fact]
    public async Task A_name_declared_three_times_names_the_two_others_on_each_declaration()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent({|#0:"app.started"|}, Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;

            [TelemetryEvent({|#1:"app.started"|}, Purpose = "Count how often the app starts, again, by mistake.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record StartedAgain;

            [TelemetryEvent({|#2:"app.started"|}, Purpose = "Count how often the app starts, a third time, by mistake.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record StartedThird;

            [TelemetryEvent({|#3:"app.stopped"|}, Purpose = "Count how often the app stops to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Stopped;

            [TelemetryEvent({|#4:"app.stopped"|}, Purpose = "Count how often the app stops, again, by mistake.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record StoppedAgain;
            """,
            expected: [Diagnostic("GOV005").WithLocation(0).WithMessage("Event name 'app.started' is also declared by 'App.StartedAgain', 'App.StartedThird': each event name must be declared once"),
                       Diagnostic("GOV005").WithLocation(1).WithMessage("Event name 'app.started' is also declared by 'App.Started', 'App.StartedThird': each event name must be declared once"),
                       Diagnostic("GOV005").WithLocation(2).WithMessage("Event name 'app.started' is also declared by 'App.Started', 'App.StartedAgain': each event name must be declared once"),
                       Diagnostic("GOV005").WithLocation(3).WithMessage("Event name 'app.stopped' is also declared by 'App.StoppedAgain': each event name must be declared once"),
                       Diagnostic("GOV005").WithLocation(4).WithMessage("Event name 'app.stopped' is also declared by 'App.Stopped': each event name must be declared once")]);
    }

    [Fact]
    public async Task A_configured_pattern_replaces_the_default_format_and_keeps_existing_names()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent("toplevelparser/command", Purpose = "Learn which commands people run, to decide what to improve.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record CommandParsed;

            [TelemetryEvent("ProjectRestoreInformation", Purpose = "Learn how long restores take, to find slow package sources.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record ProjectRestored;

            [TelemetryEvent("cmdletInvocation", Purpose = "Learn which cmdlets people run, to decide what to improve.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record CmdletInvoked;

            [TelemetryEvent({|#0:"cli.command_run"|}, Purpose = "Learn which commands people run, to decide what to improve.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record CommandRun;
            """,
            "governance.event_name_pattern = " + LegacyPattern,
            Diagnostic("GOV005").WithLocation(0).WithMessage($"Event name 'cli.command_run' does not match governance.event_name_pattern '{LegacyPattern}' (the whole name must match)"));
    }

    [Fact]
    public async Task The_pattern_must_match_the_whole_name_not_a_part_of_it()
    {
        // Unanchored, '[a-z]+' finds "cli" in "cli/run" and would pass it.
        await AnalyzeAsync<TelemetryEventAnalyzer>(Event("{|#0:\"cli/run\"|}"), "governance.event_name_pattern = [a-z]+",
            Diagnostic("GOV005").WithLocation(0).WithMessage("Event name 'cli/run' does not match governance.event_name_pattern '[a-z]+' (the whole name must match)"));
        await AnalyzeAsync<TelemetryEventAnalyzer>(Event("\"cli/run\""), "governance.event_name_pattern = ^[a-z]+/[a-z]+$");
    }

    [Fact]
    public async Task Under_a_pattern_an_empty_name_is_still_reported_and_duplicates_still_are()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            [TelemetryEvent({|#0:""|}, Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Unnamed;

            [TelemetryEvent({|#1:"Started"|}, Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;

            [TelemetryEvent({|#2:"Started"|}, Purpose = "Count how often the app starts, again, by mistake.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record StartedAgain;
            """,
            "governance.event_name_pattern = .*",
            Diagnostic("GOV005").WithLocation(0).WithMessage("Event name '' is empty"),
            Diagnostic("GOV005").WithLocation(1).WithMessage("Event name 'Started' is also declared by 'App.StartedAgain': each event name must be declared once"),
            Diagnostic("GOV005").WithLocation(2).WithMessage("Event name 'Started' is also declared by 'App.Started': each event name must be declared once"));
    }

    [Theory]
    [InlineData("[a-z")]
    [InlineData("a)|(b")] // would be balanced by the group that anchors it: must be refused as written
    [InlineData("(?<word>[a-z]+")]
    public async Task An_invalid_pattern_is_reported_and_the_default_format_applies(string pattern)
    {
        string parserMessage;
        try
        {
            _ = new Regex(pattern);
            throw new InvalidOperationException("the test needs an invalid pattern");
        }
        catch (ArgumentException exception)
        {
            parserMessage = exception.Message.TrimEnd('.');
        }

        await AnalyzeAsync<TelemetryEventAnalyzer>(Event("{|#0:\"toplevelparser/command\"|}"), "governance.event_name_pattern = " + pattern,
            Diagnostic("GOV005").WithLocation(0).WithMessage("Event name 'toplevelparser/command' has '/' between segments: " + Format + ", such as 'toplevelparser.command'" + KeepExisting),
            new DiagnosticResult("GOV090", DiagnosticSeverity.Warning).WithMessage(
                $"The value '{pattern}' of option 'governance.event_name_pattern' is not valid: it is not a valid .NET regular expression ({parserMessage}); event names are checked against the default format until it is fixed"));
    }

    [Fact]
    public async Task A_catastrophically_backtracking_pattern_is_reported_once_and_never_hangs_the_analysis()
    {
        // '(a+)+$' on "aaaa...a!" tries every way to split the a's before failing: about 2^40 steps here, hours of
        // work. The match timeout stops the first evaluation; the pattern is reported and not evaluated again, and no
        // name is judged by it. No timing is asserted: that this test ends at all is the point.
        var name = new string('a', 40) + "!";
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + $$"""
            [TelemetryEvent("{{name}}", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Started;

            [TelemetryEvent("{{name}}!", Purpose = "Count how often the app stops to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Stopped;
            """,
            "governance.event_name_pattern = ^(a+)+$",
            new DiagnosticResult("GOV090", DiagnosticSeverity.Warning).WithMessage(
                "The value '^(a+)+$' of option 'governance.event_name_pattern' is not valid: matching it against an event name took longer than 1000 ms, as patterns with nested repetition such as '(a+)+' can; event names are not checked against it until it is fixed"));
    }

    [Fact]
    public void The_names_of_31_real_events_are_told_their_real_problem_and_one_pattern_keeps_them_all()
    {
        // The ported events of six products (tests/TestData/ports), with the pattern their README gives.
        var names = File.ReadLines(RepoPaths.InRepo("tests", "TestData", "ports", "events.tsv")).Skip(1)
            .Select(line => line.Split('\t')[1])
            .Where(name => !name.StartsWith('('))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(31, names.Count);
        var source = Usings + string.Concat(names.Select((name, i) => $$"""
            [TelemetryEvent("{{name}}", Purpose = "Learn how the product is used, to decide what to improve.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Event{{i}};

            """));

        var byDefault = Names(AnalyzerRunner.Run(AnalyzerRunner.Compile(source), AnalyzerInputs.Create(new Dictionary<string, string>())));
        Assert.Equal(names, byDefault.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, message) in byDefault)
        {
            Assert.StartsWith($"Event name '{name}' has ", message, StringComparison.Ordinal);
            Assert.Contains(", such as '", message, StringComparison.Ordinal);
            Assert.EndsWith(KeepExisting, message, StringComparison.Ordinal);
            Assert.Equal(name.Contains('/', StringComparison.Ordinal), message.Contains("'/' between segments", StringComparison.Ordinal));
            Assert.Equal(!name.Contains('/', StringComparison.Ordinal) && !name.Contains('.', StringComparison.Ordinal), message.Contains("a single segment", StringComparison.Ordinal));
        }

        Assert.Equal("Event name 'toplevelparser/command' has '/' between segments: " + Format + ", such as 'toplevelparser.command'" + KeepExisting, byDefault["toplevelparser/command"]);
        Assert.Equal("Event name 'Az.Tools.Predictor/GetSuggestion' has upper-case letters ('A', 'T', 'P', 'G', 'S') and '/' between segments: " + Format + ", such as 'az.tools.predictor.get_suggestion'" + KeepExisting, byDefault["Az.Tools.Predictor/GetSuggestion"]);
        Assert.Equal("Event name 'ColorPicker_Session' has upper-case letters ('C', 'P', 'S') and a single segment: " + Format + ", such as '<area>.color_picker_session'" + KeepExisting, byDefault["ColorPicker_Session"]);

        var options = AnalyzerInputs.Create(new Dictionary<string, string> { ["governance.event_name_pattern"] = "^[A-Za-z][A-Za-z0-9]*([./_-][A-Za-z0-9]+)*$" });
        Assert.Empty(Names(AnalyzerRunner.Run(AnalyzerRunner.Compile(source), options)));
    }

    /// <summary>The GOV005 messages about names (not duplicates), by name.</summary>
    private static Dictionary<string, string> Names(AnalyzerOutcome outcome) =>
        outcome.AssertNoExceptions().Diagnostics
            .Where(d => d.Id == "GOV005")
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(m => m.Split('\'')[1], m => m, StringComparer.Ordinal);

    private static string Event(string nameArgument) => Usings + $$"""
        [TelemetryEvent({{nameArgument}}, Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
        public partial record Started;
        """;

    /// <summary>A C# string literal for <paramref name="name"/>, with '\a' written as an escape so the markup stays readable.</summary>
    private static string Literal(string name) => "\"" + name.Replace("\u0007", "\\a", StringComparison.Ordinal) + "\"";
}
