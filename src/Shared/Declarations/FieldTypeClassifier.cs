using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// The allow-list of field types: values whose content can be described in one sentence and bounded.
    /// Strings, booleans, numbers, enums, dates, durations and GUIDs, and their nullable forms. Everything else
    /// (objects, collections, exceptions, streams, delegates, arbitrary structs) is refused with a reason.
    /// </summary>
    internal static class FieldTypeClassifier
    {
        public static FieldType Classify(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                && nullable.TypeArguments.Length == 1)
            {
                var inner = Classify(nullable.TypeArguments[0]);
                return new FieldType(inner.Kind, isNullableValueType: true, inner.ValueType, inner.UnsupportedReason);
            }

            var kind = KindOf(type);
            return new FieldType(kind, isNullableValueType: false, type, kind == FieldKind.Unsupported ? ReasonFor(type) : null);
        }

        private static FieldKind KindOf(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_String: return FieldKind.String;
                case SpecialType.System_Boolean: return FieldKind.Boolean;
                case SpecialType.System_Byte: return FieldKind.Byte;
                case SpecialType.System_SByte: return FieldKind.SByte;
                case SpecialType.System_Int16: return FieldKind.Int16;
                case SpecialType.System_UInt16: return FieldKind.UInt16;
                case SpecialType.System_Int32: return FieldKind.Int32;
                case SpecialType.System_UInt32: return FieldKind.UInt32;
                case SpecialType.System_Int64: return FieldKind.Int64;
                case SpecialType.System_UInt64: return FieldKind.UInt64;
                case SpecialType.System_Single: return FieldKind.Single;
                case SpecialType.System_Double: return FieldKind.Double;
                case SpecialType.System_Decimal: return FieldKind.Decimal;
                case SpecialType.System_DateTime: return FieldKind.DateTime;
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return FieldKind.Enum;
            }

            if (MetadataNames.Is(type, WellKnownTypeNames.DateTimeOffset))
            {
                return FieldKind.DateTimeOffset;
            }

            if (MetadataNames.Is(type, WellKnownTypeNames.TimeSpan))
            {
                return FieldKind.TimeSpan;
            }

            return MetadataNames.Is(type, WellKnownTypeNames.Guid) ? FieldKind.Guid : FieldKind.Unsupported;
        }

        private static string? ReasonFor(ITypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Error)
            {
                return null;
            }

            if (type.TypeKind == TypeKind.Dynamic)
            {
                return "can hold anything";
            }

            if (type.SpecialType == SpecialType.System_Object)
            {
                return "can hold anything";
            }

            if (type.SpecialType == SpecialType.System_Char)
            {
                return "is a single character; send a string or an enum instead";
            }

            if (type.SpecialType == SpecialType.System_IntPtr || type.SpecialType == SpecialType.System_UIntPtr)
            {
                return "has a range that depends on the machine";
            }

            if (type.TypeKind == TypeKind.Delegate)
            {
                return "is code, not data";
            }

            if (type.TypeKind == TypeKind.Pointer || type.TypeKind == TypeKind.FunctionPointer)
            {
                return "is a memory address, not data";
            }

            if (type.TypeKind == TypeKind.TypeParameter)
            {
                return "can be any type";
            }

            if (DerivesFrom(type, WellKnownTypeNames.Exception))
            {
                return "carries messages, stack traces and file paths that can hold personal data";
            }

            if (DerivesFrom(type, WellKnownTypeNames.Stream))
            {
                return "has unbounded, unknown content";
            }

            if (type.TypeKind == TypeKind.Array || IsEnumerable(type))
            {
                return "is a collection of unbounded size and content; send a count or a fixed set of fields instead";
            }

            if (type.TypeKind == TypeKind.Interface)
            {
                return "can be implemented by anything";
            }

            return "is a structured type that cannot be documented as one field; flatten it into documented fields";
        }

        private static bool IsEnumerable(ITypeSymbol type)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable
                    || implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return true;
                }
            }

            return type.SpecialType == SpecialType.System_Collections_IEnumerable
                || type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T;
        }

        private static bool DerivesFrom(ITypeSymbol type, string baseMetadataName)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (MetadataNames.Is(current, baseMetadataName))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
