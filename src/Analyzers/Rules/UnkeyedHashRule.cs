using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

namespace Governance.Analyzers.Rules
{
    /// <summary>
    /// GOV017: <c>HashWithoutKey</c> only where an unkeyed hash protects something (answers "what data?"). Anyone can
    /// hash a guess and compare, and the same value has the same hash in every product: on an identifier or personal
    /// data it would link a person's events everywhere, beside <c>Pseudonymize</c> it contradicts the keyed hash, and on
    /// anything but text every possible value can be tried.
    /// </summary>
    internal sealed class UnkeyedHashRule : EventRule
    {
        private const string Argument = "HashWithoutKey";

        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.UnkeyedHashThatDoesNotProtect,
            title: "Hash without a key where it does not protect",
            messageFormat: "Field '{0}' of {1} is declared HashWithoutKey = true, but {2}",
            category: "Governance.Documentation",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A hash without a key is the same on every installation and in every product, and anyone who guesses the value can match it. It suits text that is not personal and is meant to be counted across users (template names). On an identifier, personal or sensitive value it would link a person's events across products: those are hashed with the installation's key (Pseudonymize). Beside Pseudonymize it contradicts the keyed hash, and a number, date, bool, enum or map takes values anyone can try one by one.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.UnkeyedHashThatDoesNotProtect));

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor);

        public override bool AppliesToContexts => true;

        public override void Analyze(EventRuleContext context)
        {
            var owner = context.Owner;
            foreach (var field in owner.Fields)
            {
                if (!field.HashWithoutKey.Value || field.Type.IsError || !field.Type.IsSupported || !InheritedFromAnotherEvent.Owns(owner.Type, field.Property))
                {
                    continue;
                }

                var (reason, fix) = Problem(field);
                if (reason is null)
                {
                    continue;
                }

                var location = DiagnosticLocations.NamedArgument(DiagnosticLocations.AttributeOf(field.FieldAttribute!, context.CancellationToken), Argument)?.GetLocation()
                    ?? InheritedFromAnotherEvent.LocationFor(owner.Type, field.Property);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.UnkeyedHashFix, fix);
                context.Report(Descriptor, location, properties, field.Property.Name, owner.DisplayName, reason);
            }
        }

        /// <summary>Why the unkeyed hash protects nothing here and what the fix does, or no reason when it is in its place.</summary>
        private static (string? Reason, string Fix) Problem(FieldDeclaration field)
        {
            if (field.Pseudonymize.Value)
            {
                return ("it is also declared Pseudonymize = true, which hashes it with the installation's key; remove HashWithoutKey", "Remove");
            }

            if (field.DataClass.Value == DataClassKind.Identifier)
            {
                return ("it is classified Identifier, which is hashed with the installation's key already; hashed without it, the identifier would be the same in every product and link the person's events everywhere; remove HashWithoutKey", "Remove");
            }

            var type = field.Property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            if (field.Type.Shape == FieldShapeKind.Map)
            {
                return ("its type '" + type + "' is a map: its values are counts or labels per key, which are not hashed; remove HashWithoutKey", "Remove");
            }

            if (field.Type.Kind != FieldKind.String)
            {
                return ("its type '" + type + "' is not a string or a list of strings: only text is hashed without a key, and a number, date, bool or enum takes values anyone can hash one by one to read it back; remove HashWithoutKey", "Remove");
            }

            if (field.DataClass.Value >= DataClassKind.Personal)
            {
                return ("it is classified " + field.DataClass.Value.ToMemberName() + ": anyone who guesses the value can match the hash, and a value unique to a person would link their events across products; hash it with the installation's key (Pseudonymize = true)", "Pseudonymize");
            }

            return (null, string.Empty);
        }
    }
}
