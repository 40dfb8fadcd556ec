using Governance.Analyzers.Tests.Infrastructure;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Product;
using Microsoft.CodeAnalysis;

namespace Governance.Analyzers.Tests.Product;

/// <summary>
/// The product's contexts are searched only among the types whose syntax may carry [TelemetryContext]: every way of
/// writing the attribute must keep its type among them, so the contexts found are exactly those a search of every
/// type finds.
/// </summary>
public sealed class AttributedTypeNamesTests
{
    private const string Field = "[TelemetryField(\"Operating system the app runs on.\")] public string Os { get; init; } = \"\";";

    [Fact]
    public void Every_spelling_of_the_attribute_is_found_and_the_contexts_equal_a_search_of_every_type()
    {
        var compilation = AnalyzerRunner.Compile(
            $$"""
            global using GlobalContext = Governance.TelemetryContextAttribute;
            using Governance;
            using Gov = Governance;
            using Ctx = Governance.TelemetryContextAttribute;

            namespace App
            {
                using Again = Ctx;

                [TelemetryContext] public partial record Plain { {{Field}} }
                [TelemetryContextAttribute] public partial record Suffixed { {{Field}} }
                [Governance.TelemetryContext] public partial record Qualified { {{Field}} }
                [global::Governance.TelemetryContext] public partial record Global { {{Field}} }
                [Gov::TelemetryContext] public partial record AliasQualified { {{Field}} }
                [Ctx] public partial record Aliased { {{Field}} }
                [Again] public partial record AliasOfAlias { {{Field}} }
                [type: Obsolete, TelemetryContext] public partial record SecondInList { {{Field}} }
                public partial record struct SplitPart { {{Field}} }
                public partial class Outer { [TelemetryContext] public partial record Nested { {{Field}} } }
                [Obsolete] public partial record NotAContext { {{Field}} }
                public partial record AlsoNot { {{Field}} }
            }
            """,
            """
            namespace App
            {
                [GlobalContext] public partial record struct SplitPart;
                [Other.TelemetryContext] public partial record Lookalike { public string Os { get; init; } = ""; }
            }

            namespace Other
            {
                public sealed class TelemetryContextAttribute : System.Attribute { }
            }
            """);

        var candidates = AttributedTypeNames.Of(compilation, CancellationToken.None, WellKnownTypeNames.TelemetryContextAttribute);

        Assert.Equal(
            ["AliasOfAlias", "AliasQualified", "Aliased", "Global", "Lookalike", "Nested", "Plain", "Qualified", "SecondInList", "SplitPart", "Suffixed"],
            candidates.Order(StringComparer.Ordinal));
        var found = ProductContexts.Of(compilation, CancellationToken.None).Own.Select(c => c.Type.DisplayName).ToList();
        Assert.Equal(SearchOfEveryType(compilation), found);
        Assert.Equal(10, found.Count);
        Assert.DoesNotContain(found, name => name.Contains("Lookalike", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compilation_without_the_attribute_in_its_syntax_has_no_candidates()
    {
        var compilation = AnalyzerRunner.Compile("namespace App { [System.Obsolete] public class Plain { } public class Other { } }");

        Assert.Empty(AttributedTypeNames.Of(compilation, CancellationToken.None, WellKnownTypeNames.TelemetryContextAttribute));
        Assert.Empty(ProductContexts.Of(compilation, CancellationToken.None).Own);
    }

    /// <summary>What the search found before it was narrowed: every type of the compilation, bound.</summary>
    private static List<string> SearchOfEveryType(Compilation compilation)
    {
        var own = new List<ContextSpec>();
        foreach (var symbol in compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Type, CancellationToken.None))
        {
            if (symbol is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type
                && TelemetryEventReader.FindContextAttribute(type) is { } attribute
                && ContextSpecBuilder.Build(TelemetryEventReader.ReadContext(type, attribute, CancellationToken.None)) is { } spec)
            {
                own.Add(spec);
            }
        }

        own.Sort(ProductEvents.ContextOrder);
        return own.Select(c => c.Type.DisplayName).ToList();
    }
}
