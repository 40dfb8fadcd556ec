using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Governance.Generators.Tests.Infrastructure;

namespace Governance.Generators.Tests;

/// <summary>
/// A netstandard2.0 library compiles as C# 7.3 unless it says otherwise, with no nullable context: what is generated
/// for its events, and the manifest it gets from its references, must compile there too, without a warning. (A context
/// needs C# 8: GOV006 says so, and the generator leaves it alone.)
/// </summary>
public sealed class LanguageVersionTests
{
    [Fact]
    public void A_library_at_the_netstandard_default_of_CSharp_7_3_compiles_its_generated_code_cleanly()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp7_3);
        var compilation = GeneratorHarness.CompileAssembly("Library", [], parseOptions, ("/src/Events.cs", """
            using System;
            using System.Collections.Generic;
            using Governance;

            namespace Contoso.Library
            {
                public enum Mode { Fast, Safe }

                [TelemetryEvent("library.synced", Purpose = "Learn how long synchronisation takes.", RetentionDays = 30, Consent = Consent.OptOut)]
                public partial class Synced
                {
                    [TelemetryField("The mode chosen.", DataClass = DataClass.Interaction)]
                    public Mode Mode { get; set; }

                    [TelemetryField("How long it took, in milliseconds.")]
                    public int DurationMs { get; set; }

                    [TelemetryField("The error code, if any.", OmitWhenNull = true)]
                    public string ErrorCode { get; set; }

                    [TelemetryField("The frameworks targeted.")]
                    public IReadOnlyList<string> Frameworks { get; set; }

                    [TelemetryField("Items per mode.")]
                    public IReadOnlyDictionary<Mode, int> ItemsPerMode { get; set; }

                    [TelemetryField("An optional count.")]
                    public long? Count { get; set; }

                    [TelemetryField("The account, sent as a keyed hash.", DataClass = DataClass.Identifier)]
                    public string AccountId { get; set; }
                }

                [TelemetryEvent("library.tick", Purpose = "Learn how often the timer fires.", RetentionDays = 30, Consent = Consent.OptOut)]
                public partial struct Tick
                {
                    [TelemetryField("The interval, in milliseconds.")]
                    public double IntervalMs { get; set; }
                }

                public static class Calls
                {
                    public static void Send(TelemetryClient client)
                    {
                        client.Track(new Synced { Mode = Mode.Safe, DurationMs = 12 });
                        client.Track(new Tick { IntervalMs = 1.5 });
                    }
                }
            }
            """));
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Disable));

        var outcome = GeneratorHarness.Run(compilation).AssertClean();

        Assert.Contains(outcome.Sources.Keys, name => name.EndsWith("Synced.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain("#nullable", string.Concat(outcome.Sources.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void A_CSharp_7_3_library_without_events_that_references_one_with_events_compiles_cleanly()
    {
        // The package flows to a library's dependants, so a netstandard2.0 library with no events of its own still
        // carries its reference's events in a generated manifest: that file must compile as C# 7.3 too.
        var withEvents = GeneratorHarness.BuildLibrary("Contoso.Storage", [], """
            using Governance;
            namespace Contoso.Storage;
            [TelemetryEvent("storage.compacted", Purpose = "Learn how much space compaction recovers.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Compacted { [TelemetryField("Bytes recovered.")] public long Bytes { get; init; } }
            """);
        var compilation = GeneratorHarness.CompileAssembly("Contoso.Sync", [withEvents], new CSharpParseOptions(LanguageVersion.CSharp7_3), ("/src/Sync.cs", """
            namespace Contoso.Sync
            {
                public static class Syncer
                {
                    public static int Run() => 1;
                }
            }
            """));
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Disable));

        var outcome = GeneratorHarness.Run(compilation).AssertClean();

        Assert.Contains("storage.compacted", string.Concat(outcome.Sources.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_in_a_CSharp_7_3_library_is_left_alone_for_GOV006_to_report()
    {
        var compilation = GeneratorHarness.CompileAssembly("Library", [], new CSharpParseOptions(LanguageVersion.CSharp7_3), ("/src/Context.cs", """
            using Governance;
            namespace Contoso.Library
            {
                [TelemetryContext]
                public partial class RunContext
                {
                    [TelemetryField("The shell, if known.", OmitWhenNull = true)]
                    public string Shell { get; set; }
                }
            }
            """));
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Disable));

        var outcome = GeneratorHarness.Run(compilation).AssertClean();

        Assert.Empty(outcome.Sources);
    }
}
