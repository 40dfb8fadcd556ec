using System.Collections.Immutable;
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
    /// GOV017: take out a hash without a key that protects nothing. On personal or sensitive text it becomes
    /// <c>Pseudonymize = true</c> (the keyed hash, which nobody without the installation's key can match); where the value
    /// is already hashed with the key, or is not text, <c>HashWithoutKey</c> is removed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnkeyedHashCodeFixProvider)), System.Composition.Shared]
    public sealed class UnkeyedHashCodeFixProvider : DocumentFixProvider
    {
        private const string Argument = "HashWithoutKey";

        private static readonly LiteralExpressionSyntax True = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.UnkeyedHashThatDoesNotProtect);

        /// <inheritdoc />
        protected override System.Collections.Generic.IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic)
        {
            diagnostic.Properties.TryGetValue(DiagnosticProperties.UnkeyedHashFix, out var fix);
            return fix switch
            {
                "Pseudonymize" => new[] { new FixAction("Hash it with the installation's key (Pseudonymize = true)", nameof(UnkeyedHashCodeFixProvider) + ".Pseudonymize") },
                "Remove" => new[] { new FixAction("Remove HashWithoutKey", nameof(UnkeyedHashCodeFixProvider) + ".Remove") },
                _ => System.Array.Empty<FixAction>(),
            };
        }

        /// <inheritdoc />
        protected override void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            var attribute = AttributeArguments.Enclosing(root, diagnostic.Location.SourceSpan);
            if (AttributeArguments.Named(attribute, Argument) is not { } argument)
            {
                return;
            }

            if (equivalenceKey.EndsWith(".Pseudonymize", System.StringComparison.Ordinal))
            {
                var pseudonymize = AttributeArguments.Named(attribute, "Pseudonymize");
                if (pseudonymize is null)
                {
                    // In its place, so the attribute reads as written with the other flag.
                    editor.ReplaceNode(argument, (current, _) => ((AttributeArgumentSyntax)current)
                        .WithNameEquals(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("Pseudonymize")).WithTriviaFrom(((AttributeArgumentSyntax)current).NameEquals!))
                        .WithExpression(True.WithTriviaFrom(((AttributeArgumentSyntax)current).Expression)));
                    return;
                }

                editor.ReplaceNode(pseudonymize.Expression, True.WithTriviaFrom(pseudonymize.Expression));
            }

            editor.RemoveNode(argument);
        }
    }
}
