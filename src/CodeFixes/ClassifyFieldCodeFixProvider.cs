using System.Collections.Generic;
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
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.SuggestedClass, out var suggestedName)
                || DataClassNamed(suggestedName) is not { } suggested)
            {
                yield break;
            }

            var identifier = EnumSpellings.DataClass.Find((int)DataClassKind.Identifier)!;
            yield return ActionFor(suggested);
            if (suggested != identifier && diagnostic.Properties.TryGetValue(DiagnosticProperties.Hashable, out var hashable) && hashable == "true")
            {
                yield return ActionFor(identifier);
            }
        }

        /// <inheritdoc />
        protected override void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            var dataClass = DataClassNamed(equivalenceKey.Substring(KeyPrefix.Length));
            if (dataClass is null)
            {
                return;
            }

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

        private static FixAction ActionFor(EnumMemberSpelling dataClass) =>
            new FixAction(
                dataClass.Value == (int)DataClassKind.Identifier ? "Classify as " + dataClass.MemberName + " (sent as a keyed hash)" : "Classify as " + dataClass.MemberName,
                KeyPrefix + dataClass.MemberName);

        /// <summary>The data class with that member name (as the analyzer wrote it), or null: a fix never writes a member the runtime lacks.</summary>
        private static EnumMemberSpelling? DataClassNamed(string? memberName)
        {
            foreach (var member in EnumSpellings.DataClass.Members)
            {
                if (member.MemberName == memberName)
                {
                    return member;
                }
            }

            return null;
        }

        private static AttributeSyntax WithDataClass(AttributeSyntax attribute, EnumMemberSpelling dataClass) =>
            AttributeArguments.WithNamed(attribute, "DataClass", EnumValueSyntax.For(WellKnownTypeNames.DataClass, dataClass));
    }
}
