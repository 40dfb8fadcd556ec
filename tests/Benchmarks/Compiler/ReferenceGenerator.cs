using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.Benchmarks.Compiler;

/// <summary>
/// A reference point for incremental runs: the same <c>ForAttributeWithMetadataName</c> lookup as Governance's
/// generator, with a transform that only returns the type's name and an output that adds nothing. What an edit costs
/// it is what Roslyn itself costs; what Governance's generator costs beyond it is its own transform and outputs.
/// Handed to the driver directly, never loaded by a compiler.
/// </summary>
internal sealed class ReferenceGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Governance.TelemetryEventAttribute",
            static (node, _) => node is TypeDeclarationSyntax,
            static (attributeContext, _) => attributeContext.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (_, _) => { });
    }
}
