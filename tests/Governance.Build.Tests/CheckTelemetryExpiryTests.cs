using Governance.Build.Tests.Infrastructure;

namespace Governance.Build.Tests;

/// <summary>
/// The expiry check of command-line builds: on an assembly compiled with the real generator, it reports what the
/// analyzers would (same id, words, place and severity) when the compiler had no date, and nothing when it had one.
/// </summary>
public sealed class CheckTelemetryExpiryTests
{
    private const string Expired = "Event 'app.started' expired on 2026-05-31: stop collecting it, or extend Expires after a new review (the policy allows up to 2027-06-01)";

    private static string Event(string expires, string name = "\"app.started\"", string type = "Started") => $$"""
        using Governance;

        namespace Consumer;

        [TelemetryEvent({{name}}, Purpose = "Count how often the app starts to size the servers.",
            RetentionDays = 30, Consent = Consent.OptOut, Expires = "{{expires}}")]
        public partial record {{type}};
        """;

    [Fact]
    public void An_event_that_expired_yesterday_is_an_error_at_its_Expires_value_in_the_analyzers_words()
    {
        using var consumer = new ConsumerAssembly().Source("Events.cs", Event("2026-05-31")).Compile();

        var engine = consumer.CheckExpiry("2026-06-01");

        var error = Assert.Single(engine.Errors);
        Assert.Equal("GOV020", error.Code);
        Assert.Equal(Expired, error.Message);
        Assert.Equal("https://github.com/governance-telemetry/governance/blob/main/rules.md#gov020", error.HelpLink);
        Assert.Equal(consumer.PathOf("Events.cs"), error.File);
        Assert.Equal(AnalyzerLocation.Of(Event("2026-05-31"), "\"app.started\""), $"({error.LineNumber},{error.ColumnNumber})");
        Assert.Empty(engine.Warnings);
    }

    [Theory]
    [InlineData("2026-06-01")] // expires today: still collected today
    [InlineData("2027-06-01")] // the last day the default horizon allows
    public void Events_within_their_dates_are_not_reported(string expires)
    {
        using var consumer = new ConsumerAssembly().Source("Events.cs", Event(expires)).Compile();

        Assert.Empty(consumer.CheckExpiry("2026-06-01").Reported);
    }

    [Fact]
    public void Expiry_beyond_the_horizon_is_a_GOV021_warning_with_the_analyzers_words()
    {
        using var consumer = new ConsumerAssembly()
            .Config(".editorconfig", "root = true\n\n[*.cs]\ngovernance.expiry_horizon_days = 30  # a short review cycle\n")
            .Source("Events.cs", Event("2026-08-01"))
            .Compile();

        Assert.Equal(
            [$"Events.cs{AnalyzerLocation.Of(Event("2026-08-01"), "\"app.started\"")}: warning GOV021: Event 'app.started' expires on 2026-08-01, beyond the policy horizon of 30 days (2026-07-01): set an earlier date and review the event again then"],
            consumer.CheckExpiry("2026-06-01").Reported);
    }

    [Fact]
    public void A_declaration_whose_file_has_a_date_is_left_to_the_analyzers_which_checked_it_while_compiling()
    {
        using var consumer = new ConsumerAssembly()
            .Config(".editorconfig", "root = true\n\n[Pinned/**.cs]\ngovernance.today = 2026-05-01\n\n[Malformed/*.cs]\ngovernance.today = tomorrow\n")
            .Source("Pinned/Nested/Started.cs", Event("2026-05-31"))
            .Source("Malformed/Stopped.cs", Event("2026-05-31", "\"app.stopped\"", "Stopped"))
            .Source("Unpinned.cs", Event("2026-05-31", "\"app.paused\"", "Paused"))
            .Compile();

        // The pin is in force for Started.cs, and a malformed one switches the rules off (the analyzers say GOV090)
        // for Stopped.cs; nothing pins Unpinned.cs, so its event is reported.
        var error = Assert.Single(consumer.CheckExpiry("2026-06-01").Errors);
        Assert.StartsWith("Event 'app.paused' expired on 2026-05-31", error.Message, StringComparison.Ordinal);

        // A date given to the compiler through a global config (as GovernanceToday or a design-time build gives it)
        // applies to every file.
        using var given = new ConsumerAssembly()
            .Config(".globalconfig", "is_global = true\nbuild_property.GovernanceToday = 2026-05-01\n")
            .Source("Events.cs", Event("2026-05-31"))
            .Compile();
        Assert.Empty(given.CheckExpiry("2026-06-01").Reported);
    }

    public static TheoryData<string, string, string> SeveritySettings => new()
    {
        { "GOV020", "[*.cs]\ndotnet_diagnostic.GOV020.severity = warning", "warning" },
        { "GOV020", "[*.cs]\ndotnet_diagnostic.gov020.severity = none", "none" },
        { "GOV020", "[*.cs]\ndotnet_analyzer_diagnostic.category-Governance.Lifecycle.severity = warning", "warning" },
        { "GOV020", "[*.cs]\ndotnet_analyzer_diagnostic.severity = suggestion\ndotnet_diagnostic.GOV020.severity = error", "error" },
        { "GOV020", "[Other.cs]\ndotnet_diagnostic.GOV020.severity = none", "error" },
        { "GOV021", "[*.cs]\ndotnet_diagnostic.GOV021.severity = error", "error" },
        { "GOV021", "[*.cs]\ndotnet_diagnostic.GOV021.severity = silent", "none" },
    };

    [Theory]
    [MemberData(nameof(SeveritySettings))]
    public void The_severity_is_the_one_the_files_options_give_the_rule(string id, string section, string expected)
    {
        var expires = id == "GOV020" ? "2026-05-31" : "2028-01-01";
        using var consumer = new ConsumerAssembly()
            .Config(".editorconfig", "root = true\n\n" + section + "\n")
            .Source("Events.cs", Event(expires))
            .Compile();

        Assert.Equal(expected, SeverityOf(consumer.CheckExpiry("2026-06-01"), id));
    }

    [Fact]
    public void The_severity_follows_the_projects_warning_properties_as_the_compilers_does()
    {
        using var consumer = new ConsumerAssembly()
            .Source("Expired.cs", Event("2026-05-31"))
            .Source("Distant.cs", Event("2028-01-01", "\"app.stopped\"", "Stopped"))
            .Compile();

        Assert.Equal("none", SeverityOf(consumer.CheckExpiry("2026-06-01", t => t.NoWarn = "1701;1702;GOV020"), "GOV020"));
        Assert.Equal("error", SeverityOf(consumer.CheckExpiry("2026-06-01", t => t.TreatWarningsAsErrors = true), "GOV021"));
        Assert.Equal("warning", SeverityOf(consumer.CheckExpiry("2026-06-01", t => { t.TreatWarningsAsErrors = true; t.WarningsNotAsErrors = "GOV021"; }), "GOV021"));
        Assert.Equal("error", SeverityOf(consumer.CheckExpiry("2026-06-01", t => t.WarningsAsErrors = "NU1605;GOV021"), "GOV021"));
        Assert.Equal("warning", SeverityOf(consumer.CheckExpiry("2026-06-01"), "GOV021"));
    }

    [Fact]
    public void The_help_link_points_where_the_files_options_point_the_analyzers_links()
    {
        using var consumer = new ConsumerAssembly()
            .Config(".editorconfig", "root = true\n\n[*.cs]\ngovernance.help_base_url = https://docs.example.org/governance/rules.html\n")
            .Source("Events.cs", Event("2026-05-31"))
            .Compile();

        Assert.Equal("https://docs.example.org/governance/rules.html#gov020", Assert.Single(consumer.CheckExpiry("2026-06-01").Errors).HelpLink);
    }

    [Fact]
    public void A_pragma_that_disables_the_rule_at_the_declaration_silences_it()
    {
        var source = Event("2026-05-31").Replace("[TelemetryEvent(", "#pragma warning disable GOV021, GOV020 // reviewed: removed next release\n[TelemetryEvent(", StringComparison.Ordinal);
        using var disabled = new ConsumerAssembly().Source("Events.cs", source).Compile();
        Assert.Empty(disabled.CheckExpiry("2026-06-01").Reported);

        using var restored = new ConsumerAssembly().Source("Events.cs", "#pragma warning disable\n#pragma warning restore GOV020\n" + Event("2026-05-31")).Compile();
        Assert.Single(restored.CheckExpiry("2026-06-01").Errors);
    }

    [Fact]
    public void A_declaration_is_found_by_its_type_when_its_name_is_not_a_literal()
    {
        var source = Event("2026-05-31", "Names.Started").Replace("public partial record Started;", """
            public partial record Started;

            internal static class Names
            {
                public const string Started = "app.started";
            }
            """, StringComparison.Ordinal);
        using var consumer = new ConsumerAssembly().Source("Declarations/Other.cs", "namespace Consumer;\n\n// record Started is declared in Events.cs\n").Source("Declarations/Events.cs", source).Compile();

        var error = Assert.Single(consumer.CheckExpiry("2026-06-01").Errors);
        Assert.Equal(consumer.PathOf("Declarations/Events.cs"), error.File);
        Assert.Equal(AnalyzerLocation.Of(source, "Names.Started"), $"({error.LineNumber},{error.ColumnNumber})");
        Assert.Equal(Expired, error.Message);
    }

    [Fact]
    public void A_declaration_no_source_file_shows_is_reported_on_the_project_file()
    {
        using var consumer = new ConsumerAssembly().Source("Events.cs", Event("2026-05-31")).Compile();
        File.WriteAllText(consumer.PathOf("Events.cs"), "// moved away since the build\n");

        var error = Assert.Single(consumer.CheckExpiry("2026-06-01").Errors);
        Assert.Equal(consumer.ProjectFile, error.File);
        Assert.Equal(0, error.LineNumber);
        Assert.Equal(Expired, error.Message);
    }

    [Fact]
    public void An_assembly_without_events_or_without_a_readable_manifest_passes_and_a_malformed_date_is_a_warning()
    {
        using var consumer = new ConsumerAssembly().Source("Program.cs", "namespace Consumer;\n\npublic static class Program\n{\n}\n").Compile();
        Assert.Empty(consumer.CheckExpiry("2026-06-01").Reported);

        File.WriteAllText(consumer.AssemblyPath, "not an assembly");
        Assert.Empty(consumer.CheckExpiry("2026-06-01").Reported);

        var warning = Assert.Single(consumer.CheckExpiry("1st of June").Warnings);
        Assert.Equal("GOVBUILD004", warning.Code);
        Assert.Equal("Governance could not check event expiry: '1st of June' is not a date written as yyyy-MM-dd", warning.Message);
    }

    private static string SeverityOf(RecordingBuildEngine engine, string id)
    {
        Assert.True(engine.Errors.Count(e => e.Code == id) + engine.Warnings.Count(w => w.Code == id) + engine.Messages.Count(m => m.Code == id) <= 1, string.Join("\n", engine.Reported));
        return engine.Errors.Any(e => e.Code == id) ? "error"
            : engine.Warnings.Any(w => w.Code == id) ? "warning"
            : engine.Messages.Any(m => m.Code == id) ? "suggestion"
            : "none";
    }
}
