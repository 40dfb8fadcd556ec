using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.Analyzers.DataFlow;
using Governance.Analyzers.Tests.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;
using Governance.Testing;

namespace Governance.Analyzers.Tests.Configuration;

/// <summary>
/// governance.help_base_url: every diagnostic the rules report links to the configured rules document, in the
/// diagnostic itself (what the IDE's error list reads), on the compiler's command line and in its SARIF log.
/// </summary>
public sealed class HelpLinkTests
{
    private const string RulesDocument = "https://docs.example.org/governance/rules.html";

    // GOV001 (placeholder purpose), GOV005 (a duplicate: compilation end), GOV011 (a rule that adds a location) and
    // GOV012 (the data-flow analyzer, which reads the options on its own).
    private const string Source = """
        using System;
        using Governance;

        namespace App;

        [TelemetryEvent("app.started", Purpose = "TODO", RetentionDays = 30, Consent = Consent.OptOut, Owner = "team@example.org")]
        public partial record Started
        {
            [TelemetryField("The machine the app started on.")] public string Machine { get; init; } = "";
        }

        [TelemetryEvent("app.started", Purpose = "Learn how people sign in, to simplify the sign-in form.", RetentionDays = 30, Consent = Consent.OptOut, Owner = "team@example.org")]
        public partial record SignedIn
        {
            [TelemetryField("The address the person signed in with.", DataClass = DataClass.Personal)] public string Email { get; init; } = "";
        }

        public static class Startup
        {
            public static Started Describe() => new Started { Machine = Environment.MachineName };
        }
        """;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new TelemetryEventAnalyzer(), new PersonalDataFlowAnalyzer()];

    [Fact]
    public void A_configured_address_is_the_help_link_of_every_diagnostic_the_rules_report()
    {
        var diagnostics = Analyze(new Dictionary<string, string>
        {
            ["governance.help_base_url"] = RulesDocument,
            ["governance.description_min_words"] = "many", // GOV090 links there too
        });

        Assert.Equal(["GOV001", "GOV005", "GOV011", "GOV012", "GOV090"], diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(RulesDocument + "#" + d.Id.ToLowerInvariant(), d.Descriptor.HelpLinkUri));

        // Only the link differs from the rule's own descriptor: severity configuration, suppression and the IDE's
        // rule list go by the same id, title, category and tags.
        var supported = Analyzers.SelectMany(a => a.SupportedDiagnostics).ToList();
        Assert.All(diagnostics, d => Assert.Contains(supported, s =>
            s.Id == d.Id && s.Title.Equals(d.Descriptor.Title) && s.MessageFormat.Equals(d.Descriptor.MessageFormat) && s.Category == d.Descriptor.Category
            && s.DefaultSeverity == d.Descriptor.DefaultSeverity && s.CustomTags.SequenceEqual(d.Descriptor.CustomTags)));
    }

    [Fact]
    public void Without_the_option_diagnostics_carry_the_rules_own_descriptors_and_default_links()
    {
        var diagnostics = Analyze(new Dictionary<string, string>());

        Assert.Equal(["GOV001", "GOV005", "GOV011", "GOV012"], diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        var supported = Analyzers.SelectMany(a => a.SupportedDiagnostics).ToList();
        Assert.All(diagnostics, d => Assert.Contains(supported, s => ReferenceEquals(s, d.Descriptor)));
        Assert.All(diagnostics, d => Assert.Equal(HelpLinks.For(d.Id), d.Descriptor.HelpLinkUri));
    }

    [Theory]
    [InlineData("rules.md", "expected an absolute http, https or file address of the rules document")]
    [InlineData("/docs/rules.md", "expected an absolute http, https or file address of the rules document")]
    [InlineData("ftp://example.org/rules.md", "expected an absolute http, https or file address of the rules document")]
    [InlineData("https://example.org/rules.md#top", "expected the address of the document without a '#' fragment: each rule adds its own ('#gov005')")]
    public void An_address_that_cannot_be_a_link_is_reported_and_the_default_applies(string value, string reason)
    {
        var diagnostics = Analyze(new Dictionary<string, string> { ["governance.help_base_url"] = value });

        var problem = Assert.Single(diagnostics, d => d.Id == "GOV090");
        Assert.Equal(
            $"The value '{value}' of option 'governance.help_base_url' is not valid: {reason}; the links point to {HelpLinks.DefaultRulesDocument}",
            problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(diagnostics, d => Assert.Equal(HelpLinks.For(d.Id), d.Descriptor.HelpLinkUri));
    }

    [Fact]
    public void The_sdk_compiler_prints_the_configured_link_and_writes_it_into_its_SARIF_log()
    {
        var work = Directory.CreateTempSubdirectory("governance-help-links-");
        try
        {
            var source = Path.Combine(work.FullName, "Events.cs");
            File.WriteAllText(source, Source);
            var editorConfig = Path.Combine(work.FullName, ".editorconfig");
            File.WriteAllText(editorConfig, $"root = true\n\n[*.cs]\ngovernance.help_base_url = {RulesDocument}\n");
            var log = Path.Combine(work.FullName, "build.sarif");
            var responseFile = Path.Combine(work.FullName, "csc.rsp");
            File.WriteAllLines(responseFile, [
                "-nologo", "-nostdlib", "-target:library", "-langversion:12", "-nullable:enable",
                $"-out:\"{Path.Combine(work.FullName, "Consumer.dll")}\"",
                $"-errorlog:\"{log}\",version=2",
                .. Directory.GetFiles(SdkReferenceAssemblies.Directory, "*.dll").Order(StringComparer.Ordinal).Select(r => $"-r:\"{r}\""),
                $"-r:\"{typeof(TelemetryClient).Assembly.Location}\"",
                $"-analyzer:\"{typeof(TelemetryEventAnalyzer).Assembly.Location}\"",
                $"-analyzerconfig:\"{editorConfig}\"",
                $"\"{source}\"",
            ]);

            var result = DotnetCli.Run(work.FullName, ["exec", SdkCompiler.Path, "-noconfig", "@" + responseFile]);

            // The command line: the compiler appends each diagnostic's link.
            var purpose = Assert.Single(result.Diagnostics, d => d.Id == "GOV001");
            Assert.EndsWith($"({RulesDocument}#gov001)", purpose.Message, StringComparison.Ordinal);

            // The SARIF log: each result points (ruleIndex) at a rule entry with the configured helpUri. The log also
            // lists every rule the analyzers support, with its default link, whether reported or not.
            using var sarif = JsonDocument.Parse(File.ReadAllText(log));
            var run = sarif.RootElement.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
            var ours = run.GetProperty("results").EnumerateArray()
                .Select(r => (Id: r.GetProperty("ruleId").GetString()!, Rule: rules[r.GetProperty("ruleIndex").GetInt32()]))
                .Where(r => r.Id is "GOV001" or "GOV005" or "GOV011")
                .ToList();
            Assert.Equal(["GOV001", "GOV005", "GOV011"], ours.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal));
            Assert.All(ours, r =>
            {
                Assert.Equal(r.Id, r.Rule.GetProperty("id").GetString());
                Assert.Equal(RulesDocument + "#" + r.Id.ToLowerInvariant(), r.Rule.GetProperty("helpUri").GetString());
            });
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static IReadOnlyList<Diagnostic> Analyze(IReadOnlyDictionary<string, string> options)
    {
        var outcome = AnalyzerRunner.Run(AnalyzerRunner.Compile(Source), Analyzers, AnalyzerInputs.Create(options)).AssertNoExceptions();
        return outcome.Diagnostics.Where(d => d.Id.StartsWith("GOV", StringComparison.Ordinal)).ToList();
    }
}
