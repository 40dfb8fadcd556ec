using System;
using System.Linq;
using Governance.Generators.Tests.Infrastructure;
using Xunit;

namespace Governance.Generators.Tests;

/// <summary>
/// Enum values are sent by member name through one method per enum type for the whole assembly (issue 17: emit less),
/// not one per event that sends it. (An enum the assembly cannot name outside the event keeps a method of the event's own.)
/// </summary>
public sealed class SharedEnumNameTests
{
    private const string Events = """
        using Governance;
        namespace Shop
        {
            public enum Outcome { Done, Failed }

            [TelemetryEvent("shop.order_placed", Purpose = "Count orders to size the servers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial class OrderPlaced
            {
                [TelemetryField("How it ended.")] public Outcome Outcome { get; set; }
                [TelemetryField("How the last attempt ended.")] public Outcome? LastOutcome { get; set; }
                [TelemetryField("How it was paid.")] public PaymentKind Payment { get; set; }

                public enum PaymentKind { Card, Cash }
            }

            [TelemetryEvent("shop.order_failed", Purpose = "Count failed orders to find what breaks.", RetentionDays = 30, Consent = Consent.OptOut)]
            internal partial record OrderFailed
            {
                [TelemetryField("How it ended.")] public Outcome Outcome { get; init; }
                [TelemetryField("Which step failed.")] public StepKind Step { get; init; }

                internal enum StepKind { Pay, Ship }
            }
        }
        """;

    [Fact]
    public void An_enum_type_the_assembly_can_name_has_one_method_for_every_event_that_sends_it()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(Events)).AssertClean();

        var shared = outcome.Sources["Governance.TelemetryEnumNames.g.cs"];
        Assert.Equal(1, Count(shared, "NameOf(global::Shop.Outcome value)"));
        Assert.Equal(1, Count(shared, "NameOf(global::Shop.OrderPlaced.PaymentKind value)"));
        Assert.Equal(1, Count(shared, "NameOf(global::Shop.OrderFailed.StepKind value)"));
        Assert.Equal(1, Count(shared, "case global::Shop.Outcome.Done: return \"Done\";"));

        var placed = outcome.Sources.Single(s => s.Key.EndsWith("OrderPlaced.g.cs", StringComparison.Ordinal)).Value;
        Assert.Equal(3, Count(placed, "global::Governance.TelemetryEnumNames_Consumer.NameOf("));
        Assert.DoesNotContain("switch (value)", placed, StringComparison.Ordinal);

        var failed = outcome.Sources.Single(s => s.Key.EndsWith("OrderFailed.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("global::Governance.TelemetryEnumNames_Consumer.NameOf(this.Outcome)", failed, StringComparison.Ordinal);
        Assert.Contains("global::Governance.TelemetryEnumNames_Consumer.NameOf(this.Step)", failed, StringComparison.Ordinal);
        Assert.DoesNotContain("switch (value)", failed, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_type_only_the_event_can_name_gets_a_local_function_of_its_field_writer()
    {
        // An enum nested in a generic type is not given to the assembly's shared class, and the event's type gains no
        // member for it: the switch is a local function of the generated WriteFields.
        const string source = """
            using Governance;
            namespace Shop
            {
                public static class Pipeline<T>
                {
                    public enum Stage { Queued, Running, Done }
                }

                [TelemetryEvent("shop.job_ran", Purpose = "Count jobs by stage to find where they stop.", RetentionDays = 30, Consent = Consent.OptOut)]
                public partial class JobRan
                {
                    [TelemetryField("The stage reached.")] public Pipeline<int>.Stage Reached { get; set; }
                    [TelemetryField("The stage it started at.")] public Pipeline<int>.Stage? StartedAt { get; set; }
                }
            }
            """;
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(source)).AssertClean();

        var generated = outcome.Sources.Single(s => s.Key.EndsWith("JobRan.g.cs", StringComparison.Ordinal)).Value;
        Assert.Equal(1, Count(generated, "string NameOf0(global::Shop.Pipeline<int>.Stage value)"));
        Assert.Equal(0, Count(generated, "static string NameOf0"));
        Assert.Equal(2, Count(generated, "NameOf0(this.") + Count(generated, "NameOf0(value1"));
        Assert.DoesNotContain("Governance.TelemetryEnumNames.g.cs", outcome.Sources.Keys);
        var type = outcome.Output.GetTypeByMetadataName("Shop.JobRan")!;
        Assert.Empty(type.GetMembers("NameOf0"));
    }

    [Fact]
    public void Events_without_enums_get_no_shared_file()
    {
        const string source = """
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
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(source)).AssertClean();

        Assert.DoesNotContain("Governance.TelemetryEnumNames.g.cs", outcome.Sources.Keys);
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
