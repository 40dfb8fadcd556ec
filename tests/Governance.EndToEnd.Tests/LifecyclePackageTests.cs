using Governance.EndToEnd.Tests.Infrastructure;

namespace Governance.EndToEnd.Tests;

/// <summary>
/// Expiry, retention policy and the reviewed baseline, as a team meets them in a real build: the date is pinned in
/// .editorconfig, the policy too, and the baseline is created, checked and updated by dotnet build.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LifecyclePackageTests
{
    private const string Policy = """
        root = true

        [*.cs]
        governance.today = 2026-06-01
        governance.max_retention_days = 180
        """;

    private static string Events(string expires, int retention, string durationClass) => $$"""
        using Governance;

        namespace Lifecycle;

        [TelemetryEvent("lifecycle.preview_tried", Purpose = "Learn whether people try the preview while it lasts.",
            RetentionDays = 30, Consent = Consent.OptOut, Owner = "preview-team@example.org", Expires = "{{expires}}")]
        public partial record PreviewTried
        {
            [TelemetryField("How long the preview stayed open, in seconds.", DataClass = DataClass.{{durationClass}})]
            public int DurationSeconds { get; init; }
        }

        [TelemetryEvent("lifecycle.report_exported", Purpose = "Learn which report formats people export, to keep the useful ones.",
            RetentionDays = {{retention}}, Consent = Consent.OptOut, Owner = "reports-team@example.org")]
        public partial record ReportExported
        {
            [TelemetryField("The export format, such as pdf or csv.", DataClass = DataClass.Interaction)]
            public string Format { get; init; } = "";
        }
        """;

    private readonly PackageFixture _packages;

    public LifecyclePackageTests(PackageFixture packages)
    {
        _packages = packages;
    }

    [Fact]
    public void Expiry_retention_and_the_reviewed_baseline_work_in_a_real_build()
    {
        var consumer = _packages.CreateConsumer("Lifecycle")
            .WithProjectFile(outputType: "Library")
            .WriteFile(".editorconfig", Policy)
            .WriteFile("Events.cs", Events("2026-05-31", 365, "Technical"));

        // An event that expired yesterday (by the pinned date) and retention over the policy fail the build.
        var failing = consumer.Build();
        Assert.NotEqual(0, failing.ExitCode);
        Assert.Contains(failing.Diagnostics, d => d.Id == "GOV020" && d.Severity == "error" && d.Message.StartsWith("Event 'lifecycle.preview_tried' expired on 2026-05-31", StringComparison.Ordinal));
        Assert.Contains(failing.Diagnostics, d => d.Id == "GOV022" && d.Severity == "error" && d.Message.StartsWith("Event 'lifecycle.report_exported' keeps data for 365 days, longer than the policy's 180", StringComparison.Ordinal));

        // Inside the horizon and the policy it builds; without a baseline, every event is an unreviewed change.
        consumer.WriteFile("Events.cs", Events("2026-09-01", 180, "Technical"));
        var unreviewed = consumer.Build().AssertSucceeded();
        Assert.Equal(
            new[] { "lifecycle.preview_tried", "lifecycle.report_exported" },
            unreviewed.Diagnostics.Where(d => d.Id == "GOV030").Select(d => d.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.All(unreviewed.Diagnostics, d => Assert.Equal("GOV030", d.Id));

        // The update build writes the baseline; the next build has nothing to report.
        consumer.Build("-p:GovernanceUpdateBaseline=true").AssertSucceeded();
        var baseline = File.ReadAllText(Path.Combine(consumer.Directory, "telemetry.reviewed.json"));
        Assert.Contains("\"name\": \"lifecycle.preview_tried\"", baseline, StringComparison.Ordinal);
        Assert.Contains("This build updated telemetry.reviewed.json", consumer.ReadOutput("telemetry-changes.md"), StringComparison.Ordinal);
        var reviewed = consumer.Build().AssertSucceeded();
        Assert.True(reviewed.Diagnostics.Count == 0, string.Join("\n", reviewed.Diagnostics.Select(d => d.Line)));
        Assert.Contains("No telemetry changes", consumer.ReadOutput("telemetry-changes.md"), StringComparison.Ordinal);

        // Changing one field's data class is exactly one GOV030 naming the field and both classes, and the changes
        // document lists it.
        consumer.WriteFile("Events.cs", Events("2026-09-01", 180, "Interaction"));
        var changed = consumer.Build().AssertSucceeded();
        var change = Assert.Single(changed.Diagnostics);
        Assert.Equal("GOV030", change.Id);
        Assert.StartsWith("Telemetry change not yet reviewed: field 'duration_seconds' of 'lifecycle.preview_tried' changed data class technical → interaction", change.Message, StringComparison.Ordinal);
        Assert.Contains("1 change against the reviewed baseline", consumer.ReadOutput("telemetry-changes.md"), StringComparison.Ordinal);
        Assert.Contains("- Field 'duration_seconds' of 'lifecycle.preview_tried' changed data class technical → interaction", consumer.ReadOutput("telemetry-changes.md"), StringComparison.Ordinal);
        Assert.Equal(baseline, File.ReadAllText(Path.Combine(consumer.Directory, "telemetry.reviewed.json")));
    }
}
