using Microsoft.CodeAnalysis;
using Governance.Analyzers.Tests.Infrastructure;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers.Tests.Declarations;

/// <summary>
/// Which members the generator added, as the analyzers tell them from the users' own (a reserved name the user took is
/// GOV006; one the generator added is not): by the generator's <c>[GeneratedCode("Governance", ...)]</c>, however the
/// attribute is written, and on every part of a partial type.
/// </summary>
public sealed class GeneratedMemberTests
{
    private const string Source = """
        using System.CodeDom.Compiler;
        using Gen = System.CodeDom.Compiler.GeneratedCodeAttribute;

        public partial class Sample
        {
            [global::System.CodeDom.Compiler.GeneratedCode("Governance", "1.0")]
            public static int AsGenerated => 1;

            [GeneratedCode("Governance", "1.0")]
            public static int ThroughUsing => 1;

            [Gen("Governance", "1.0")]
            public static int ThroughAlias => 1;

            [global::System.CodeDom.Compiler.GeneratedCode("OtherTool", "1.0")]
            public static int OtherTool => 1;

            [global::System.CodeDom.Compiler.GeneratedCode(Tool, "1.0")]
            public static int ThroughConstant => 1;

            public const string Tool = "Governance";

            public static int Plain => 1;

            [global::System.CodeDom.Compiler.GeneratedCode("Governance", "1.0")]
            internal readonly struct Nested { }
        }

        public partial class Sample
        {
            [global::System.CodeDom.Compiler.GeneratedCode("Governance", "1.0")]
            void M() { }
        }
        """;

    [Theory]
    [InlineData("AsGenerated", true)]
    [InlineData("ThroughUsing", true)]
    [InlineData("ThroughAlias", true)]
    [InlineData("OtherTool", false)]
    [InlineData("ThroughConstant", true)]
    [InlineData("Plain", false)]
    [InlineData("Nested", true)]
    [InlineData("M", true)]
    public void Members_are_told_apart_by_the_generators_attribute_however_it_is_written(string member, bool generated)
    {
        var compilation = AnalyzerRunner.Compile(Source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var symbol = Assert.Single(compilation.GetTypeByMetadataName("Sample")!.GetMembers(member));

        Assert.Equal(generated, TelemetryEventReader.IsGeneratedByGovernance(symbol));
    }
}
