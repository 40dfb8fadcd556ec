using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Baseline;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Manifest;
using Governance.Generators.Tests.Infrastructure;

namespace Governance.Generators.Tests;

/// <summary>
/// A reviewed event reaches the comparison two ways: the analyzers build it from the declaration's spec, the build task
/// from the manifest the generator compiled into the assembly. Both must give the same event, or GOV030 and
/// telemetry-changes.md would disagree about what changed.
/// </summary>
public sealed class ReviewedEventTests
{
    private const string Events = """
        using Governance;
        namespace Shop;

        public enum PaymentMethod { Card, Invoice }

        [TelemetryEvent("shop.checkout_completed", Purpose = "Measure how many checkouts complete to find drop-off.",
            RetentionDays = 180, Consent = Consent.OptOut, Access = DataAccess.Restricted)]
        public partial record CheckoutCompleted
        {
            [TelemetryField("Number of items in the basket.")] public int ItemCount { get; init; }
            [TelemetryField("How the customer paid.", DataClass = DataClass.Interaction, Name = "payment")] public PaymentMethod Method { get; init; }
            [TelemetryField("Pseudonymous customer id.", DataClass = DataClass.Identifier)] public string CustomerId { get; init; } = "";
            [TelemetryField("The delivery town.", DataClass = DataClass.Personal)] public string Town { get; init; } = "";
            [TelemetryIgnore] public string? Note { get; init; }
        }

        [TelemetryEvent("shop.app_started", Purpose = "Count how often the app starts to size the servers.",
            RetentionDays = 30, Consent = Consent.OptOut, Access = DataAccess.Public)]
        public partial record AppStarted;
        """;

    [Fact]
    public void The_compiled_manifest_reads_back_as_the_reviewed_events_built_from_the_specs()
    {
        var compilation = GeneratorHarness.Compile(Events);
        var manifest = ManifestJsonReader.Read(Snapshot.CompiledManifest(GeneratorHarness.Run(compilation).AssertClean().Sources["Governance.TelemetryManifest.g.cs"]));

        var fromManifest = ReviewedEvents.From(manifest);
        var fromSpecs = new[] { "Shop.CheckoutCompleted", "Shop.AppStarted" }.Select(name => ReviewedEvents.From(Spec(compilation, name), "Consumer")).ToList();

        Assert.Equal(new ReviewedBaseline(fromSpecs).Write(), new ReviewedBaseline(fromManifest).Write());
        var checkout = fromManifest.Single(e => e.Name == "shop.checkout_completed");
        Assert.Equal("optIn", checkout.Consent);
        Assert.Null(checkout.Assembly);
        Assert.Equal(new[] { "customer_id", "item_count", "payment", "town" }, checkout.Fields.Select(f => f.Name));
    }

    private static CodeAnalysis.Model.EventSpec Spec(Compilation compilation, string metadataName)
    {
        var type = compilation.GetTypeByMetadataName(metadataName)!;
        return EventSpecBuilder.Build(TelemetryEventReader.Read(type, TelemetryEventReader.FindEventAttribute(type)!, CancellationToken.None))!;
    }
}
