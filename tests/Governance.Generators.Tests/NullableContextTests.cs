using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Governance.Generators.Emitting;
using Governance.Generators.Tests.Infrastructure;

namespace Governance.Generators.Tests;

/// <summary>
/// The generated files keep nullable annotations on and turn the compiler's nullable analysis off: every build paid for
/// checking code that the generator's tests already check (issue 17). These tests pin both halves: what users see of
/// the generated members' nullability is unchanged, and a nullable mistake in generated code still fails the tests.
/// </summary>
public sealed class NullableContextTests
{
    private const string Events = """
        using System.Collections.Generic;
        using Governance;

        namespace Contoso.Sync;

        [TelemetryEvent("sync.completed", Purpose = "Learn how long synchronisation takes.", RetentionDays = 30, Consent = Consent.OptOut)]
        public partial class SyncCompleted
        {
            [TelemetryField("The error code, if any.", OmitWhenNull = true)]
            public string? ErrorCode { get; set; }

            [TelemetryField("The frameworks targeted.")]
            public IReadOnlyList<string>? Frameworks { get; set; }
        }
        """;

    [Fact]
    public void Generated_files_enable_annotations_and_turn_nullable_warnings_off()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(Events)).AssertClean();

        Assert.All(outcome.Sources, source =>
        {
            Assert.Contains("#nullable enable annotations\n" + GeneratedFileHeader.NullableWarningsOff + "\n", source.Value.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.DoesNotContain("#nullable enable\n", source.Value.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Generated_members_keep_their_nullable_annotations()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(Events)).AssertClean();

        var manifest = outcome.Output.GetTypeByMetadataName("Governance.Generated.TelemetryManifest");
        Assert.NotNull(manifest);
        var product = Assert.Single(manifest.GetMembers("Product").OfType<IPropertySymbol>());
        Assert.Equal(NullableAnnotation.Annotated, product.Type.NullableAnnotation);
        var descriptor = Assert.Single(outcome.Output.GetTypeByMetadataName("Contoso.Sync.SyncCompleted")!.GetMembers("TelemetryDescriptor").OfType<IPropertySymbol>());
        Assert.Equal(NullableAnnotation.NotAnnotated, descriptor.Type.NullableAnnotation);
    }

    [Fact]
    public void A_nullable_mistake_in_generated_code_is_hidden_from_the_build_and_caught_by_the_tests()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(Events)).AssertClean();
        var generated = outcome.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Contoso.Sync.SyncCompleted.g.cs", StringComparison.Ordinal));
        var source = generated.GetText().ToString().ReplaceLineEndings("\n");
        var mistake = "internal static string SyncMistake() { string? missing = null; return missing; }";
        var broken = source.Replace("partial class SyncCompleted : global::Governance.ITelemetryEvent\n    {", "partial class SyncCompleted : global::Governance.ITelemetryEvent\n    {\n        " + mistake, StringComparison.Ordinal);
        Assert.Contains(mistake, broken, StringComparison.Ordinal);
        var brokenOutcome = outcome with { Output = outcome.Output.ReplaceSyntaxTree(generated, generated.WithChangedText(SourceText.From(broken))) };

        Assert.Empty(brokenOutcome.CompilationProblems);
        Assert.Contains(brokenOutcome.NullableAnalysisProblems, problem => problem.Contains("CS8603", StringComparison.Ordinal));
    }
}
