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
    /// GOV010: classify the field as the category it looks like (<c>DataClass = DataClass.Personal</c>, ...), or, for a
    /// value that only needs to link events, as <c>Identifier</c>, which the emitter sends as a keyed hash.
    /// Offered when the field already has a <c>[TelemetryField]</c> to put the class on.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClassifyFieldCodeFixProvider)), Shared]
    public sealed class ClassifyFieldCodeFixProvider : DocumentFixProvider
    {
        private const string KeyPrefix = "ClassifyAs";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.PersonalDataName);

        /// <inheritdoc />
        protected override IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.HasFieldAttribute, out var hasAttribute) || hasAttribute != "true"
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.SuggestedClass, out var suggested) || suggested is null)
            {
                yield break;
            }

            yield return new FixAction(suggested == "Identifier" ? "Classify as Identifier (sent as a keyed hash)" : "Classify as " + suggested, KeyPrefix + suggested);
            if (suggested != "Identifier" && diagnostic.Properties.TryGetValue(DiagnosticProperties.Hashable, out var hashable) && hashable == "true")
            {
                yield return new FixAction("Classify as Identifier (sent as a keyed hash)", KeyPrefix + "Identifier");
            }
        }

        /// <inheritdoc />
        protected override void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            var dataClass = equivalenceKey.Substring(KeyPrefix.Length);
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var member = node.AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax || n is ParameterSyntax);
            var lists = member switch
            {
                PropertyDeclarationSyntax property => property.AttributeLists,
                ParameterSyntax parameter => parameter.AttributeLists,
                _ => default,
            };
            var attribute = lists.SelectMany(l => l.Attributes).FirstOrDefault(a => AttributeNames.Is(a, WellKnownTypeNames.TelemetryFieldAttribute));
            if (attribute is not null)
            {
                editor.ReplaceNode(attribute, (current, _) => WithDataClass((AttributeSyntax)current, dataClass));
            }
        }

        private static AttributeSyntax WithDataClass(AttributeSyntax attribute, string dataClass)
        {
            var value = SyntaxFactory.ParseExpression("global::Governance.DataClass." + dataClass).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            return AttributeArguments.WithNamed(attribute, "DataClass", value);
        }
    }
}
