using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
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
    /// <summary>
    /// GOV020: stop collecting the expired event by removing its declaration (the compiler then points at every
    /// <c>Track</c> call left), or, after a new review, extend <c>Expires</c> to the latest date the policy allows.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExpiredEventCodeFixProvider)), Shared]
    public sealed class ExpiredEventCodeFixProvider : DocumentFixProvider
    {
        private const string RemoveKey = "RemoveExpiredEvent";
        private const string ExtendKey = "ExtendExpiry";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.ExpiredEvent);

        /// <inheritdoc />
        protected override IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic)
        {
            yield return new FixAction("Remove the expired event declaration", RemoveKey);
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.ExtendTo, out var date) && date is not null)
            {
                yield return new FixAction("Extend Expires to " + date + " (the policy's horizon)", ExtendKey);
            }
        }

        /// <inheritdoc />
        protected override void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            var attribute = AttributeArguments.Enclosing(root, diagnostic.Location.SourceSpan);
            if (attribute is null)
            {
                return;
            }

            if (equivalenceKey == RemoveKey)
            {
                if (attribute.Parent?.Parent is TypeDeclarationSyntax declaration)
                {
                    editor.RemoveNode(declaration, SyntaxRemoveOptions.KeepUnbalancedDirectives);
                }

                return;
            }

            var expires = AttributeArguments.Named(attribute, "Expires");
            if (expires is not null && diagnostic.Properties.TryGetValue(DiagnosticProperties.ExtendTo, out var date) && date is not null)
            {
                var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(date));
                editor.ReplaceNode(expires.Expression, literal.WithTriviaFrom(expires.Expression));
            }
        }
    }
}
