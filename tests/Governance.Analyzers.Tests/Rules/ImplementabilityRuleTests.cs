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
    [InlineData("public partial class {|#0:Sample|} { public struct TelemetryFieldValues { } }", "Sample", "declares a member named 'TelemetryFieldValues', which the generator adds; rename that member")]
    [InlineData("public partial class {|#0:Sample|} : ITelemetryEvent { void ITelemetryEvent.SendIfEnabled(TelemetryClient client) { } }", "Sample", "implements 'ITelemetryEvent.SendIfEnabled' itself, which the generator does with the declaration's consent check; remove that implementation")]
    [InlineData("public partial class {|#0:TelemetryDescriptor|} { }", "TelemetryDescriptor", "is named 'TelemetryDescriptor', like a member the generator adds to it; rename the type")]
    public async Task Declarations_without_an_obvious_fix_are_reported_without_one(string declaration, string name, string problem)
    {
        await NoFixAsync<TelemetryEventAnalyzer, MakePartialCodeFixProvider>(Usings + Attribute + "\n" + declaration + "\n",
            Diagnostic("GOV006").WithLocation(0).WithArguments(name, problem));
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
