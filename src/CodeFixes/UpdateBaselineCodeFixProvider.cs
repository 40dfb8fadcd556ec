using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Governance.CodeAnalysis.Baseline;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Product;

namespace Governance.CodeFixes
{
    /// <summary>
    /// GOV030-GOV032: record the current telemetry in <c>telemetry.reviewed.json</c>, creating it beside the project
    /// file if missing: the project's own events and those its references' manifests declare. The file is rebuilt from every declaration in the project, so one fix (or Fix All, which is
    /// the same single edit) accepts every pending change: the diff of the file is what reviewers then read.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UpdateBaselineCodeFixProvider)), Shared]
    public sealed class UpdateBaselineCodeFixProvider : CodeFixProvider
    {
        private const string Title = "Record the telemetry change in telemetry.reviewed.json";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds =>
            ImmutableArray.Create(DiagnosticIds.UnreviewedChange, DiagnosticIds.RemovedReviewedEvent, DiagnosticIds.UnreadableBaseline);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => new SingleRewriteFixAllProvider();

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var project = context.TextDocument.Project;
            context.RegisterCodeFix(CodeAction.Create(Title, cancellationToken => UpdateAsync(project, cancellationToken), nameof(UpdateBaselineCodeFixProvider)), context.Diagnostics);
            return Task.CompletedTask;
        }

        /// <summary>The project's solution with the baseline rewritten from the project's declarations.</summary>
        internal static async Task<Solution> UpdateAsync(Project project, CancellationToken cancellationToken)
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation?.GetTypeByMetadataName(WellKnownTypeNames.TelemetryEventAttribute) is null)
            {
                return project.Solution;
            }

            var text = SourceText.From(new ReviewedBaseline(CollectEvents(compilation, cancellationToken), CollectContexts(compilation, cancellationToken)).Write());
            var existing = project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.Name, ReviewedBaseline.FileName, StringComparison.OrdinalIgnoreCase));
            if (existing is not null)
            {
                return project.Solution.WithAdditionalDocumentText(existing.Id, text);
            }

            var directory = project.FilePath is null ? null : Path.GetDirectoryName(project.FilePath);
            var path = directory is null ? null : Path.Combine(directory, ReviewedBaseline.FileName);
            return project.AddAdditionalDocument(ReviewedBaseline.FileName, text, filePath: path).Project.Solution;
        }

        /// <summary>Every context of the product, the compilation's own and its references', as the generator sees them.</summary>
        private static List<ReviewedContext> CollectContexts(Compilation compilation, CancellationToken cancellationToken)
        {
            var contexts = new List<ReviewedContext>();
            foreach (var context in ProductContexts.Of(compilation, cancellationToken).All)
            {
                contexts.Add(ReviewedEvents.From(context, compilation.Assembly.Name));
            }

            return contexts;
        }

        /// <summary>
        /// Every implementable event of the compilation, and every event its references' manifests declare (recorded with
        /// their assembly), as the generator and the analyzer see them (with the consent the product's contexts require).
        /// </summary>
        private static List<ReviewedEvent> CollectEvents(Compilation compilation, CancellationToken cancellationToken)
        {
            var events = new Dictionary<(string, string?), ReviewedEvent>();
            var ownAssembly = compilation.Assembly.Name;
            var contextClass = ProductContexts.Of(compilation, cancellationToken).HighestDataClass;
            foreach (var referenced in ReferencedEvents.Of(compilation, cancellationToken))
            {
                events[(referenced.Name, referenced.Assembly)] = ReviewedEvents.From(referenced, ownAssembly);
            }

            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol container)
                    {
                        pending.Push(container);
                    }

                    if (member is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type
                        && TelemetryEventReader.FindEventAttribute(type) is { } attribute
                        && EventSpecBuilder.Build(TelemetryEventReader.Read(type, attribute, cancellationToken)) is { } spec
                        && !events.ContainsKey((spec.Name, null)))
                    {
                        events.Add((spec.Name, null), ReviewedEvents.From(EventSpecBuilder.WithContexts(spec, contextClass), ownAssembly));
                    }
                }
            }

            return events.Values.ToList();
        }

        /// <summary>Fix All is the same single rewrite as one fix: the file is rebuilt from the whole project.</summary>
        private sealed class SingleRewriteFixAllProvider : FixAllProvider
        {
            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
                new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                var projects = fixAllContext.Scope == FixAllScope.Solution ? fixAllContext.Solution.Projects.ToList() : new List<Project> { fixAllContext.Project };
                return Task.FromResult<CodeAction?>(CodeAction.Create(Title, async cancellationToken =>
                {
                    var solution = fixAllContext.Solution;
                    foreach (var original in projects)
                    {
                        // Only projects with pending changes: others may not use Governance at all.
                        var diagnostics = await fixAllContext.GetAllDiagnosticsAsync(original).ConfigureAwait(false);
                        if (diagnostics.IsEmpty || solution.GetProject(original.Id) is not { } project)
                        {
                            continue;
                        }

                        solution = await UpdateAsync(project, cancellationToken).ConfigureAwait(false);
                    }

                    return solution;
                }, nameof(UpdateBaselineCodeFixProvider)));
            }
        }
    }
}
