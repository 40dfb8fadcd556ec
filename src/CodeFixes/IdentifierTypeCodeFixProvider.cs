using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;
using Governance.CodeFixes.Infrastructure;

namespace Governance.CodeFixes
{
    /// <summary>
    /// GOV015: stop asking for a hash the type cannot use. An <c>Identifier</c> becomes <c>Technical</c> (the class of
    /// a value about the software, which a bool, date or measurement is; reclassify it Interaction if it is about how
    /// the program is used); <c>Pseudonymize = true</c> is removed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IdentifierTypeCodeFixProvider)), Shared]
    public sealed class IdentifierTypeCodeFixProvider : DocumentFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.HashOfNonIdentifierType);

        /// <inheritdoc />
        protected override System.Collections.Generic.IEnumerable<FixAction> ActionsFor(Diagnostic diagnostic)
        {
            diagnostic.Properties.TryGetValue(DiagnosticProperties.HashRequestedBy, out var by);
            return by switch
            {
                "Pseudonymize" => new[] { new FixAction("Send the value as written (remove Pseudonymize)", nameof(IdentifierTypeCodeFixProvider) + ".Pseudonymize") },
                "DataClass" => new[] { new FixAction("Classify the field Technical", nameof(IdentifierTypeCodeFixProvider) + ".DataClass") },
                _ => System.Array.Empty<FixAction>(),
            };
        }

        /// <inheritdoc />
        protected override void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            var attribute = AttributeArguments.Enclosing(root, diagnostic.Location.SourceSpan) ?? FieldAttributeOf(root, diagnostic);
            if (attribute is null)
            {
                return;
            }

            if (equivalenceKey.EndsWith(".Pseudonymize", System.StringComparison.Ordinal))
            {
                if (AttributeArguments.Named(attribute, "Pseudonymize") is { } argument)
                {
                    editor.RemoveNode(argument);
                }

                return;
            }

            editor.ReplaceNode(attribute, (current, _) => AttributeArguments.WithNamed(
                (AttributeSyntax)current, "DataClass", EnumValueSyntax.For(WellKnownTypeNames.DataClass, EnumSpellings.DataClass.Find((int)DataClassKind.Technical)!)));
        }

        /// <summary>The property's <c>[TelemetryField]</c> when the diagnostic sits on the property rather than an argument.</summary>
        private static AttributeSyntax? FieldAttributeOf(SyntaxNode root, Diagnostic diagnostic) =>
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf().OfType<PropertyDeclarationSyntax>().FirstOrDefault()?
                .AttributeLists.SelectMany(list => list.Attributes).FirstOrDefault(a => AttributeNames.Is(a, WellKnownTypeNames.TelemetryFieldAttribute));
    }
}
