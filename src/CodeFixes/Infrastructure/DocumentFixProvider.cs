using System;
using System.Collections.Generic;
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
        /// <summary>The title shown in the light-bulb menu, for providers that offer one fix.</summary>
        protected virtual string Title => GetType().Name;

        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
            {
                var key = context.CodeActionEquivalenceKey ?? GetType().Name;
                var fixable = diagnostics.Where(d => ActionsFor(d).Any(a => a.EquivalenceKey == key)).ToImmutableArray();
                return await ApplyAsync(document, fixable, key, context.CancellationToken).ConfigureAwait(false);
            });

        /// <inheritdoc />
        public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var action in ActionsFor(diagnostic))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(action.Title, cancellationToken => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), action.EquivalenceKey, cancellationToken), action.EquivalenceKey),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// The fixes offered for a diagnostic: by default the one <see cref="Title"/> when <see cref="CanFix"/> says so.
        /// Each fix has its own equivalence key, so Fix All applies the one the user picked.
        /// </summary>
        protected virtual IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic) =>
            CanFix(diagnostic) ? new[] { new FixAction(Title, GetType().Name) } : Array.Empty<FixAction>();

        /// <summary>Whether this diagnostic has an obvious fix; the rest are left to the developer.</summary>
        protected virtual bool CanFix(Diagnostic diagnostic) => true;

        /// <summary>Records the edits for one diagnostic.</summary>
        protected virtual void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
        }

        /// <summary>Records the edits for one diagnostic and the chosen fix.</summary>
        protected virtual void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken) =>
            Fix(editor, root, diagnostic, cancellationToken);

        private async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string equivalenceKey, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || diagnostics.IsEmpty)
            {
                return document;
            }

            var editor = new SyntaxEditor(root, document.Project.Solution.Workspace.Services);
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                Fix(editor, root, diagnostic, equivalenceKey, cancellationToken);
            }

            var changed = document.WithSyntaxRoot(editor.GetChangedRoot());
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
