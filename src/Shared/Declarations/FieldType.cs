using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// How a property's type maps to a field: a supported shape and kind, or the reason it is not supported. The reason
    /// is a phrase that completes "has type 'T', which ..." in a diagnostic message.
    /// </summary>
    internal readonly struct FieldType
    {
        public FieldType(FieldKind kind, bool isNullableValueType, ITypeSymbol valueType, string? unsupportedReason, FieldShapeKind shape = FieldShapeKind.Scalar, INamedTypeSymbol? keyType = null)
        {
            Kind = kind;
            IsNullableValueType = isNullableValueType;
            ValueType = valueType;
            UnsupportedReason = unsupportedReason;
            Shape = shape;
            KeyType = keyType;
        }

        /// <summary>The kind of the value: of the field's one value, of each element of a list, of each value of a map.</summary>
        public FieldKind Kind { get; }

        /// <summary>True for a scalar <c>T?</c> where T is a value type; <see cref="ValueType"/> is then T.</summary>
        public bool IsNullableValueType { get; }

        /// <summary>The type of the value (of each element, of each map value); the property's type when unsupported.</summary>
        public ITypeSymbol ValueType { get; }

        /// <summary>Why the type cannot be a field, or null when it can (or when the type has errors).</summary>
        public string? UnsupportedReason { get; }

        /// <summary>One value, a list, or a map keyed by an enum.</summary>
        public FieldShapeKind Shape { get; }

        /// <summary>For a map, its key enum; null otherwise.</summary>
        public INamedTypeSymbol? KeyType { get; }

        /// <summary>True when the type did not bind (half-typed code): the compiler reports it, the tools stay quiet.</summary>
        public bool IsError => ValueType.TypeKind == TypeKind.Error || KeyType?.TypeKind == TypeKind.Error;

        public bool IsSupported => Kind != FieldKind.Unsupported;
    }
}
