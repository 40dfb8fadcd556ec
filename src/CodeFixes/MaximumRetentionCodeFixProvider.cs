using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Editing;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeFixes.Infrastructure;

namespace Governance.CodeFixes
{
    /// <summary>GOV022: set <c>RetentionDays</c> to the policy's maximum.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MaximumRetentionCodeFixProvider)), Shared]
    public sealed class MaximumRetentionCodeFixProvider : DocumentFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.RetentionAbovePolicy);

        /// <inheritdoc />
        protected override IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic)
        {
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.MaxRetentionDays, out var max) && max is not null)
            {
                yield return new FixAction("Set RetentionDays to the policy maximum (" + max + ")", nameof(MaximumRetentionCodeFixProvider));
            }
        }

        /// <inheritdoc />
        protected override void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            var retention = AttributeArguments.Named(AttributeArguments.Enclosing(root, diagnostic.Location.SourceSpan), "RetentionDays");
            if (retention is not null && diagnostic.Properties.TryGetValue(DiagnosticProperties.MaxRetentionDays, out var text)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var max))
            {
                var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(max));
                editor.ReplaceNode(retention.Expression, literal.WithTriviaFrom(retention.Expression));
            }
        }
    }
}
