using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeFixes.Infrastructure;

namespace Governance.CodeFixes
{
    /// <summary>GOV007: declare <c>Consent = Consent.OptIn</c>, the choice that asks the user first.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddOptInConsentCodeFixProvider)), Shared]
    public sealed class AddOptInConsentCodeFixProvider : DocumentFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.MissingConsent);

        /// <inheritdoc />
        protected override string Title => "Require opt-in (Consent = Consent.OptIn)";

        /// <inheritdoc />
        protected override void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var attribute = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();
            if (attribute is null)
            {
                return;
            }

            var value = SyntaxFactory.ParseExpression("global::Governance.Consent.OptIn").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            var existing = attribute.ArgumentList?.Arguments.LastOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Consent");
            if (existing is not null)
            {
                editor.ReplaceNode(existing.Expression, value);
                return;
            }

            var argument = SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("Consent")),
                nameColon: null,
                value);
            editor.ReplaceNode(attribute, (current, _) =>
            {
                var currentAttribute = (AttributeSyntax)current;
                var list = currentAttribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
                return currentAttribute.WithArgumentList(list.AddArguments(argument));
            });
        }
    }
}
