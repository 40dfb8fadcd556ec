using System.Collections.Immutable;
using System.Composition;
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
    /// GOV007 and GOV011: declare <c>Consent = Consent.OptIn</c>, the choice that asks the user first. For GOV011 the
    /// diagnostic sits on a field; its additional location points at the event's attribute.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequireOptInCodeFixProvider)), Shared]
    public sealed class RequireOptInCodeFixProvider : DocumentFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.MissingConsent, DiagnosticIds.PersonalDataInOptOutEvent);

        /// <inheritdoc />
        protected override string Title => "Require opt-in (Consent = Consent.OptIn)";

        /// <inheritdoc />
        protected override bool CanFix(Diagnostic diagnostic) =>
            diagnostic.Id == DiagnosticIds.MissingConsent
            || (diagnostic.AdditionalLocations.Count > 0 && diagnostic.AdditionalLocations[0].SourceTree == diagnostic.Location.SourceTree);

        /// <inheritdoc />
        protected override void Fix(SyntaxEditor editor, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var location = diagnostic.Id == DiagnosticIds.MissingConsent ? diagnostic.Location : diagnostic.AdditionalLocations[0];
            var attribute = AttributeArguments.Enclosing(root, location.SourceSpan);
            if (attribute is not null)
            {
                // One callback per attribute, so that several diagnostics on one event (Fix All) set Consent once.
                editor.ReplaceNode(attribute, (current, _) => WithOptIn((AttributeSyntax)current));
            }
        }

        private static AttributeSyntax WithOptIn(AttributeSyntax attribute) =>
            AttributeArguments.WithNamed(attribute, "Consent", EnumValueSyntax.For(WellKnownTypeNames.Consent, EnumSpellings.Consent.Find((int)ConsentKind.OptIn)!));
    }
}
