using System.Collections.Generic;
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
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeFixes.Infrastructure;

namespace Governance.CodeFixes
{
    /// <summary>
    /// GOV016: a public field of an event or context type is never sent. Two fixes: make it a property (an auto-property
    /// with the field's initializer; <c>readonly</c> gives <c>{ get; }</c>), which sends it, or mark it
    /// <c>[TelemetryIgnore]</c>, which says leaving it out is intended. A declaration of several fields
    /// (<c>public int A, B;</c>) is left to the developer for the first.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublicFieldCodeFixProvider)), Shared]
    public sealed class PublicFieldCodeFixProvider : DocumentFixProvider
    {
        private const string PropertyKey = nameof(PublicFieldCodeFixProvider) + ".Property";
        private const string IgnoreKey = nameof(PublicFieldCodeFixProvider) + ".Ignore";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.PublicFieldNotSent);

        /// <inheritdoc />
        protected override IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic)
        {
            var declaration = FieldOf(diagnostic);
            if (declaration is null)
            {
                yield break;
            }

            if (declaration.Declaration.Variables.Count == 1)
            {
                yield return new FixAction("Make it a property, which is sent", PropertyKey);
            }

            yield return new FixAction("Keep it unsent ([TelemetryIgnore])", IgnoreKey);
        }

        /// <inheritdoc />
        protected override void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            var field = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<FieldDeclarationSyntax>().FirstOrDefault();
            if (field is null)
            {
                return;
            }

            if (equivalenceKey == IgnoreKey)
            {
                editor.ReplaceNode(field, (current, _) => Ignored((FieldDeclarationSyntax)current));
            }
            else if (field.Declaration.Variables.Count == 1)
            {
                editor.ReplaceNode(field, (current, _) => AsProperty((FieldDeclarationSyntax)current));
            }
        }

        private static FieldDeclarationSyntax? FieldOf(Diagnostic diagnostic)
        {
            var tree = diagnostic.Location.SourceTree;
            return tree?.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<FieldDeclarationSyntax>().FirstOrDefault();
        }

        private static FieldDeclarationSyntax Ignored(FieldDeclarationSyntax field)
        {
            // One declaration can hold several fields, each with its diagnostic: Fix All marks it once.
            if (field.AttributeLists.SelectMany(list => list.Attributes).Any(a => AttributeNames.Is(a, WellKnownTypeNames.TelemetryIgnoreAttribute)))
            {
                return field;
            }

            var name = SyntaxFactory.ParseName("global::Governance.TelemetryIgnore").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(name)));
            var leading = field.GetLeadingTrivia();
            return field.WithoutLeadingTrivia().AddAttributeLists(list.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed))
                .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation);
        }

        private static PropertyDeclarationSyntax AsProperty(FieldDeclarationSyntax field)
        {
            var variable = field.Declaration.Variables[0];
            var isReadOnly = field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword);
            var modifiers = SyntaxFactory.TokenList(field.Modifiers.Where(m => !m.IsKind(SyntaxKind.ReadOnlyKeyword)));
            var accessors = new List<AccessorDeclarationSyntax>
            {
                SyntaxFactory.AccessorDeclaration(SyntaxKind.GetAccessorDeclaration).WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken)),
            };
            if (!isReadOnly)
            {
                accessors.Add(SyntaxFactory.AccessorDeclaration(SyntaxKind.SetAccessorDeclaration).WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken)));
            }

            var property = SyntaxFactory.PropertyDeclaration(field.AttributeLists, modifiers, field.Declaration.Type, explicitInterfaceSpecifier: null, variable.Identifier.WithoutTrivia(),
                SyntaxFactory.AccessorList(SyntaxFactory.List(accessors)));
            if (variable.Initializer is { } initializer)
            {
                property = property.WithInitializer(initializer).WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken));
            }

            return property.WithTriviaFrom(field).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation);
        }
    }
}
