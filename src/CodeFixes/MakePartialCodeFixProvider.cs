using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeFixes.Infrastructure;

namespace Governance.CodeFixes
{
    /// <summary>GOV006: make the event type, and every type it is nested in, partial.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFixProvider)), Shared]
    public sealed class MakePartialCodeFixProvider : DocumentFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.CannotImplement);

        /// <inheritdoc />
        protected override string Title => "Make the event type partial";

        /// <inheritdoc />
        protected override bool CanFix(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(DiagnosticProperties.MissingPartial, out var missingPartial) && missingPartial == "true";

        /// <inheritdoc />
        protected override void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            foreach (var declaration in token.Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>() ?? Enumerable.Empty<TypeDeclarationSyntax>())
            {
                if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    editor.ReplaceNode(declaration, (current, _) => AddPartial((TypeDeclarationSyntax)current));
                }
            }
        }

        private static SyntaxNode AddPartial(TypeDeclarationSyntax declaration)
        {
            if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return declaration;
            }

            // 'partial' goes last among the modifiers, right before the keyword; with no modifiers it takes over the
            // keyword's leading trivia (comments, indentation).
            if (declaration.Modifiers.Count == 0)
            {
                var keyword = declaration.Keyword;
                var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
                return declaration.WithKeyword(keyword.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(partial));
            }

            return declaration.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }
    }
}
