using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.Analyzers.Configuration;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Product;

namespace Governance.Analyzers.Review
{
    /// <summary>
    /// GOV033: a referenced assembly carries a telemetry manifest this version of Governance cannot read (written by a
    /// newer version, with a <c>manifestVersion</c> it does not know, or edited), so its events and contexts would
    /// silently drop out of the product's manifest, privacy document, notice and review. Reported once per assembly, on
    /// the product's declaration (<c>[assembly: TelemetryProduct]</c>), else without a location once the compilation has
    /// been seen. Costs nothing when every reference is readable.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ReferencedManifestAnalyzer : DiagnosticAnalyzer
    {
        private const string Title = "A referenced assembly's telemetry manifest cannot be read";
        private const string MessageFormat = "The telemetry manifest of referenced assembly '{0}' cannot be read ({1}), so its events are missing from this product's manifest, privacy document, notice and review: build it with this version of Governance, or upgrade Governance here to the version it was built with";
        private const string Description = "An application's documents cover the events of every assembly it is built from, read from the manifest each one carries. A manifest this version cannot read (one written by a newer Governance, or an edited assembly) counts as declaring nothing, which would leave those events undocumented without a word.";

        private static readonly DiagnosticDescriptor OnProduct = new DiagnosticDescriptor(
            DiagnosticIds.UnreadableReferencedManifest,
            Title,
            MessageFormat,
            "Governance.Product",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.UnreadableReferencedManifest));

        /// <summary>The same rule without a product declaration to report on: reported once the compilation has been seen.</summary>
        private static readonly DiagnosticDescriptor OnAssembly = new DiagnosticDescriptor(
            DiagnosticIds.UnreadableReferencedManifest,
            Title,
            MessageFormat,
            "Governance.Product",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.UnreadableReferencedManifest),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(OnProduct, OnAssembly);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(WellKnownTypeNames.TelemetryEventAttribute) is null)
                {
                    return;
                }

                var unreadable = ReferencedEvents.UnreadableOf(start.Compilation, start.CancellationToken);
                if (unreadable.Count == 0)
                {
                    return;
                }

                if (ProductDeclaration.Find(start.Compilation, start.CancellationToken) is { } product)
                {
                    start.RegisterSyntaxTreeAction(tree =>
                    {
                        if (tree.Tree == product.SyntaxTree)
                        {
                            var links = ConfiguredHelpLinks.Read(tree.Options.AnalyzerConfigOptionsProvider.GetOptions(tree.Tree), out _);
                            var location = product.GetSyntax(tree.CancellationToken).GetLocation();
                            foreach (var manifest in unreadable)
                            {
                                tree.ReportDiagnostic(Diagnostic.Create(links.Apply(OnProduct), location, manifest.AssemblyName, manifest.Reason));
                            }
                        }
                    });
                }
                else
                {
                    start.RegisterCompilationEndAction(end =>
                    {
                        var links = ConfiguredHelpLinks.Read(end.Options.AnalyzerConfigOptionsProvider.GlobalOptions, out _);
                        foreach (var manifest in unreadable)
                        {
                            end.ReportDiagnostic(Diagnostic.Create(links.Apply(OnAssembly), Location.None, manifest.AssemblyName, manifest.Reason));
                        }
                    });
                }
            });
        }
    }
}
