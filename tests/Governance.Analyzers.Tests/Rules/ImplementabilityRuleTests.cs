using Governance.Analyzers.Tests.Infrastructure;
using Governance.CodeFixes;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class ImplementabilityRuleTests
{
    private const string Attribute = """[TelemetryEvent("app.sample", Purpose = "Count how often the sample happens to size it.", RetentionDays = 30, Consent = Consent.OptIn)]""";

    [Fact]
    public async Task Partial_accessible_types_are_accepted_at_any_nesting()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + $$"""
            public static partial class Telemetry
            {
                internal partial struct Inner
                {
                    {{Attribute}}
                    internal readonly partial record struct Sample;
                }
            }
            """);
    }

    [Fact]
    public async Task A_type_that_is_not_partial_is_reported_and_fixed()
    {
        await FixAsync<TelemetryEventAnalyzer, MakePartialCodeFixProvider>(Usings + $$"""
            {{Attribute}}
            public sealed record {|#0:Sample|};
            """,
            Usings + $$"""
            {{Attribute}}
            public sealed partial record Sample;
            """,
            expected: Diagnostic("GOV006").WithLocation(0).WithMessage("Event type 'Sample' cannot get a generated emitter: it is not partial; add the 'partial' modifier"));
    }

    [Fact]
    public async Task A_type_without_modifiers_keeps_its_comment_when_made_partial()
    {
        await FixAsync<TelemetryEventAnalyzer, MakePartialCodeFixProvider>(Usings + $$"""
            {{Attribute}}
            // The sample event.
            class {|#0:Sample|} { }
            """,
            Usings + $$"""
            {{Attribute}}
            // The sample event.
            partial class Sample { }
            """,
            expected: Diagnostic("GOV006").WithLocation(0));
    }

    [Fact]
    public async Task Containing_types_are_made_partial_too_and_fix_all_composes()
    {
        await FixAsync<TelemetryEventAnalyzer, MakePartialCodeFixProvider>(Usings + """
            public static class Telemetry
            {
                [TelemetryEvent("app.first", Purpose = "Count how often the first thing happens to size it.", RetentionDays = 30, Consent = Consent.OptIn)]
                public partial record {|#0:First|};

                [TelemetryEvent("app.second", Purpose = "Count how often the second thing happens to size it.", RetentionDays = 30, Consent = Consent.OptIn)]
                public record {|#1:Second|};
            }
            """,
            Usings + """
            public static partial class Telemetry
            {
                [TelemetryEvent("app.first", Purpose = "Count how often the first thing happens to size it.", RetentionDays = 30, Consent = Consent.OptIn)]
                public partial record First;

                [TelemetryEvent("app.second", Purpose = "Count how often the second thing happens to size it.", RetentionDays = 30, Consent = Consent.OptIn)]
                public partial record Second;
            }
            """,
            expected: [Diagnostic("GOV006").WithLocation(0).WithArguments("First", "is nested in 'Telemetry', which is not partial; make every containing type partial"),
                       Diagnostic("GOV006").WithLocation(1).WithArguments("Second", "is not partial; add the 'partial' modifier")]);
    }

    [Theory]
    [InlineData("public partial record {|#0:Sample|}<T>;", "Sample", "is generic or nested in a generic type; events cannot have type parameters")]
    [InlineData("public static partial class {|#0:Sample|} { }", "Sample", "is static; an event is a value that is created and sent")]
    [InlineData("public ref partial struct {|#0:Sample|} { }", "Sample", "is a ref struct, which cannot be held by the emitter; make it a struct or a record")]
    [InlineData("file partial class {|#0:Sample|} { }", "Sample", "is file-local; make it internal or public so its emitter can see it")]
    [InlineData("public partial class {|#0:Sample|} { public static int TelemetryDescriptor => 1; }", "Sample", "declares a member named 'TelemetryDescriptor', which the generator adds; rename that member")]
    [InlineData("public partial class {|#0:Sample|} { public struct TelemetryDescriptor { } }", "Sample", "declares a member named 'TelemetryDescriptor', which the generator adds; rename that member")]
    [InlineData("public partial class {|#0:Sample|} : ITelemetryEvent { [TelemetryIgnore] public TelemetryEventDescriptor Descriptor => null!; void ITelemetryEvent.WriteFields(TelemetryFieldWriter writer, TelemetryClient client) { } }", "Sample", "implements 'ITelemetryEvent.WriteFields' itself, which the generator does from the declaration; remove that implementation")]
    [InlineData("public partial class {|#0:Sample|} : ITelemetryEvent { TelemetryEventDescriptor ITelemetryEvent.Descriptor => null!; public void WriteFields(TelemetryFieldWriter writer, TelemetryClient client) { } }", "Sample", "implements 'ITelemetryEvent.Descriptor' itself, which the generator does from the declaration; remove that implementation")]
    [InlineData("public partial class {|#0:TelemetryDescriptor|} { }", "TelemetryDescriptor", "is named 'TelemetryDescriptor', like a member the generator adds to it; rename the type")]
    public async Task Declarations_without_an_obvious_fix_are_reported_without_one(string declaration, string name, string problem)
    {
        await NoFixAsync<TelemetryEventAnalyzer, MakePartialCodeFixProvider>(Usings + Attribute + "\n" + declaration + "\n",
            Diagnostic("GOV006").WithLocation(0).WithArguments(name, problem));
    }

    [Fact]
    public void A_context_compiled_as_CSharp_7_3_is_reported_and_an_event_is_not()
    {
        // netstandard2.0 projects compile as C# 7.3 unless they say otherwise; a context's generated values need C# 8.
        var source = """
            using Governance;
            namespace Contoso.Library
            {
                [TelemetryContext]
                public partial class RunContext
                {
                    [TelemetryField("The shell, if known.", OmitWhenNull = true)]
                    public string Shell { get; set; }
                }

                [TelemetryEvent("library.synced", Purpose = "Learn how long synchronisation takes.", RetentionDays = 30, Consent = Consent.OptOut)]
                public partial class Synced
                {
                    [TelemetryField("How long it took, in milliseconds.")]
                    public int DurationMs { get; set; }
                }
            }
            """;
        var compilation = AnalyzerRunner.Compile(source);
        compilation = compilation
            .RemoveAllSyntaxTrees()
            .AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3), "/src/File0.cs"))
            .WithOptions(compilation.Options.WithNullableContextOptions(Microsoft.CodeAnalysis.NullableContextOptions.Disable));

        var outcome = AnalyzerRunner.Run(compilation);

        Assert.Empty(outcome.Exceptions);
        var reported = Assert.Single(outcome.Diagnostics, d => d.Id == "GOV006");
        Assert.Equal(
            "Context type 'RunContext' cannot get its generated descriptor and SetContext: it is compiled as C# 7.3 or earlier, and its generated values need C# 8.0 or later; set <LangVersion> to 8.0 or later in the project (netstandard2.0 projects default to 7.3)",
            reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_private_nested_type_is_reported()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + $$"""
            public partial class Outer
            {
                {{Attribute}}
                private partial record {|#0:Sample|};
            }
            """,
            expected: Diagnostic("GOV006").WithLocation(0).WithArguments("Sample", "is private or protected; make it internal or public so its emitter can see it"));
    }
}
