using System.Globalization;
using System.Text.Json;
using Governance.Generators.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.Generators.Tests;

/// <summary>The manifest: valid against the published schema, keys as in the public contract, ordered, deterministic.</summary>
public sealed class ManifestTests
{
    private const string Events = """
        using System;
        using Governance;
        namespace Shop;

        public enum PaymentMethod { Card, Invoice }

        [TelemetryEvent("shop.checkout_completed", Purpose = "Measure how many checkouts complete to find drop-off.",
            RetentionDays = 180, Consent = Consent.OptIn, Access = DataAccess.Organization, Owner = "shop@example.org", Expires = "2027-01-31")]
        public partial record CheckoutCompleted
        {
            [TelemetryField("Number of items in the basket.")] public int ItemCount { get; init; }
            [TelemetryField("How the customer paid.", DataClass = DataClass.Interaction)] public PaymentMethod Method { get; init; }
            [TelemetryField("Pseudonymous customer id.", DataClass = DataClass.Identifier)] public string CustomerId { get; init; } = "";
        }

        [TelemetryEvent("shop.app_started", Purpose = "Count how often the app starts to size the servers.",
            RetentionDays = 30, Consent = Consent.OptOut)]
        public partial record AppStarted;
        """;

    [Fact]
    public void Manifest_is_valid_against_the_published_schema()
    {
        var errors = ManifestSchema.Validate(ManifestJson(GeneratorHarness.Compile(Events)));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("\"purpose\"", "\"why\"")]
    [InlineData("\"optIn\"", "\"maybe\"")]
    [InlineData("\"retentionDays\": 180", "\"retentionDays\": \"180\"")]
    [InlineData("\"dataClass\": \"identifier\"", "\"dataClass\": \"secret\"")]
    public void Schema_rejects_a_manifest_that_breaks_the_contract(string original, string broken)
    {
        var json = ManifestJson(GeneratorHarness.Compile(Events));
        Assert.Contains(original, json, StringComparison.Ordinal);

        Assert.NotEmpty(ManifestSchema.Validate(json.Replace(original, broken, StringComparison.Ordinal)));
    }

    [Fact]
    public void Manifest_uses_the_contract_keys_and_orders_events_by_name()
    {
        using var document = JsonDocument.Parse(ManifestJson(GeneratorHarness.Compile(Events)));
        var events = document.RootElement.GetProperty("events");

        Assert.Equal(new[] { "shop.app_started", "shop.checkout_completed" }, events.EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        var checkout = events[1];
        Assert.Equal("Measure how many checkouts complete to find drop-off.", checkout.GetProperty("purpose").GetString());
        Assert.Equal(180, checkout.GetProperty("retentionDays").GetInt32());
        Assert.Equal("optIn", checkout.GetProperty("consent").GetString());
        Assert.Equal("organization", checkout.GetProperty("access").GetString());
        Assert.Equal("shop@example.org", checkout.GetProperty("owner").GetString());
        Assert.Equal("2027-01-31", checkout.GetProperty("expires").GetString());
        var fields = checkout.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(new[] { "item_count", "method", "customer_id" }, fields.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(new[] { "int", "PaymentMethod", "string" }, fields.Select(f => f.GetProperty("type").GetString()));
        Assert.Equal(new[] { "technical", "interaction", "identifier" }, fields.Select(f => f.GetProperty("dataClass").GetString()));
        Assert.Equal("Number of items in the basket.", fields[0].GetProperty("description").GetString());
        Assert.Equal(new[] { "Card", "Invoice" }, fields[1].GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(JsonValueKind.Null, events[0].GetProperty("owner").ValueKind);
    }

    [Fact]
    public void Privacy_document_states_purpose_retention_consent_access_and_fields()
    {
        var markdown = Snapshot.PrivacyDocument(ManifestSource(GeneratorHarness.Compile(Events)));

        Assert.Contains("### shop.checkout\\_completed", markdown.Replace("checkout_completed", "checkout\\_completed", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Measure how many checkouts complete to find drop-off.", markdown, StringComparison.Ordinal);
        Assert.Contains("180 days", markdown, StringComparison.Ordinal);
        Assert.Contains("opt-in", markdown, StringComparison.Ordinal);
        Assert.Contains("anyone in the organisation", markdown, StringComparison.Ordinal);
        Assert.Contains("| customer_id | keyed hash of text | Identifier | Pseudonymous customer id. |", markdown, StringComparison.Ordinal);
        Assert.Contains("only the fact that it happened is sent", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_identical_whatever_the_file_order_culture_and_line_endings()
    {
        var files = new[]
        {
            ("/src/a/Checkout.cs", Events),
            ("/src/b/More.cs", """
                using Governance;
                namespace Shop;
                [TelemetryEvent("shop.search_run", Purpose = "Learn whether search results help people find items.", RetentionDays = 90, Consent = Consent.OptOut)]
                public partial class SearchRun
                {
                    [TelemetryField("Number of results shown, from 0 to 100.")] public int ResultCount { get; set; }
                    [TelemetryField("Seconds until the first click, if any.")] public double? SecondsToClick { get; set; }
                }
                """),
            ("/src/c/Partial.cs", """
                using Governance;
                namespace Shop;
                public partial class SearchRun
                {
                    [TelemetryField("Whether filters were used.")] public bool UsedFilters { get; set; }
                }
                """),
        };

        var reference = GenerateAll(files, CultureInfo.InvariantCulture);
        foreach (var culture in new[] { "tr-TR", "ar-SA", "de-DE", "ja-JP" })
        {
            Assert.Equal(reference, GenerateAll(files.Reverse().ToArray(), CultureInfo.GetCultureInfo(culture)));
            Assert.Equal(reference, GenerateAll(files.Select(f => (f.Item1, f.Item2.ReplaceLineEndings("\r\n"))).ToArray(), CultureInfo.GetCultureInfo(culture)));
        }

        Assert.Equal(reference, GenerateAll(new[] { files[2], files[0], files[1] }, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Generated_code_compiles_as_CSharp_8_with_omitted_nulls_hashed_lists_and_a_context()
    {
        // The generator supports C# 8 consumers (no module initializer there): every construct it writes must too.
        const string csharp8 = """
            using System.Collections.Generic;
            using Governance;
            namespace Shop
            {
                [TelemetryContext]
                public partial class ShopContext
                {
                    [TelemetryField("The shop's region, when known.", OmitWhenNull = true)] public string? Region { get; set; }
                    [TelemetryField("Names of the feature flags set.", HashWithoutKey = true)] public IReadOnlyList<string>? Flags { get; set; }
                    [TelemetryField("Labels of the session, hashed.", Pseudonymize = true)] public IReadOnlyList<string>? Labels { get; set; }
                }

                [TelemetryEvent("shop.cart_viewed", Purpose = "Count how often carts are viewed to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
                public partial class CartViewed
                {
                    [TelemetryField("The coupon applied, when one was.", OmitWhenNull = true)] public string? Coupon { get; set; }
                    [TelemetryField("Identifiers of the items, hashed.", Pseudonymize = true)] public IReadOnlyList<string>? Items { get; set; }
                    [TelemetryField("How many items, when counted.", OmitWhenNull = true)] public int? Count { get; set; }
                }
            }
            """;
        GeneratorHarness.Run(GeneratorHarness.Compile(csharp8).RemoveAllSyntaxTrees()
            .AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(csharp8, GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8)))).AssertClean();
    }

    [Fact]
    public void The_manifest_registers_itself_only_where_module_initializers_exist()
    {
        const string csharp8 = """
            using Governance;
            namespace Shop
            {
                [TelemetryEvent("shop.app_started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
                public partial class AppStarted
                {
                    [TelemetryField("Whether this is the first start.")] public bool FirstRun { get; set; }
                }
            }
            """;
        var modern = ManifestSource(GeneratorHarness.Compile(csharp8));
        var old = GeneratorHarness.Run(GeneratorHarness.Compile(csharp8).RemoveAllSyntaxTrees()
            .AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(csharp8, GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8)))).AssertClean();

        Assert.Contains("[global::System.Runtime.CompilerServices.ModuleInitializer]", modern, StringComparison.Ordinal);
        var oldManifest = old.Sources["Governance.TelemetryManifest.g.cs"];
        Assert.DoesNotContain("ModuleInitializer", oldManifest, StringComparison.Ordinal);
        Assert.Contains("internal static void Register()", oldManifest, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> GenerateAll((string, string)[] files, CultureInfo culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(files)).AssertClean();
            return outcome.Sources.Select(s => s.Key + "\n" + s.Value).ToList();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static string ManifestSource(Microsoft.CodeAnalysis.Compilation compilation) =>
        GeneratorHarness.Run(compilation).AssertClean().Sources["Governance.TelemetryManifest.g.cs"];

    private static string ManifestJson(Microsoft.CodeAnalysis.Compilation compilation) => Snapshot.IndentedManifest(ManifestSource(compilation));
}
