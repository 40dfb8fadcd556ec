using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// The allow-list of field types: values whose content can be described in one sentence and bounded. Strings,
    /// booleans, numbers, enums, dates, durations and GUIDs, and their nullable forms; lists of them
    /// (<c>IReadOnlyList&lt;T&gt;</c>, <c>T[]</c>); and maps whose keys are the members of an enum
    /// (<c>IReadOnlyDictionary&lt;TEnum, TValue&gt;</c>). Everything else (objects, other collections, maps keyed by
    /// values chosen at run time, exceptions, streams, delegates, arbitrary structs) is refused with a reason that says
    /// what to send instead.
    /// </summary>
    internal static class FieldTypeClassifier
    {
        private const string ReadOnlyList = "System.Collections.Generic.IReadOnlyList`1";
        private const string ReadOnlyDictionary = "System.Collections.Generic.IReadOnlyDictionary`2";
        private const string Dictionary = "System.Collections.Generic.IDictionary`2";
        private const string NonGenericDictionary = "System.Collections.IDictionary";

        public static FieldType Classify(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                && nullable.TypeArguments.Length == 1)
            {
                var inner = ClassifyScalar(nullable.TypeArguments[0]);
                return new FieldType(inner.Kind, isNullableValueType: true, inner.ValueType, inner.UnsupportedReason);
            }

            if (type is IArrayTypeSymbol array)
            {
                return array.Rank == 1
                    ? ClassifyList(type, array.ElementType)
                    : Unsupported(type, "is a multi-dimensional array; send a list of values (T[] or IReadOnlyList<T>) instead");
            }

            if (type is INamedTypeSymbol named && named.TypeArguments.Length > 0)
            {
                if (MetadataNames.Is(named.OriginalDefinition, ReadOnlyList))
                {
                    return ClassifyList(type, named.TypeArguments[0]);
                }

                if (MetadataNames.Is(named.OriginalDefinition, ReadOnlyDictionary))
                {
                    return ClassifyMap(type, named.TypeArguments[0], named.TypeArguments[1]);
                }
            }

            return ClassifyScalar(type);
        }

        private static FieldType ClassifyScalar(ITypeSymbol type)
        {
            var kind = KindOf(type);
            return new FieldType(kind, isNullableValueType: false, type, kind == FieldKind.Unsupported ? ReasonFor(type) : null);
        }

        private static FieldType ClassifyList(ITypeSymbol type, ITypeSymbol element)
        {
            if (element.TypeKind == TypeKind.Error)
            {
                return new FieldType(FieldKind.Unsupported, false, element, null, FieldShapeKind.List);
            }

            var value = ClassifyElement(element, "list of", "leave missing values out of the list");
            return value.IsSupported
                ? new FieldType(value.Kind, false, element, null, FieldShapeKind.List)
                : new FieldType(FieldKind.Unsupported, false, type, value.UnsupportedReason, FieldShapeKind.List);
        }

        private static FieldType ClassifyMap(ITypeSymbol type, ITypeSymbol key, ITypeSymbol value)
        {
            if (key.TypeKind == TypeKind.Error || value.TypeKind == TypeKind.Error)
            {
                return new FieldType(FieldKind.Unsupported, false, value.TypeKind == TypeKind.Error ? value : key, null, FieldShapeKind.Map);
            }

            if (key.TypeKind != TypeKind.Enum || key is not INamedTypeSymbol keyEnum)
            {
                return Unsupported(type, OpenKeysReason);
            }

            var classified = ClassifyElement(value, "map to", "leave a key out rather than mapping it to null");
            return classified.IsSupported
                ? new FieldType(classified.Kind, false, value, null, FieldShapeKind.Map, keyEnum)
                : new FieldType(FieldKind.Unsupported, false, type, classified.UnsupportedReason, FieldShapeKind.Map, keyEnum);
        }

        /// <summary>An element of a list or a value of a map: a scalar that is not a nullable value type.</summary>
        private static FieldType ClassifyElement(ITypeSymbol element, string relation, string insteadOfNull)
        {
            var display = element.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            if (element is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
            {
                return Unsupported(element, "is a " + relation + " '" + display + "', nullable values; " + insteadOfNull);
            }

            var scalar = ClassifyScalar(element);
            if (scalar.IsSupported)
            {
                return scalar;
            }

            var reason = element.TypeKind == TypeKind.Array || element is INamedTypeSymbol { TypeArguments.Length: > 0 } && IsEnumerable(element)
                ? "holds collections inside a collection, which cannot be documented as one field; flatten it into separate fields"
                : ReasonFor(element);
            return Unsupported(element, "is a " + relation + " '" + display + "', which " + reason);
        }

        private static FieldType Unsupported(ITypeSymbol type, string? reason) => new FieldType(FieldKind.Unsupported, false, type, reason);

        /// <summary>Why a map keyed by strings (or numbers, or anything but an enum) is refused, and what to do instead.</summary>
        private const string OpenKeysReason =
            "is keyed by values chosen at run time, so no description can say which keys are sent (an option name or a user's input becomes a field name); "
            + "key it by an enum (IReadOnlyDictionary<TEnum, TValue>), whose members are the keys the manifest lists, or send one event per key";

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

            if (IsDictionary(type))
            {
                return MapReason(type);
            }

            if (type.TypeKind == TypeKind.Array || IsEnumerable(type))
            {
                return ListReason(type);
            }

            if (type.TypeKind == TypeKind.Interface)
            {
                return "can be implemented by anything";
            }

            return "is a structured type that cannot be documented as one field; flatten it into documented fields";
        }

        /// <summary>A dictionary other than <c>IReadOnlyDictionary&lt;TEnum, TValue&gt;</c>: its keys decide what to say.</summary>
        private static string MapReason(ITypeSymbol type)
        {
            var arguments = DictionaryArguments(type);
            if (arguments is { } pair && pair.Key.TypeKind == TypeKind.Enum)
            {
                return "is not the map type a field may have; declare it as IReadOnlyDictionary<"
                    + pair.Key.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", " + pair.Value.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ">";
            }

            return OpenKeysReason;
        }

        /// <summary>A collection other than <c>IReadOnlyList&lt;T&gt;</c> or <c>T[]</c>: whether its elements could be a field decides what to say.</summary>
        private static string ListReason(ITypeSymbol type)
        {
            var element = EnumerableElement(type);
            if (element is not null && Classify(element) is { IsSupported: true, Shape: FieldShapeKind.Scalar, IsNullableValueType: false })
            {
                return "is not one of the list types a field may have; declare it as IReadOnlyList<"
                    + element.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "> or " + element.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "[]";
            }

            return "is a collection of unbounded size and content; send a list of values (IReadOnlyList<T> or T[] of strings, numbers, enums...), a count, or a fixed set of fields instead";
        }

        private static bool IsDictionary(ITypeSymbol type) => DictionaryArguments(type) is not null
            || IsOrImplements(type, t => MetadataNames.Is(t, NonGenericDictionary));

        /// <summary>The key and value types of the first <c>IReadOnlyDictionary&lt;K, V&gt;</c> or <c>IDictionary&lt;K, V&gt;</c> the type is or implements.</summary>
        private static (ITypeSymbol Key, ITypeSymbol Value)? DictionaryArguments(ITypeSymbol type)
        {
            foreach (var candidate in SelfAndInterfaces(type))
            {
                if (candidate.TypeArguments.Length == 2
                    && (MetadataNames.Is(candidate.OriginalDefinition, ReadOnlyDictionary) || MetadataNames.Is(candidate.OriginalDefinition, Dictionary)))
                {
                    return (candidate.TypeArguments[0], candidate.TypeArguments[1]);
                }
            }

            return null;
        }

        private static ITypeSymbol? EnumerableElement(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            foreach (var candidate in SelfAndInterfaces(type))
            {
                if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return candidate.TypeArguments[0];
                }
            }

            return null;
        }

        private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> SelfAndInterfaces(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol named)
            {
                yield return named;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                yield return implemented;
            }
        }

        private static bool IsOrImplements(ITypeSymbol type, System.Func<INamedTypeSymbol, bool> predicate)
        {
            foreach (var candidate in SelfAndInterfaces(type))
            {
                if (predicate(candidate))
                {
                    return true;
                }
            }

            return false;
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
