using Microsoft.CodeAnalysis;
using Governance.Generators.Tests.Infrastructure;

namespace Governance.Generators.Tests;

/// <summary>
/// Declarations the generator cannot implement (or that are half typed) are skipped quietly: no exception, no
/// diagnostic from the generator, no broken output. The analyzers explain what is wrong; every other event in the
/// compilation is still generated.
/// </summary>
public sealed class SkippedDeclarationTests
{
    private const string GoodEvent = """
        using Governance;
        namespace App;
        [TelemetryEvent("app.good", Purpose = "A correct event that must always be generated.", RetentionDays = 30, Consent = Consent.OptOut)]
        public partial record Good
        {
            [TelemetryField("A number.")] public int Number { get; init; }
        }
        """;

    public static TheoryData<string, string> Unimplementable => new()
    {
        { "not partial", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public record Bad { }" },
        { "generic", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial record Bad<T> { public T? Value { get; init; } }" },
        { "containing type not partial", "public class Outer { [TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial record Bad { } }" },
        { "containing type generic", "public partial class Outer<T> { [TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial record Bad { } }" },
        { "private nested", "public partial class Outer { [TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] private partial record Bad { } }" },
        { "protected nested", "public partial class Outer { [TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] protected partial record Bad { } }" },
        { "static class", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public static partial class Bad { }" },
        { "ref struct", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public ref partial struct Bad { }" },
        { "file-local", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] file partial class Bad { }" },
        { "interface", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial interface Bad { }" },
        { "reserved member", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial class Bad { public static int TelemetryDescriptor => 1; }" },
        { "reserved nested type", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial class Bad { public struct TelemetryDescriptor { } }" },
        { "reserved method", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial class Bad { public void TelemetryDescriptor() { } }" },
        { "own event implementation", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial class Bad : ITelemetryEvent { [TelemetryIgnore] public TelemetryEventDescriptor Descriptor => null!; void ITelemetryEvent.WriteFields(TelemetryFieldWriter writer, TelemetryClient client) { } }" },
        { "named like a generated member", "public static partial class Bad { [TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial record TelemetryDescriptor { } }" },
    };

    public static TheoryData<string, string> HalfTyped => new()
    {
        { "missing name", "[TelemetryEvent(Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial record Bad { }" },
        { "name of wrong type", "[TelemetryEvent(42, Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial record Bad { }" },
        { "retention of wrong type", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = \"90\", Consent = Consent.OptIn)] public partial record Bad { }" },
        { "purpose of wrong type", "[TelemetryEvent(\"app.bad\", Purpose = 7, RetentionDays = 1, Consent = Consent.OptIn)] public partial record Bad { }" },
        { "unknown consent member", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.Maybe)] public partial record Bad { }" },
        { "out-of-range consent", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = (Consent)9)] public partial record Bad { }" },
        { "unknown named argument", "[TelemetryEvent(\"app.bad\", Colour = \"red\")] public partial record Bad { }" },
        { "unterminated attribute", "[TelemetryEvent(\"app.bad\", Purpose = \"p\" public partial record Bad { }" },
        { "field of unknown type", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial record Bad { [TelemetryField(\"x\")] public Missing Value { get; init; } }" },
        { "field description of wrong type", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial record Bad { [TelemetryField(3)] public int Value { get; init; } }" },
        { "field attribute without arguments", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial record Bad { [TelemetryField] public int Value { get; init; } }" },
        { "property without type", "[TelemetryEvent(\"app.bad\", Purpose = \"p\", RetentionDays = 1, Consent = Consent.OptIn)] public partial record Bad { public Value { get; init; } }" },
    };

    [Theory]
    [MemberData(nameof(Unimplementable))]
    public void Unimplementable_declarations_are_skipped_and_the_rest_is_generated(string why, string declaration)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(GoodEvent, "using Governance;\nnamespace App;\n" + declaration));

        Assert.Null(outcome.Result.Exception);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.DoesNotContain(outcome.Sources.Keys, hint => hint.Contains("Bad", StringComparison.Ordinal));
        Assert.Contains("Governance.App.Good.g.cs", outcome.Sources.Keys);
        Assert.True(outcome.Sources.ContainsKey("Governance.TelemetryManifest.g.cs"), why);
        AssertGeneratedTreesCompile(outcome);
    }

    [Theory]
    [MemberData(nameof(HalfTyped))]
    public void Half_typed_declarations_never_break_the_generator(string why, string declaration)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(GoodEvent, "using Governance;\nnamespace App;\n" + declaration));

        Assert.Null(outcome.Result.Exception);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Contains("Governance.App.Good.g.cs", outcome.Sources.Keys);
        Assert.True(outcome.Sources.Count >= 2, why);
        AssertGeneratedTreesCompile(outcome);
    }

    [Fact]
    public void A_type_marked_twice_on_two_parts_yields_one_file_and_no_crash()
    {
        var part = "using Governance;\nnamespace App;\n[TelemetryEvent(\"app.twice\", Purpose = \"A type marked on two of its parts.\", RetentionDays = 1, Consent = Consent.OptIn)] public partial record Twice;";
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(part, part, GoodEvent));

        Assert.Null(outcome.Result.Exception);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Single(outcome.Sources.Keys, hint => hint.Contains("Twice", StringComparison.Ordinal));
        AssertGeneratedTreesCompile(outcome);
    }

    [Fact]
    public void A_nested_type_and_a_namespace_of_the_same_dotted_name_get_different_files()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile("""
            using Governance;
            namespace App.Outer
            {
                [TelemetryEvent("app.in_namespace", Purpose = "An event in a namespace called Outer.", RetentionDays = 1, Consent = Consent.OptIn)]
                public partial record Inner;
            }
            namespace App
            {
                public partial class Outer2
                {
                    [TelemetryEvent("app.nested", Purpose = "An event nested in a type called Outer2.", RetentionDays = 1, Consent = Consent.OptIn)]
                    public partial record Inner;
                }
            }
            """));

        Assert.Null(outcome.Result.Exception);
        Assert.Contains("Governance.App.Outer.Inner.g.cs", outcome.Sources.Keys);
        Assert.Contains("Governance.App.Outer2+Inner.g.cs", outcome.Sources.Keys);
    }

    [Fact]
    public void Fields_of_unsupported_types_are_left_out_and_the_event_still_compiles()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile("""
            using System;
            using System.Collections.Generic;
            using Governance;
            namespace App;
            [TelemetryEvent("app.mixed", Purpose = "Mix supported and unsupported field types.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial class Mixed
            {
                [TelemetryField("Kept.")] public int Kept { get; set; }
                [TelemetryField("Dropped: can hold anything.")] public object? Anything { get; set; }
                [TelemetryField("Dropped: unbounded.")] public List<string> Items { get; set; } = new();
                [TelemetryField("Dropped: carries user paths.")] public Exception? Error { get; set; }
            }
            """)).AssertClean();

        var json = Snapshot.CompiledManifest(outcome.Sources["Governance.TelemetryManifest.g.cs"]);
        Assert.Contains("\"kept\"", json);
        Assert.DoesNotContain("\"anything\"", json);
        Assert.DoesNotContain("\"items\"", json);
        Assert.DoesNotContain("\"error\"", json);
    }

    /// <summary>Generated files must parse and bind cleanly even when the user's code around them does not.</summary>
    private static void AssertGeneratedTreesCompile(GeneratorOutcome outcome)
    {
        var generatedTrees = outcome.Output.SyntaxTrees.Where(t => t.FilePath.Contains("Governance.Generators", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(generatedTrees);
        foreach (var tree in generatedTrees)
        {
            Assert.Empty(tree.GetDiagnostics());
            var problems = outcome.Output.GetSemanticModel(tree).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
