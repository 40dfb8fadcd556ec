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
    /// GOV003: exclude the property from telemetry with <c>[TelemetryIgnore]</c> (its <c>[TelemetryField]</c>, if
    /// any, goes: the property is no longer sent, so there is nothing to describe).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExcludeFieldCodeFixProvider)), Shared]
    public sealed class ExcludeFieldCodeFixProvider : DocumentFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.UndocumentedField);

        /// <inheritdoc />
        protected override string Title => "Exclude this property from telemetry ([TelemetryIgnore])";

        /// <inheritdoc />
        protected override void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var member = node.AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax || n is ParameterSyntax);
            var newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (newLine == default)
            {
                newLine = SyntaxFactory.LineFeed;
            }

            switch (member)
            {
                case PropertyDeclarationSyntax property:
                    editor.ReplaceNode(property, (current, _) => Exclude((PropertyDeclarationSyntax)current, newLine));
                    break;
                case ParameterSyntax parameter:
                    editor.ReplaceNode(parameter, (current, _) => Exclude((ParameterSyntax)current));
                    break;
            }
        }

        private static PropertyDeclarationSyntax Exclude(PropertyDeclarationSyntax property, SyntaxTrivia newLine)
        {
            var lists = WithoutTelemetryField(property.AttributeLists);
            var leading = property.GetLeadingTrivia();
            var ignore = IgnoreList(target: null).WithLeadingTrivia(leading).WithTrailingTrivia(newLine);
            var stripped = property.WithAttributeLists(lists).WithLeadingTrivia(IndentationOf(leading));
            return stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, ignore));
        }

        private static ParameterSyntax Exclude(ParameterSyntax parameter)
        {
            var lists = WithoutTelemetryField(parameter.AttributeLists);
            var ignore = IgnoreList(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.PropertyKeyword)))
                .WithTrailingTrivia(SyntaxFactory.Space);
            return parameter.WithAttributeLists(lists.Insert(0, ignore));
        }

        private static AttributeListSyntax IgnoreList(AttributeTargetSpecifierSyntax? target)
        {
            var name = SyntaxFactory.ParseName("global::Governance.TelemetryIgnore").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            return SyntaxFactory.AttributeList(target, SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(name)));
        }

        /// <summary>Removes <c>[TelemetryField]</c> (by name, so it works before the code binds) from every list.</summary>
        private static SyntaxList<AttributeListSyntax> WithoutTelemetryField(SyntaxList<AttributeListSyntax> lists)
        {
            var result = new SyntaxList<AttributeListSyntax>();
            foreach (var list in lists)
            {
                var kept = list.Attributes.Where(a => !IsTelemetryField(a)).ToList();
                if (kept.Count == list.Attributes.Count)
                {
                    result = result.Add(list);
                }
                else if (kept.Count > 0)
                {
                    result = result.Add(list.WithAttributes(SyntaxFactory.SeparatedList(kept)));
                }
            }

            return result;
        }

        private static bool IsTelemetryField(AttributeSyntax attribute) => AttributeNames.Is(attribute, WellKnownTypeNames.TelemetryFieldAttribute);

        private static SyntaxTriviaList IndentationOf(SyntaxTriviaList leading)
        {
            var last = leading.LastOrDefault();
            return last.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(last) : SyntaxFactory.TriviaList();
        }
    }
}
