using System.Text.Json;
using Governance.Generators.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.Generators.Tests;

/// <summary>
/// The privacy document for the people the data is about (issue 16): a short summary first, how to turn it off, who
/// receives the data and where it is kept (only when declared), who is responsible, the common context once, types in
/// plain words, each event with its assembly when the product has several, and "Your data". The Markdown and the web
/// page are one document rendered twice; their snapshots are reviewed like generated code.
/// </summary>
public sealed class PrivacyDocumentTests
{
    /// <summary>Declared text with every character Markdown or HTML could read as markup.</summary>
    private const string Hostile = "Size in <b>bytes</b> & \\\"quoted\\\" 'text' | *stars* _under_ `tick` [link](x) #hash";

    private const string Library = """
        using Governance;
        namespace Contoso.Sync;
        [TelemetryEvent("sync.finished", Purpose = "Measure how long synchronisation takes to size the sync service.", RetentionDays = 30, Consent = Consent.OptOut)]
        public partial record SyncFinished { [TelemetryField("How long it took, in milliseconds.")] public long DurationMs { get; init; } }
        """;

    private static readonly string Application = """
        using System;
        using System.Collections.Generic;
        using Governance;

        [assembly: TelemetryProduct("Notes & <Co> \"Pro\"",
            DataController = "Contoso Ltd, 1 Main Street, Springfield",
            PrivacyContact = "privacy@contoso.example",
            PrivacyPolicyUrl = "https://contoso.example/privacy?lang=en&from=app",
            SecurityContact = "security@contoso.example",
            Recipients = new[] { "Contoso Ltd", "Fabrikam Cloud <hosting> & \"backups\"", "  " },
            StorageRegion = "European Union (Ireland)",
            OptOutEnvironmentVariable = "NOTES_TELEMETRY_OPTOUT",
            OptOutCommand = "notes telemetry off",
            OptInCommand = "notes telemetry on",
            ShowCommand = "notes telemetry show | less",
            InstallationIdCommand = "notes `telemetry` id <raw>")]

        namespace Contoso.Notes;
        public enum Theme { Light, Dark }
        [TelemetryContext]
        public partial record AppContext
        {
            [TelemetryField("Version of Notes, such as 2.1.")] public string Version { get; init; } = "";
            [TelemetryField("The installation's identifier.", DataClass = DataClass.Identifier)] public Guid InstallationId { get; init; }
        }
        [TelemetryEvent("notes.saved", Purpose = "Learn how large notes get, to size storage.", RetentionDays = 90, Consent = Consent.OptOut)]
        public partial record NoteSaved
        {
            [TelemetryField("HOSTILE")] public long Size { get; init; }
            [TelemetryField("Whether the note was shared.")] public bool Shared { get; init; }
            [TelemetryField("When the note was created.")] public DateTimeOffset Created { get; init; }
            [TelemetryField("Time spent editing.", OmitWhenNull = true)] public TimeSpan? Editing { get; init; }
            [TelemetryField("Tags on the note.", Pseudonymize = true)] public IReadOnlyList<string> Tags { get; init; } = [];
            [TelemetryField("Notes open, by theme.")] public IReadOnlyDictionary<Theme, int> OpenByTheme { get; init; } = new Dictionary<Theme, int>();
        }
        [TelemetryEvent("notes.theme_chosen", Purpose = "Learn which theme people prefer, to choose the default.", RetentionDays = 365, Consent = Consent.OptIn, Access = DataAccess.Organization)]
        public partial record ThemeChosen { [TelemetryField("The theme chosen.", DataClass = DataClass.Interaction)] public Theme Theme { get; init; } }
        """.Replace("HOSTILE", Hostile, StringComparison.Ordinal);

    [Fact]
    public void The_document_for_end_users_matches_its_snapshot_in_Markdown_and_HTML()
    {
        var (markdown, html) = Documents();

        Snapshot.Verify("Privacy_document_for_end_users", new Dictionary<string, string>
        {
            ["telemetry-privacy.md"] = markdown,
            ["telemetry-privacy.html"] = html,
        });
    }

    [Fact]
    public void The_summary_comes_first_then_how_to_turn_it_off_recipients_responsibility_context_events_and_your_data()
    {
        var (markdown, _) = Documents();

        var sections = markdown.Split('\n').Where(line => line.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["## In short", "## How to turn it off", "## Who receives the data and where it is kept", "## Who is responsible",
             "## Sent with every event", "## Events", "## Your data", "## What the data classes mean"],
            sections);
        Assert.Contains("- **What is sent:** 3 kinds of event: 2 sent unless you turn telemetry off, 1 only if you agree.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Kept for:** 30 to 365 days after it is received, then deleted.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Who can see it:** Product team, Organisation.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("set the environment variable `NOTES_TELEMETRY_OPTOUT` or `DO_NOT_TRACK` to `1`", markdown, StringComparison.Ordinal);
        Assert.Contains("Events marked opt-in are sent only after you have agreed to them", markdown, StringComparison.Ordinal);

        // Declared recipients, blank ones left out, and the region; the controller and contacts are kept.
        Assert.Contains("- **Received by:**\n  - Contoso Ltd\n  - Fabrikam Cloud &lt;hosting&gt; &amp; \"backups\"\n- **Kept in:** European Union (Ireland)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Data controller:** Contoso Ltd, 1 Main Street, Springfield\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Privacy policy:** <https://contoso.example/privacy?lang=en&from=app>\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void How_to_turn_it_off_names_the_products_own_command_and_variable_as_declared()
    {
        var (markdown, html) = Documents();

        Assert.Contains("- **To turn it off:** run `notes telemetry off`, or set `NOTES_TELEMETRY_OPTOUT=1` or `DO_NOT_TRACK=1` (see below).\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## How to turn it off\n\nRun `notes telemetry off`: from then on Notes &amp; &lt;Co&gt; \"Pro\" sends nothing.\n\n"
            + "Or set the environment variable `NOTES_TELEMETRY_OPTOUT` or `DO_NOT_TRACK` to `1` (or `true`, `yes`) where Notes &amp; &lt;Co&gt; \"Pro\" runs: "
            + "from then on it sends nothing.\n\n"
            + "Events marked opt-in are sent only after you have agreed to them (run `notes telemetry on` to agree); turning telemetry off stops them too.\n",
            markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("names its own command or setting", markdown, StringComparison.Ordinal);

        // Declared commands are code spans shown exactly as written: a backtick inside gets a longer fence, and nothing
        // in them is read as Markdown or HTML.
        Assert.Contains("quote the pseudonymous identifier that ``notes `telemetry` id <raw>`` shows", markdown, StringComparison.Ordinal);
        Assert.Contains("- **To read it in the program itself:** run `notes telemetry show | less`: it shows every kind of event", markdown, StringComparison.Ordinal);
        Assert.Contains("run <code>notes telemetry off</code>, or set <code>NOTES_TELEMETRY_OPTOUT=1</code> or <code>DO_NOT_TRACK=1</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>notes `telemetry` id &lt;raw&gt;</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_declared_controls_the_document_names_DO_NOT_TRACK_and_points_to_the_notice()
    {
        var library = GeneratorHarness.Run(GeneratorHarness.Compile(Library.Replace("namespace", "[assembly: TelemetryProduct(\"Sync\", OptOutCommand = \"  \")]\nnamespace", StringComparison.Ordinal))).AssertClean();
        var source = library.Sources[CompiledManifestHint];

        var markdown = Snapshot.PrivacyDocument(source);
        var json = Snapshot.IndentedManifest(source);

        Assert.Contains("- **To turn it off:** set `DO_NOT_TRACK=1` (see below).\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Set the environment variable `DO_NOT_TRACK` to `1` (or `true`, `yes`) where Sync runs: from then on it sends nothing. "
            + "Sync's first-run notice also names its own command or setting for this, if it has one.\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Command\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"optOutEnvironmentVariable\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_is_described_so_it_holds_for_a_program_on_the_users_computer_and_for_a_service()
    {
        var (markdown, _) = Documents();

        // The build cannot tell a desktop program (a key per installation, deleted on opt-out) from a service (a key it
        // keeps on its servers): nothing says the key stays on the user's computer unconditionally.
        Assert.DoesNotContain("stays on your computer", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("stays where the program runs", markdown, StringComparison.Ordinal);
        Assert.Contains("the hash is made with HMAC-SHA256 under a secret key the product keeps and never sends", markdown, StringComparison.Ordinal);
        Assert.Contains("under a secret key that Notes &amp; &lt;Co&gt; \"Pro\" keeps and never sends", markdown, StringComparison.Ordinal);
        Assert.Contains("a program that runs on your computer makes a key for your installation (unless its makers give it one of theirs)", markdown, StringComparison.Ordinal);
        Assert.Contains("A key that a service keeps on its servers stays there", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Turning telemetry off also deletes the key", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_common_context_is_described_once_and_types_are_in_plain_words()
    {
        var (markdown, _) = Documents();

        Assert.Single(markdown.Split('\n'), line => line.StartsWith("| version |", StringComparison.Ordinal));
        Assert.Contains("| installation_id | keyed hash of unique id (GUID) | Identifier | The installation's identifier. |", markdown, StringComparison.Ordinal);
        Assert.Contains("| shared | yes/no | Technical | Whether the note was shared. |", markdown, StringComparison.Ordinal);
        Assert.Contains("| created | date and time | Technical |", markdown, StringComparison.Ordinal);
        Assert.Contains("| editing | duration | Technical | Time spent editing. Left out when there is no value. |", markdown, StringComparison.Ordinal);
        Assert.Contains("| tags | list of keyed hashes of text | Technical | Tags on the note. |", markdown, StringComparison.Ordinal);
        Assert.Contains("| open_by_theme | whole number for each key | Technical | Notes open, by theme. Keys: Light, Dark. |", markdown, StringComparison.Ordinal);
        Assert.Contains("| theme | one of a fixed set of values | Interaction | The theme chosen. One of: Light, Dark. |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("IReadOnly", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| long |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("?", markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|')[2]), StringComparer.Ordinal);

        // Several assemblies: each event names the one that declares it.
        Assert.Contains("### sync.finished\n\n- **Why it is collected:** Measure how long synchronisation takes to size the sync service.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Declared by:** Contoso.Sync\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Declared by:** Notes\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_text_is_escaped_so_it_shows_as_written()
    {
        var (markdown, html) = Documents();

        Assert.Contains(@"Size in &lt;b&gt;bytes&lt;/b&gt; &amp; ""quoted"" 'text' \| \*stars\* \_under\_ \`tick\` \[link\](x) \#hash", markdown, StringComparison.Ordinal);
        Assert.Contains("<td>Size in &lt;b&gt;bytes&lt;/b&gt; &amp; &quot;quoted&quot; &#39;text&#39; | *stars* _under_ `tick` [link](x) #hash</td>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Telemetry collected by Notes &amp; &lt;Co&gt; &quot;Pro&quot;</title>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://contoso.example/privacy?lang=en&amp;from=app\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_recipients_or_a_region_the_document_says_nothing_about_them_and_the_manifest_leaves_them_out()
    {
        var library = GeneratorHarness.Run(GeneratorHarness.Compile(Library.Replace("namespace", "[assembly: TelemetryProduct(\"Sync\")]\nnamespace", StringComparison.Ordinal))).AssertClean();
        var source = library.Sources[CompiledManifestHint];

        var markdown = Snapshot.PrivacyDocument(source);
        var json = Snapshot.IndentedManifest(source);

        Assert.DoesNotContain("Who receives", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Where it is kept", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Declared by", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("recipients", json, StringComparison.Ordinal);
        Assert.DoesNotContain("storageRegion", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_records_recipients_region_and_controls_and_the_schema_accepts_them()
    {
        var json = Snapshot.IndentedManifest(ApplicationManifestSource());

        Assert.Empty(ManifestSchema.Validate(json));
        using var manifest = JsonDocument.Parse(json);
        var product = manifest.RootElement.GetProperty("product");
        Assert.Equal(["Contoso Ltd", "Fabrikam Cloud <hosting> & \"backups\""], product.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("European Union (Ireland)", product.GetProperty("storageRegion").GetString());
        Assert.Equal("NOTES_TELEMETRY_OPTOUT", product.GetProperty("optOutEnvironmentVariable").GetString());
        Assert.Equal("notes telemetry off", product.GetProperty("optOutCommand").GetString());
        Assert.Equal("notes telemetry on", product.GetProperty("optInCommand").GetString());
        Assert.Equal("notes telemetry show | less", product.GetProperty("showCommand").GetString());
        Assert.Equal("notes `telemetry` id <raw>", product.GetProperty("installationIdCommand").GetString());
    }

    [Fact]
    public void The_generated_product_descriptor_carries_recipients_region_and_controls_to_the_runtime()
    {
        // AssertClean compiled it: the descriptor's constructor takes what the attribute declares, blank recipients left out.
        var source = ApplicationManifestSource();

        Assert.Contains("recipients: new string[] { \"Contoso Ltd\", \"Fabrikam Cloud <hosting> & \\\"backups\\\"\" },", source, StringComparison.Ordinal);
        Assert.Contains("storageRegion: \"European Union (Ireland)\",", source, StringComparison.Ordinal);
        Assert.Contains("optOutEnvironmentVariable: \"NOTES_TELEMETRY_OPTOUT\",", source, StringComparison.Ordinal);
        Assert.Contains("optOutCommand: \"notes telemetry off\",", source, StringComparison.Ordinal);
        Assert.Contains("optInCommand: \"notes telemetry on\",", source, StringComparison.Ordinal);
        Assert.Contains("showCommand: \"notes telemetry show | less\",", source, StringComparison.Ordinal);
        Assert.Contains("installationIdCommand: \"notes `telemetry` id <raw>\");", source, StringComparison.Ordinal);
    }

    private const string CompiledManifestHint = "Governance.TelemetryManifest.g.cs";

    private static (string Markdown, string Html) Documents()
    {
        var compact = CompiledManifest.FromSource(ApplicationManifestSource());
        return (CompiledManifest.PrivacyDocument(compact), CompiledManifest.PrivacyPage(compact));
    }

    private static string ApplicationManifestSource()
    {
        var sync = GeneratorHarness.BuildLibrary("Contoso.Sync", [], Library);
        var app = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("Notes", [sync], GeneratorHarness.ParseOptions, ("/Notes/Telemetry.cs", Application))).AssertClean();
        return app.Sources[CompiledManifestHint];
    }
}
