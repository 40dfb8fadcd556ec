using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Governance.Analyzers.Configuration;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Baseline;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Product;

namespace Governance.Analyzers.Review
{
    /// <summary>
    /// GOV030-GOV032: telemetry changes must be reviewed, the way public-API changes are. Each declaration is compared
    /// with its entry in <c>telemetry.reviewed.json</c> (an additional file the package adds when it exists); every
    /// difference is reported where it was made, one diagnostic per change, until the baseline is updated (code fix,
    /// or <c>dotnet build -p:GovernanceUpdateBaseline=true</c>). During that update build nothing is reported.
    /// The review covers the whole product: the events of the referenced assemblies' manifests are compared with their
    /// entries (recorded with their assembly), so an upgraded dependency that changes telemetry is reported too, on the
    /// product's declaration, else in the baseline file (see <see cref="RegisterDependencyChanges"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ReviewedBaselineAnalyzer : DiagnosticAnalyzer
    {
        private const string UpdatingKey = "build_property.governanceupdatebaseline";
        private const string HowToUpdate = "review it and update telemetry.reviewed.json (code fix, or dotnet build -p:GovernanceUpdateBaseline=true)";

        private static readonly DiagnosticDescriptor Unreviewed = new DiagnosticDescriptor(
            DiagnosticIds.UnreviewedChange,
            title: "Telemetry change not recorded in the reviewed baseline",
            messageFormat: "Telemetry change not yet reviewed: {0}; " + HowToUpdate,
            category: "Governance.Review",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Every event and field, with its purpose, retention, consent, access and data class, is recorded in telemetry.reviewed.json. A difference means a telemetry change that nobody has reviewed yet; updating the file in the same pull request makes the change visible to reviewers.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.UnreviewedChange));

        /// <summary>The same rule for a referenced assembly's event when there is neither a product declaration nor a baseline to report it on.</summary>
        private static readonly DiagnosticDescriptor UnreviewedDependency = new DiagnosticDescriptor(
            DiagnosticIds.UnreviewedChange,
            title: "Telemetry change not recorded in the reviewed baseline",
            messageFormat: "Telemetry change not yet reviewed: {0}; " + HowToUpdate,
            category: "Governance.Review",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Every event and field, with its purpose, retention, consent, access and data class, is recorded in telemetry.reviewed.json. A difference means a telemetry change that nobody has reviewed yet; updating the file in the same pull request makes the change visible to reviewers.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.UnreviewedChange),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        private static readonly DiagnosticDescriptor Removed = new DiagnosticDescriptor(
            DiagnosticIds.RemovedReviewedEvent,
            title: "Reviewed baseline lists an event that no longer exists",
            messageFormat: "The reviewed baseline lists {0}, which is no longer declared; " + HowToUpdate,
            category: "Governance.Review",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Removing an event is a telemetry change too: the baseline keeps it until the removal is reviewed and the file updated.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.RemovedReviewedEvent),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        private static readonly DiagnosticDescriptor Unreadable = new DiagnosticDescriptor(
            DiagnosticIds.UnreadableBaseline,
            title: "Reviewed baseline cannot be read",
            messageFormat: "telemetry.reviewed.json cannot be read: {0}; regenerate it with dotnet build -p:GovernanceUpdateBaseline=true",
            category: "Governance.Review",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The baseline is compared with the declarations on every build; a file that is not valid leaves every change unchecked.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.UnreadableBaseline),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Unreviewed, UnreviewedDependency, Removed, Unreadable);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(WellKnownTypeNames.TelemetryEventAttribute) is null
                    || (start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(UpdatingKey, out var updating)
                        && string.Equals(updating?.Trim(), "true", StringComparison.OrdinalIgnoreCase)))
                {
                    return;
                }

                var baseline = LoadedBaseline.Load(start.Options.AdditionalFiles, start.CancellationToken);
                var declared = new ConcurrentDictionary<(string Name, string? Assembly), byte>();
                var declaredContexts = new ConcurrentDictionary<(string Type, string? Assembly), byte>();
                var compilation = start.Compilation;
                var cancellationToken = start.CancellationToken;

                // The consent an event is sent under depends on the product's contexts (personal data in one asks for an
                // opt-in), as in the generator; read only if an event needs it.
                var contexts = new Lazy<ProductContexts>(() => ProductContexts.Of(compilation, cancellationToken));
                RegisterDependencyChanges(start, baseline, declared, declaredContexts);
                start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, baseline, declared, declaredContexts, contexts), SymbolKind.NamedType);
                start.RegisterCompilationEndAction(end => ReportBaselineProblems(end, baseline, declared, declaredContexts));
            });
        }

        private static void AnalyzeType(
            SymbolAnalysisContext context,
            LoadedBaseline baseline,
            ConcurrentDictionary<(string, string?), byte> declared,
            ConcurrentDictionary<(string, string?), byte> declaredContexts,
            Lazy<ProductContexts> contexts)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return;
            }

            if (TelemetryEventReader.FindEventAttribute(type) is { } attribute)
            {
                AnalyzeEvent(context, attribute, baseline, declared, contexts);
            }
            else if (TelemetryEventReader.FindContextAttribute(type) is { } contextAttribute)
            {
                AnalyzeContext(context, contextAttribute, baseline, declaredContexts);
            }
        }

        private static void AnalyzeEvent(SymbolAnalysisContext context, AttributeData attribute, LoadedBaseline baseline, ConcurrentDictionary<(string, string?), byte> declared, Lazy<ProductContexts> contexts)
        {
            // An event the baseline does not list (every event, without a baseline) is one change, new, reported at its
            // attribute: its name is all that takes, not its fields.
            var type = (INamedTypeSymbol)context.Symbol;
            if (baseline.Problem is null && EventSpecBuilder.BuildableName(type, attribute) is { } name && baseline.Baseline?.Find(name) is null)
            {
                declared.TryAdd((name, null), 0);
                var added = new ReviewedChange(ReviewedChangeKind.EventAdded, name);
                var location = ChangeLocations.OfEvent(DiagnosticLocations.AttributeOf(attribute, context.CancellationToken), type);
                context.ReportDiagnostic(Diagnostic.Create(HelpLinksFor(context.Options, type).Apply(Unreviewed), location, Describe(added, baseline)));
                return;
            }

            var declaration = EventDeclarations.Read(context.Compilation, type, attribute, context.CancellationToken);
            var built = EventSpecBuilder.Build(declaration);
            if (built is null)
            {
                return; // A declaration the generator cannot implement sends nothing yet; GOV006 explains why.
            }

            declared.TryAdd((built.Name, null), 0);
            if (baseline.Problem is not null)
            {
                return; // One GOV032 says the file is unreadable; reporting every event as new would drown it.
            }

            var spec = built.IncludesContext && built.Consent == ConsentKind.OptOut ? EventSpecBuilder.WithContexts(built, contexts.Value.HighestDataClass) : built;
            var changes = BaselineComparer.Compare(baseline.Baseline?.Find(spec.Name), ReviewedEvents.From(spec, spec.Assembly));
            Report(context, baseline, changes, declaration, attribute);
        }

        private static void AnalyzeContext(SymbolAnalysisContext context, AttributeData attribute, LoadedBaseline baseline, ConcurrentDictionary<(string, string?), byte> declaredContexts)
        {
            var declaration = TelemetryEventReader.ReadContext((INamedTypeSymbol)context.Symbol, attribute, context.CancellationToken);
            if (ContextSpecBuilder.Build(declaration) is not { } spec)
            {
                return;
            }

            declaredContexts.TryAdd((spec.Type.DisplayName, null), 0);
            if (baseline.Problem is null)
            {
                var changes = BaselineComparer.Compare(baseline.Baseline?.FindContext(spec.Type.DisplayName), ReviewedEvents.From(spec, spec.Assembly));
                Report(context, baseline, changes, declaration, attribute);
            }
        }

        private static void Report(SymbolAnalysisContext context, LoadedBaseline baseline, List<ReviewedChange> changes, TelemetryTypeDeclaration declaration, AttributeData attribute)
        {
            if (changes.Count == 0)
            {
                return; // The common case in a reviewed project: no syntax to look up.
            }

            var links = HelpLinksFor(context.Options, declaration.Type);
            var locations = new ChangeLocations(declaration, DiagnosticLocations.AttributeOf(attribute, context.CancellationToken), context.CancellationToken);
            foreach (var change in changes)
            {
                context.ReportDiagnostic(Diagnostic.Create(links.Apply(Unreviewed), locations.For(change), Describe(change, baseline)));
            }
        }

        /// <summary>The help links the options of the declaration's file configure (<c>governance.help_base_url</c>).</summary>
        private static ConfiguredHelpLinks HelpLinksFor(AnalyzerOptions options, ISymbol symbol)
        {
            var tree = symbol.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree;
            return ConfiguredHelpLinks.Read(tree is null ? options.AnalyzerConfigOptionsProvider.GlobalOptions : options.AnalyzerConfigOptionsProvider.GetOptions(tree), out _);
        }

        /// <summary>
        /// The referenced assemblies' events against their entries: what an upgrade of a dependency changed. Known at the
        /// start (the references do not change during an analysis), and reported where a reviewer, and the code fix, can
        /// reach it: no declaration of this assembly made the change, so on the product's declaration
        /// (<c>[assembly: TelemetryProduct]</c>) when there is one; otherwise in the baseline, at the event's entry (its
        /// start, for a new event); otherwise, with neither, on the assembly (no source location, once the compilation has
        /// been seen).
        /// </summary>
        private static void RegisterDependencyChanges(CompilationStartAnalysisContext start, LoadedBaseline baseline, ConcurrentDictionary<(string, string?), byte> declared, ConcurrentDictionary<(string, string?), byte> declaredContexts)
        {
            var referenced = ReferencedEvents.Of(start.Compilation, start.CancellationToken);
            var ownAssembly = start.Compilation.Assembly.Name;
            var changes = new List<(int Position, ReviewedChange Change)>();
            foreach (var spec in referenced)
            {
                declared.TryAdd((spec.Name, spec.Assembly), 0);
                if (baseline.Problem is null)
                {
                    foreach (var change in BaselineComparer.Compare(baseline.Baseline?.Find(spec.Name, spec.Assembly), ReviewedEvents.From(spec, ownAssembly)))
                    {
                        changes.Add((ReviewedBaseline.PositionOf(baseline.Text, spec.Name, spec.Assembly), change));
                    }
                }
            }

            foreach (var spec in ReferencedEvents.ContextsOf(start.Compilation, start.CancellationToken))
            {
                declaredContexts.TryAdd((spec.Type.DisplayName, spec.Assembly), 0);
                if (baseline.Problem is null)
                {
                    foreach (var change in BaselineComparer.Compare(baseline.Baseline?.FindContext(spec.Type.DisplayName, spec.Assembly), ReviewedEvents.From(spec, ownAssembly)))
                    {
                        changes.Add((ReviewedBaseline.PositionOfContext(baseline.Text, spec.Type.DisplayName, spec.Assembly), change));
                    }
                }
            }

            if (changes.Count == 0)
            {
                return; // The common case: no referenced events, or all of them reviewed.
            }

            if (ProductDeclaration.Find(start.Compilation, start.CancellationToken) is { } product)
            {
                start.RegisterSyntaxTreeAction(tree =>
                {
                    if (tree.Tree == product.SyntaxTree)
                    {
                        var links = ConfiguredHelpLinks.Read(tree.Options.AnalyzerConfigOptionsProvider.GetOptions(tree.Tree), out _);
                        var location = product.GetSyntax(tree.CancellationToken).GetLocation();
                        foreach (var (_, change) in changes)
                        {
                            tree.ReportDiagnostic(Diagnostic.Create(links.Apply(Unreviewed), location, Describe(change, baseline)));
                        }
                    }
                });
            }
            else if (baseline.File is { } file)
            {
                start.RegisterAdditionalFileAction(additional =>
                {
                    if (additional.AdditionalFile == file)
                    {
                        var links = ConfiguredHelpLinks.Read(additional.Options.AnalyzerConfigOptionsProvider.GlobalOptions, out _);
                        foreach (var (position, change) in changes)
                        {
                            additional.ReportDiagnostic(Diagnostic.Create(links.Apply(Unreviewed), baseline.LocationAt(position), Describe(change, baseline)));
                        }
                    }
                });
            }
            else
            {
                start.RegisterCompilationEndAction(end =>
                {
                    var links = ConfiguredHelpLinks.Read(end.Options.AnalyzerConfigOptionsProvider.GlobalOptions, out _);
                    foreach (var (_, change) in changes)
                    {
                        end.ReportDiagnostic(Diagnostic.Create(links.Apply(UnreviewedDependency), Location.None, Describe(change, baseline)));
                    }
                });
            }
        }

        private static string Describe(ReviewedChange change, LoadedBaseline baseline) =>
            baseline.Baseline is null && change.Kind == ReviewedChangeKind.EventAdded
                ? change.Describe() + " (there is no telemetry.reviewed.json yet)"
                : change.Describe();

        private static void ReportBaselineProblems(CompilationAnalysisContext context, LoadedBaseline baseline, ConcurrentDictionary<(string, string?), byte> declared, ConcurrentDictionary<(string, string?), byte> declaredContexts)
        {
            // Compilation-end diagnostics belong to no source file: the options that apply are the project's.
            var links = ConfiguredHelpLinks.Read(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions, out _);
            if (baseline.Problem is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(links.Apply(Unreadable), baseline.LocationAt(0), baseline.Problem));
                return;
            }

            foreach (var evt in baseline.Baseline?.Events ?? Array.Empty<ReviewedEvent>())
            {
                if (!declared.ContainsKey((evt.Name, evt.Assembly)))
                {
                    var named = "event '" + evt.Name + "'" + (evt.Assembly is null ? string.Empty : " of assembly '" + evt.Assembly + "'");
                    context.ReportDiagnostic(Diagnostic.Create(links.Apply(Removed), baseline.LocationAt(ReviewedBaseline.PositionOf(baseline.Text, evt.Name, evt.Assembly)), named));
                }
            }

            foreach (var reviewed in baseline.Baseline?.Contexts ?? Array.Empty<ReviewedContext>())
            {
                if (!declaredContexts.ContainsKey((reviewed.SourceType, reviewed.Assembly)))
                {
                    var named = "context '" + reviewed.SourceType + "'" + (reviewed.Assembly is null ? string.Empty : " of assembly '" + reviewed.Assembly + "'");
                    context.ReportDiagnostic(Diagnostic.Create(links.Apply(Removed), baseline.LocationAt(ReviewedBaseline.PositionOfContext(baseline.Text, reviewed.SourceType, reviewed.Assembly)), named));
                }
            }
        }

        /// <summary>The baseline file of the compilation, read once: absent, unreadable (with why), or parsed.</summary>
        private sealed class LoadedBaseline
        {
            private LoadedBaseline(AdditionalText? file, SourceText? source, ReviewedBaseline? baseline, string? problem)
            {
                File = file;
                Source = source;
                Baseline = baseline;
                Problem = problem;
            }

            public AdditionalText? File { get; }

            public SourceText? Source { get; }

            public ReviewedBaseline? Baseline { get; }

            public string? Problem { get; }

            public string Text => Source?.ToString() ?? string.Empty;

            public static LoadedBaseline Load(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
            {
                var file = files
                    .Where(f => string.Equals(Path.GetFileName(f.Path), ReviewedBaseline.FileName, StringComparison.OrdinalIgnoreCase))
                    .OrderBy(f => f.Path, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (file is null)
                {
                    return new LoadedBaseline(null, null, null, null);
                }

                var source = file.GetText(cancellationToken);
                if (source is null)
                {
                    return new LoadedBaseline(file, null, null, "the file could not be opened");
                }

                try
                {
                    return new LoadedBaseline(file, source, ReviewedBaseline.Read(source.ToString()), null);
                }
                catch (FormatException ex)
                {
                    return new LoadedBaseline(file, source, null, ex.Message);
                }
            }

            /// <summary>A location in the baseline file, for diagnostics that belong to it rather than to code.</summary>
            public Location LocationAt(int position)
            {
                if (File is null || Source is null)
                {
                    return Location.None;
                }

                var start = Math.Max(0, Math.Min(position, Source.Length));
                var span = new TextSpan(start, 0);
                return Location.Create(File.Path, span, Source.Lines.GetLinePositionSpan(span));
            }
        }
    }
}
