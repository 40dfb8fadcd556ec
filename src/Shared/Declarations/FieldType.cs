using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// How a property's type maps to a field: a supported kind, or the reason it is not supported. The reason is a
    /// phrase that completes "has type 'T', which ..." in a diagnostic message.
    /// </summary>
    internal readonly struct FieldType
    {
        public FieldType(FieldKind kind, bool isNullableValueType, ITypeSymbol valueType, string? unsupportedReason)
        {
            Kind = kind;
            IsNullableValueType = isNullableValueType;
            ValueType = valueType;
            UnsupportedReason = unsupportedReason;
        }

        public FieldKind Kind { get; }

        /// <summary>True for <c>T?</c> where T is a value type; <see cref="ValueType"/> is then T.</summary>
        public bool IsNullableValueType { get; }

        public ITypeSymbol ValueType { get; }

        /// <summary>Why the type cannot be a field, or null when it can (or when the type has errors).</summary>
        public string? UnsupportedReason { get; }

        /// <summary>True when the type did not bind (half-typed code): the compiler reports it, the tools stay quiet.</summary>
        public bool IsError => ValueType.TypeKind == TypeKind.Error;

        public bool IsSupported => Kind != FieldKind.Unsupported;
    }
}
