using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.EndToEnd.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.EndToEnd.Tests;

/// <summary>
/// The core promise, checked on the real package: one package holds everything; a fresh consumer that uses the
/// public contract builds with no warnings at all, tracks with consent, and gets the manifest and privacy document.
/// Its telemetry uses the whole field vocabulary: a common context with an identifier, a list, an enum-keyed map, a
/// field left out when null, a pseudonymized field, one hashed without a key, and an event kept under its legacy name by the naming pattern.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CorePackageTests
{
    private const string Events = """
        using System.Collections.Generic;
        using Governance;

        namespace Shop.Telemetry;

        public enum SearchSource { SearchBox, Suggestion }

        public enum Tier { Free, Plus, Pro }

        [TelemetryContext]
        public partial record ShopContext
        {
            [TelemetryField("Operating system the app runs on, such as Linux.")]
            public required string Os { get; init; }

            [TelemetryField("Random identifier of this run of the app.", DataClass = DataClass.Identifier)]
            public required string SessionId { get; init; }
        }

        // A name from before the naming rule, kept by governance.event_name_pattern (.editorconfig).
        [TelemetryEvent("Shop/CartViewed", Purpose = "Learn what people keep in their carts, to plan the cart page.",
            RetentionDays = 30, Consent = Consent.OptIn, Owner = "cart-team@example.org")]
        public partial record CartViewed
        {
            [TelemetryField("Categories of the products in the cart.")]
            public required IReadOnlyList<string> Categories { get; init; }

            [TelemetryField("Number of products in the cart, per tier.")]
            public required IReadOnlyDictionary<Tier, int> ItemsByTier { get; init; }

            [TelemetryField("Kind of discount applied, if any.", OmitWhenNull = true)]
            public string? DiscountKind { get; init; }

            [TelemetryField("Label of the saved cart, chosen by the user.", Pseudonymize = true)]
            public required string SavedCartLabel { get; init; }

            [TelemetryField("Name of the shop's cart template the cart started from.", HashWithoutKey = true)]
            public required string Template { get; init; }
        }

        [TelemetryEvent("shop.search_run",
            Purpose = "Learn whether search results help people find what they look for.",
            RetentionDays = 90, Consent = Consent.OptIn, Access = DataAccess.Team, Owner = "search-team@example.org")]
        public partial record SearchRun
        {
            [TelemetryField("Number of results shown, from 0 to 100.")]
            public required int ResultCount { get; init; }

            [TelemetryField("Where the search was started from.", DataClass = DataClass.Interaction)]
            public SearchSource Source { get; init; }

            [TelemetryField("Milliseconds until the first result was clicked, if one was.")]
            public double? MillisecondsToClick { get; init; }
        }

        [TelemetryEvent("shop.app_started", Purpose = "Count how often the app starts to size the servers.",
            RetentionDays = 30, Consent = Consent.OptOut, Owner = "team@example.org")]
        public partial struct AppStarted
        {
            [TelemetryField("Whether this is the first start after installation.")]
            public bool FirstRun { get; set; }
        }
        """;

    private const string Program = """
        using System.Text.Json;
        using Governance;
        using Shop.Telemetry;

        var sink = new InMemoryTelemetrySink();
        var client = new TelemetryClient(new TelemetryOptions
        {
            ProductName = "Shop",
            OptOutEnvironmentVariable = "SHOP_TELEMETRY_OPTOUT",
            Sinks = { sink },
        });

        client.SetContext(new ShopContext { Os = "Linux", SessionId = "session-42" });
        client.Track(new AppStarted { FirstRun = true });
        client.Track(new SearchRun { ResultCount = 12, Source = SearchSource.Suggestion, MillisecondsToClick = 850.5 });
        Console.WriteLine("before-opt-in " + sink.Events.Count);

        client.OptIn();
        client.Track(new SearchRun { ResultCount = 12, Source = SearchSource.Suggestion, MillisecondsToClick = 850.5 });
        Console.WriteLine("after-opt-in " + sink.Events.Count);
        client.Track(new CartViewed
        {
            Categories = ["books", "games"],
            ItemsByTier = new Dictionary<Tier, int> { [Tier.Pro] = 1, [Tier.Free] = 2 },
            DiscountKind = null,
            SavedCartLabel = "Ada's birthday",
            Template = "weekly-groceries",
        });

        foreach (var recorded in sink.Events)
        {
            if (recorded.Name == "Shop/CartViewed")
            {
                Console.WriteLine("CART " + string.Join(" ", recorded.Fields.Select(f => f.Key + "=" + Show(f.Value))));
                continue;
            }

            Console.WriteLine("EVENT " + JsonSerializer.Serialize(new { recorded.Name, recorded.Fields }));
        }

        static string Show(object? value) => value switch
        {
            null => "null",
            string text => text,
            KeyValuePair<string, int> entry => entry.Key + ":" + entry.Value,
            System.Collections.IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Show)) + "]",
            _ => value.ToString()!,
        };
        """;

    private readonly PackageFixture _packages;

    public CorePackageTests(PackageFixture packages)
    {
        _packages = packages;
    }

    [Fact]
    public void Pack_produces_one_Governance_package_with_every_component()
    {
        var entries = _packages.PackageEntries("Governance");

        Assert.Contains("lib/netstandard2.0/Governance.dll", entries);
        Assert.Contains("lib/netstandard2.0/Governance.xml", entries);
        Assert.Contains("lib/net8.0/Governance.dll", entries); // for the Unix file-mode API (owner-only consent file)
        Assert.Contains("lib/net8.0/Governance.xml", entries);
        Assert.Single(entries, e => e.EndsWith("/Governance.Generators.dll", StringComparison.Ordinal)); // packed once, not per runtime target
        Assert.Contains("analyzers/dotnet/cs/Governance.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Governance.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Governance.CodeFixes.dll", entries);
        Assert.Contains("tasks/netstandard2.0/Governance.Build.dll", entries);
        Assert.Contains("build/Governance.props", entries);
        Assert.Contains("build/Governance.targets", entries);
        Assert.Contains("buildTransitive/Governance.props", entries);
        Assert.Contains("buildTransitive/Governance.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("CodeAnalysis", StringComparison.Ordinal));

        var nuspec = _packages.PackageFile("Governance", "Governance.nuspec");
        Assert.DoesNotContain("<dependency ", nuspec, StringComparison.Ordinal);
        Assert.Equal(
            new[] { $"Governance.{_packages.Version}.nupkg", $"Governance.OpenTelemetry.{_packages.Version}.nupkg" },
            Directory.GetFiles(_packages.Feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_OpenTelemetry_package_depends_on_Governance_and_the_OpenTelemetry_SDK_only()
    {
        var entries = _packages.PackageEntries("Governance.OpenTelemetry");
        Assert.Contains("lib/netstandard2.0/Governance.OpenTelemetry.dll", entries);
        Assert.Contains("lib/net8.0/Governance.OpenTelemetry.dll", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith("Governance.dll", StringComparison.Ordinal));

        // The SDK's own dependency groups choose the Microsoft.Extensions versions (8.0.0 for .NET 8 applications):
        // the package pins none of them, so applications unify upward.
        var nuspec = _packages.PackageFile("Governance.OpenTelemetry", "Governance.OpenTelemetry.nuspec");
        var dependencies = Regex.Matches(nuspec, "<dependency id=\"([^\"]+)\" version=\"([^\"]+)\"").Select(m => m.Groups[1].Value + " " + m.Groups[2].Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(new[] { $"Governance {_packages.Version}", "OpenTelemetry 1.20.1" }, dependencies);
    }

    [Fact]
    public void A_fresh_consumer_builds_cleanly_tracks_with_consent_and_gets_its_documents()
    {
        var consumer = _packages.CreateConsumer("Shop")
            .WithProjectFile(extraProperties: "<GovernanceDocsDirectory>docs</GovernanceDocsDirectory>")
            .WriteFile(".editorconfig", "root = true\n[*.cs]\ngovernance.event_name_pattern = [a-z]+([.][a-z_]+)+|[A-Z][A-Za-z]*/[A-Z][A-Za-z]*\n")
            .WriteFile("Telemetry.cs", Events)
            .WriteFile("Program.cs", Program);

        // A reviewed project has its baseline: the first build records it (and reports nothing while it does).
        var build = consumer.Build("-p:GovernanceUpdateBaseline=true");
        build.AssertSucceeded();
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "telemetry.reviewed.json")));
        Assert.True(build.Diagnostics.Count == 0, "The build reported:\n" + string.Join("\n", build.Diagnostics.Select(d => d.Line)));
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);

        // Before any decision (and with no notice shown) nothing is sent; after OptIn() the opt-in event arrives, its
        // fields under snake_case wire names.
        var run = consumer.Run().AssertSucceeded();
        Assert.Contains("before-opt-in 0", run.Output, StringComparison.Ordinal);
        Assert.Contains("after-opt-in 1", run.Output, StringComparison.Ordinal);
        var recorded = Assert.Single(run.Output.Split('\n').Where(l => l.StartsWith("EVENT ", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l[6..]).RootElement));
        Assert.Equal("shop.search_run", recorded.GetProperty("Name").GetString());
        var search = recorded.GetProperty("Fields");
        Assert.Equal(12, search.GetProperty("result_count").GetInt32());
        Assert.Equal("Suggestion", search.GetProperty("source").GetString());
        Assert.Equal(850.5, search.GetProperty("milliseconds_to_click").GetDouble());

        // The common context comes with every event, its identifier hashed; the cart event sends exactly its fields:
        // the context's first, the list as given, the map in the key enum's order, the null left out, the label hashed
        // with the installation's key, the template with plain SHA-256 (the same hash on every installation).
        Assert.Equal("Linux", search.GetProperty("os").GetString());
        Assert.Matches("^[0-9a-f]{64}$", search.GetProperty("session_id").GetString());
        var cart = Assert.Single(run.Output.Split('\n'), l => l.StartsWith("CART ", StringComparison.Ordinal)).TrimEnd('\r');
        var sessionId = search.GetProperty("session_id").GetString();
        var hashedLabel = Regex.Match(cart, "saved_cart_label=([0-9a-f]{64}) ");
        Assert.True(hashedLabel.Success, cart);
        var hashedTemplate = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("weekly-groceries")));
        Assert.Equal($"CART os=Linux session_id={sessionId} categories=[books,games] items_by_tier=[Free:2,Pro:1] saved_cart_label={hashedLabel.Groups[1].Value} template={hashedTemplate}", cart);
        Assert.NotEqual(sessionId, hashedLabel.Groups[1].Value);
        Assert.DoesNotContain("session-42", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("birthday", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("groceries", run.Output, StringComparison.Ordinal);

        // The opt-in was stored: the next run starts opted in and sends both events. DO_NOT_TRACK=1 (or the
        // product's own variable) still means nothing is sent.
        var secondRun = consumer.Run().AssertSucceeded().Output;
        Assert.Contains("before-opt-in 2", secondRun, StringComparison.Ordinal);
        Assert.Contains("after-opt-in 3", secondRun, StringComparison.Ordinal);
        Assert.Contains("\"first_run\":true", secondRun, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(consumer.ConfigDirectory, "Shop", "telemetry.json")));
        foreach (var variable in new[] { "DO_NOT_TRACK", "SHOP_TELEMETRY_OPTOUT" })
        {
            var optedOut = consumer.Run(new Dictionary<string, string?> { [variable] = "1" }).AssertSucceeded();
            Assert.Contains("before-opt-in 0", optedOut.Output, StringComparison.Ordinal);
            Assert.Contains("after-opt-in 0", optedOut.Output, StringComparison.Ordinal);
        }

        // The manifest next to the assembly: valid against the schema, keys as in the contract.
        var json = consumer.ReadOutput("telemetry-manifest.json");
        Assert.Empty(ManifestSchema.Validate(json));
        using var manifest = JsonDocument.Parse(json);
        var searchManifest = manifest.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "shop.search_run");
        Assert.Equal(90, searchManifest.GetProperty("retentionDays").GetInt32());
        Assert.Equal("optIn", searchManifest.GetProperty("consent").GetString());
        Assert.Equal(new[] { "result_count", "source", "milliseconds_to_click" }, searchManifest.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var context = manifest.RootElement.GetProperty("context").GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(new[] { "os", "session_id" }, context.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("identifier", context[1].GetProperty("dataClass").GetString());
        var cartFields = manifest.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Shop/CartViewed")
            .GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal("list", cartFields["categories"].GetProperty("shape").GetString());
        Assert.Equal(new[] { "Free", "Plus", "Pro" }, cartFields["items_by_tier"].GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        Assert.True(cartFields["discount_kind"].GetProperty("omitWhenNull").GetBoolean());
        Assert.Equal("keyed", cartFields["saved_cart_label"].GetProperty("hashing").GetString());
        Assert.Equal("withoutKey", cartFields["template"].GetProperty("hashing").GetString());

        // The privacy document states each event's purpose, retention, consent, access and fields.
        var privacy = consumer.ReadOutput("telemetry-privacy.md");
        Assert.Contains("Learn whether search results help people find what they look for.", privacy, StringComparison.Ordinal);
        Assert.Contains("90 days", privacy, StringComparison.Ordinal);
        Assert.Contains("30 days", privacy, StringComparison.Ordinal);
        Assert.Contains("opt-in: sent only after you have agreed to it.", privacy, StringComparison.Ordinal);
        Assert.Contains("opt-out: sent unless you turn telemetry off.", privacy, StringComparison.Ordinal);
        Assert.Contains("the team that makes the product", privacy, StringComparison.Ordinal);
        Assert.Contains("| result_count | whole number | Technical | Number of results shown, from 0 to 100. |", privacy, StringComparison.Ordinal);

        // The same document as a web page, written by the package's targets by default.
        var page = consumer.ReadOutput("telemetry-privacy.html");
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<td>Number of results shown, from 0 to 100.</td>", page, StringComparison.Ordinal);

        // $(GovernanceDocsDirectory) gets the same files.
        Assert.Equal(json, File.ReadAllText(Path.Combine(consumer.Directory, "docs", "telemetry-manifest.json")));
        Assert.Equal(privacy, File.ReadAllText(Path.Combine(consumer.Directory, "docs", "telemetry-privacy.md")));
        Assert.Equal(page, File.ReadAllText(Path.Combine(consumer.Directory, "docs", "telemetry-privacy.html")));

        // A rebuild with nothing changed leaves the files untouched.
        var written = File.GetLastWriteTimeUtc(Path.Combine(consumer.OutputDirectory, "telemetry-manifest.json"));
        var docsWritten = File.GetLastWriteTimeUtc(Path.Combine(consumer.Directory, "docs", "telemetry-privacy.md"));
        Thread.Sleep(1100);
        var rebuild = consumer.Build().AssertSucceeded();
        Assert.True(rebuild.Diagnostics.Count == 0, "The rebuild reported:\n" + string.Join("\n", rebuild.Diagnostics.Select(d => d.Line)));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(consumer.OutputDirectory, "telemetry-manifest.json")));
        Assert.Equal(docsWritten, File.GetLastWriteTimeUtc(Path.Combine(consumer.Directory, "docs", "telemetry-privacy.md")));

        // The next one (the same options as the last) skips the documents task, its inputs unchanged; yet a document
        // deleted by hand, or another documentation directory, is written again without compiling anything.
        var noOpLog = Path.Combine(consumer.Directory, "no-op.log");
        consumer.Build("-fileLogger", "-fileLoggerParameters:Verbosity=normal;LogFile=" + noOpLog).AssertSucceeded();
        Assert.Contains("Skipping target \"GovernanceWriteTelemetryDocuments\" because all output files are up-to-date", File.ReadAllText(noOpLog), StringComparison.Ordinal);
        File.Delete(Path.Combine(consumer.Directory, "docs", "telemetry-privacy.md"));
        consumer.Build().AssertSucceeded();
        Assert.Equal(privacy, File.ReadAllText(Path.Combine(consumer.Directory, "docs", "telemetry-privacy.md")));
        consumer.Build("-p:GovernanceDocsDirectory=other-docs").AssertSucceeded();
        Assert.Equal(json, File.ReadAllText(Path.Combine(consumer.Directory, "other-docs", "telemetry-manifest.json")));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(consumer.OutputDirectory, "telemetry-manifest.json")));
    }
}
