using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Governance.CodeFixes.Infrastructure
{
    /// <summary>
    /// A code fix that edits one document. Fix All applies every diagnostic of a document through one
    /// <see cref="SyntaxEditor"/>, so fixes that touch the same node (two nested events, one outer type) compose
    /// instead of conflicting. Added names are simplified and their usings added.
    /// </summary>
    public abstract class DocumentFixProvider : CodeFixProvider
    {
        /// <summary>The title shown in the light-bulb menu.</summary>
        protected abstract string Title { get; }

        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
                await ApplyAsync(document, diagnostics.Where(CanFix).ToImmutableArray(), context.CancellationToken).ConfigureAwait(false));

        /// <inheritdoc />
        public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (CanFix(diagnostic))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, cancellationToken => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), equivalenceKey: GetType().Name),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        /// <summary>Whether this diagnostic has an obvious fix; the rest are left to the developer.</summary>
        protected virtual bool CanFix(Diagnostic diagnostic) => true;

        /// <summary>Records the edits for one diagnostic.</summary>
        protected abstract void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken);

        private async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || diagnostics.IsEmpty)
            {
                return document;
            }

            var editor = new SyntaxEditor(root, document.Project.Solution.Workspace.Services);
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                Fix(editor, root, diagnostic, cancellationToken);
            }

            var changed = document.WithSyntaxRoot(editor.GetChangedRoot());
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
