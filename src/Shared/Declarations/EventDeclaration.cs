using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// A <c>[TelemetryEvent]</c> type as declared, read from its symbol: what each named argument says (or that it
    /// is missing or invalid) and its fields. Analyzers use it with its symbols; the generator turns it into an
    /// <see cref="EventSpec"/> and lets the symbols go.
    /// </summary>
    internal sealed class EventDeclaration : TelemetryTypeDeclaration
    {
        public EventDeclaration(
            INamedTypeSymbol type,
            AttributeData attribute,
            string? name,
            DeclaredArgument<string?> purpose,
            DeclaredArgument<int> retentionDays,
            DeclaredArgument<ConsentKind> consent,
            DeclaredArgument<AccessKind> access,
            DeclaredArgument<string?> owner,
            DeclaredArgument<string?> expires,
            ImmutableArray<FieldDeclaration> fields,
            ImplementationProblem implementationProblem,
            DeclaredArgument<bool> includeContext = default,
            ImmutableArray<IFieldSymbol> publicFields = default)
            : base(type, attribute, fields, implementationProblem, publicFields)
        {
            Name = name;
            Purpose = purpose;
            RetentionDays = retentionDays;
            Consent = consent;
            Access = access;
            Owner = owner;
            Expires = expires;
            IncludeContext = includeContext.IsPresent ? includeContext : DeclaredArgument<bool>.Missing(true);
        }

        /// <summary>The event name, or null when the argument is missing or not a constant string.</summary>
        public string? Name { get; }

        public DeclaredArgument<string?> Purpose { get; }

        public DeclaredArgument<int> RetentionDays { get; }

        public DeclaredArgument<ConsentKind> Consent { get; }

        public DeclaredArgument<AccessKind> Access { get; }

        public DeclaredArgument<string?> Owner { get; }

        public DeclaredArgument<string?> Expires { get; }

        /// <summary>Whether the event carries the common context (<c>IncludeContext</c>, true unless declared false).</summary>
        public DeclaredArgument<bool> IncludeContext { get; }

        public override string DisplayName => "event '" + (Name ?? Type.Name) + "'";
    }

    /// <summary>A property that is sent as a field, with what its <c>[TelemetryField]</c> attribute says.</summary>
    internal sealed class FieldDeclaration
    {
        public FieldDeclaration(
            IPropertySymbol property,
            AttributeData? fieldAttribute,
            string? description,
            DeclaredArgument<DataClassKind> dataClass,
            string wireName,
            FieldType type,
            string? complianceMarker = null,
            DeclaredArgument<bool> omitWhenNull = default,
            DeclaredArgument<bool> pseudonymize = default)
        {
            Property = property;
            OmitWhenNull = omitWhenNull;
            Pseudonymize = pseudonymize;
            ComplianceMarker = complianceMarker;
            FieldAttribute = fieldAttribute;
            Description = description;
            DataClass = dataClass;
            WireName = wireName;
            Type = type;
        }

        public IPropertySymbol Property { get; }

        /// <summary>The <c>[TelemetryField]</c> attribute, or null when the property has none.</summary>
        public AttributeData? FieldAttribute { get; }

        /// <summary>The description, or null when the attribute or its argument is missing or not constant.</summary>
        public string? Description { get; }

        /// <summary>
        /// The data class: from <c>[TelemetryField(DataClass = ...)]</c>, else Personal when a .NET compliance attribute
        /// marks the property (then <see cref="ComplianceMarker"/> names it), else missing (Technical applies).
        /// </summary>
        public DeclaredArgument<DataClassKind> DataClass { get; }

        /// <summary>The .NET compliance attribute that marks the property as personal data, if any.</summary>
        public string? ComplianceMarker { get; }

        /// <summary>The declared <c>Name</c>, or the property name in snake_case.</summary>
        public string WireName { get; }

        public FieldType Type { get; }

        /// <summary><c>OmitWhenNull</c>: a null value is left out of the event.</summary>
        public DeclaredArgument<bool> OmitWhenNull { get; }

        /// <summary><c>Pseudonymize</c>: the value is sent as a keyed hash whatever its data class.</summary>
        public DeclaredArgument<bool> Pseudonymize { get; }

        /// <summary>Whether the value is sent as a keyed hash: an Identifier, or declared <c>Pseudonymize = true</c>.</summary>
        public bool IsHashed => DataClass.Value == DataClassKind.Identifier || Pseudonymize.Value;
    }

    /// <summary>
    /// A named attribute argument: whether it was written, and its value when it is a valid constant.
    /// <see cref="Value"/> holds the default that applies when the argument is missing or invalid.
    /// </summary>
    internal readonly struct DeclaredArgument<T>
    {
        public DeclaredArgument(bool isPresent, bool isValid, T value)
        {
            IsPresent = isPresent;
            IsValid = isValid;
            Value = value;
        }

        public bool IsPresent { get; }

        /// <summary>False when the argument is written but is not a usable constant (half-typed code, out-of-range enum).</summary>
        public bool IsValid { get; }

        public T Value { get; }

        public static DeclaredArgument<T> Missing(T defaultValue) => new DeclaredArgument<T>(false, true, defaultValue);
    }
}
