using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// Turns a read declaration into the generator's equatable <see cref="EventSpec"/>, or null when no emitter can
    /// be generated for it. Missing values take their safe defaults (no purpose → empty, no consent → opt-in); the
    /// analyzers report them, so the generator can stay quiet and keep the rest of the program compiling.
    /// Fields whose type is not supported are left out (GOV004 reports them).
    /// </summary>
    internal static class EventSpecBuilder
    {
        /// <summary>Names as declared, without <c>@</c>: the C# writer escapes them where it writes code.</summary>
        private static readonly SymbolDisplayFormat DisplayFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
            .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None);

        public static EventSpec? Build(EventDeclaration declaration)
        {
            if (declaration.Name is null || !IsBuildable(declaration.ImplementationProblem, declaration.Type))
            {
                return null;
            }

            var fields = BuildFields(declaration.Fields);
            return new EventSpec(
                BuildHierarchy(declaration.Type),
                TextNormalizer.Normalize(declaration.Name),
                declaration.Type.ContainingAssembly?.Name ?? string.Empty,
                TextNormalizer.Normalize(declaration.Purpose.Value ?? string.Empty),
                declaration.RetentionDays.Value,
                EffectiveConsent(declaration.Consent.Value, fields),
                declaration.Access.Value,
                Normalize(declaration.Owner.Value),
                Normalize(declaration.Expires.Value),
                fields,
                InheritedMembers(declaration.Type),
                declaration.IncludeContext.Value);
        }

        /// <summary>
        /// The name <see cref="Build"/> would give the event, or null when it would build none, without reading the fields
        /// (all the baseline analyzer needs for an event the baseline does not list).
        /// </summary>
        public static string? BuildableName(INamedTypeSymbol type, AttributeData attribute)
        {
            var name = TelemetryEventReader.ReadName(attribute);
            return name is not null && IsBuildable(TelemetryEventReader.FindImplementationProblem(type), type) ? TextNormalizer.Normalize(name) : null;
        }

        private static bool IsBuildable(ImplementationProblem problem, INamedTypeSymbol type) =>
            problem == ImplementationProblem.None && HasNamesEverywhere(type);

        /// <summary>
        /// The fields the generator can emit, as specs. Half-typed code can leave a property without a name, or an enum
        /// without one: nothing to emit yet. Fields whose type is not supported are left out (GOV004 reports them).
        /// </summary>
        internal static EquatableArray<FieldSpec> BuildFields(ImmutableArray<FieldDeclaration> declared)
        {
            var fields = ImmutableArray.CreateBuilder<FieldSpec>(declared.Length);
            foreach (var field in declared)
            {
                if (field.Type.IsSupported && !field.Type.IsError && IsIdentifier(field.Property.Name)
                    && (field.Type.Kind != FieldKind.Enum || HasNamesEverywhere(field.Type.ValueType))
                    && (field.Type.KeyType is null || HasNamesEverywhere(field.Type.KeyType)))
                {
                    fields.Add(new FieldSpec(
                        field.Property.Name,
                        TextNormalizer.Normalize(field.WireName),
                        TextNormalizer.Normalize(field.Description ?? string.Empty),
                        field.DataClass.Value,
                        BuildType(field),
                        field.Hashing,
                        field.OmitWhenNull.Value));
                }
            }

            return new EquatableArray<FieldSpec>(fields.ToImmutable());
        }

        /// <summary>
        /// The consent an event is sent under given the contexts it carries: personal or sensitive data in a context that
        /// an opt-out event includes needs an opt-in too (GOV011 reports the event; if the rule is switched off, the
        /// emitter still asks for the opt-in, and the manifest says so).
        /// </summary>
        public static EventSpec WithContexts(EventSpec spec, DataClassKind highestContextClass) =>
            spec.IncludesContext && highestContextClass >= DataClassKind.Personal && spec.Consent != ConsentKind.OptIn
                ? spec with { Consent = ConsentKind.OptIn }
                : spec;

        /// <summary>
        /// The generated members that a base type declares where this type sees them (a base type that is an event too):
        /// the generated ones of this type hide them, and say so with <c>new</c>.
        /// </summary>
        internal static GeneratedMembers InheritedMembers(INamedTypeSymbol type)
        {
            var inherited = GeneratedMembers.None;
            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                // A base event of this assembly gets its members in this same generator run, so they are not in the
                // compilation yet: whether it will get them is what counts.
                if (SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, type.ContainingAssembly))
                {
                    if (IsImplementableEvent(baseType))
                    {
                        return inherited | GeneratedMembers.Descriptor;
                    }

                    if (IsImplementableContext(baseType))
                    {
                        return inherited | GeneratedMembers.Descriptor | GeneratedMembers.ContextValues;
                    }
                }

                if (IsVisibleMember(baseType, GeneratedNames.DescriptorPropertyName, type))
                {
                    inherited |= GeneratedMembers.Descriptor;
                }

                if (IsVisibleMember(baseType, GeneratedNames.ContextValuesTypeName, type))
                {
                    inherited |= GeneratedMembers.ContextValues;
                }
            }

            return inherited;
        }

        private static bool IsImplementableEvent(INamedTypeSymbol type) =>
            TelemetryEventReader.FindEventAttribute(type) is { } attribute
            && TelemetryEventReader.ReadName(attribute) is not null
            && TelemetryEventReader.FindImplementationProblem(type) == ImplementationProblem.None
            && HasNamesEverywhere(type);

        private static bool IsImplementableContext(INamedTypeSymbol type) =>
            TelemetryEventReader.FindContextAttribute(type) is not null
            && TelemetryEventReader.FindEventAttribute(type) is null
            && TelemetryEventReader.FindImplementationProblem(type) == ImplementationProblem.None
            && HasNamesEverywhere(type);

        private static bool IsVisibleMember(INamedTypeSymbol declaring, string name, INamedTypeSymbol from)
        {
            foreach (var member in declaring.GetMembers(name))
            {
                switch (member.DeclaredAccessibility)
                {
                    case Accessibility.Public:
                    case Accessibility.Protected:
                    case Accessibility.ProtectedOrInternal:
                        return true;
                    case Accessibility.Internal:
                    case Accessibility.ProtectedAndInternal:
                        if (declaring.ContainingAssembly is { } assembly
                            && (SymbolEqualityComparer.Default.Equals(assembly, from.ContainingAssembly) || assembly.GivesAccessTo(from.ContainingAssembly)))
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        /// <summary>
        /// Personal and sensitive data is only ever sent with an opt-in. GOV011 reports an opt-out event that carries
        /// it; if that rule is switched off, the emitter still asks for the opt-in, and the manifest says so.
        /// </summary>
        private static ConsentKind EffectiveConsent(ConsentKind declared, EquatableArray<FieldSpec> fields)
        {
            foreach (var field in fields)
            {
                if (field.DataClass >= DataClassKind.Personal)
                {
                    return ConsentKind.OptIn;
                }
            }

            return declared;
        }

        private static string? Normalize(string? value) => value is null ? null : TextNormalizer.Normalize(value);

        /// <summary>Whether generated code can name the type: it, its containing types and namespaces all have names.</summary>
        internal static bool HasNamesEverywhere(ITypeSymbol type)
        {
            for (ISymbol? current = type; current is not null; current = current.ContainingSymbol)
            {
                switch (current)
                {
                    case INamespaceSymbol { IsGlobalNamespace: true }:
                        return true;
                    case INamespaceSymbol or INamedTypeSymbol when !IsIdentifier(current.Name):
                        return false;
                }
            }

            return true;
        }

        private static bool IsIdentifier(string name) => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name);

        internal static bool IsPublic(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility != Accessibility.Public)
                {
                    return false;
                }
            }

            return true;
        }

        internal static TypeHierarchySpec BuildHierarchy(INamedTypeSymbol type)
        {
            var containing = new List<TypeDeclarationSpec>();
            for (var current = type.ContainingType; current is not null; current = current.ContainingType)
            {
                containing.Add(DeclarationOf(current));
            }

            containing.Reverse();
            var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containingNamespace
                ? containingNamespace.ToDisplayString(DisplayFormat)
                : string.Empty;
            return new TypeHierarchySpec(ns, containing.ToEquatableArray(), DeclarationOf(type));
        }

        private static TypeDeclarationSpec DeclarationOf(INamedTypeSymbol type)
        {
            string keyword;
            if (type.IsRecord)
            {
                keyword = type.TypeKind == TypeKind.Struct ? "record struct" : "record";
            }
            else
            {
                keyword = type.TypeKind switch
                {
                    TypeKind.Struct => "struct",
                    TypeKind.Interface => "interface",
                    _ => "class",
                };
            }

            return new TypeDeclarationSpec(keyword, type.Name);
        }

        private static FieldTypeSpec BuildType(FieldDeclaration field)
        {
            var type = field.Type;
            var annotated = field.Property.Type.NullableAnnotation == NullableAnnotation.Annotated;
            var value = ValueDisplayName(type.ValueType, type.Kind);
            switch (type.Shape)
            {
                case FieldShapeKind.List:
                {
                    var element = value + (IsAnnotatedReference(type.ValueType) ? "?" : string.Empty);
                    var display = field.Property.Type is IArrayTypeSymbol ? element + "[]" : "IReadOnlyList<" + element + ">";
                    return WithValue(type, display + (annotated ? "?" : string.Empty), FieldShapeKind.List, key: null);
                }

                case FieldShapeKind.Map:
                {
                    var keyEnum = type.KeyType!;
                    var keyShape = EnumTypeShape.Of(keyEnum);
                    var key = new MapKeySpec(EnumDisplayName(keyEnum), keyShape.FullyQualifiedName, keyShape.UnderlyingType, keyShape.Members);
                    var display = "IReadOnlyDictionary<" + key.DisplayName + ", " + value + (IsAnnotatedReference(type.ValueType) ? "?" : string.Empty) + ">";
                    return WithValue(type, display + (annotated ? "?" : string.Empty), FieldShapeKind.Map, key);
                }

                default:
                {
                    var nullable = type.IsNullableValueType || (type.Kind == FieldKind.String && annotated);
                    return WithValue(type, value + (nullable ? "?" : string.Empty), FieldShapeKind.Scalar, key: null);
                }
            }
        }

        /// <summary>The spec of a field whose values (its one value, its elements, its map values) are of <paramref name="type"/>'s kind.</summary>
        private static FieldTypeSpec WithValue(FieldType type, string displayName, FieldShapeKind shape, MapKeySpec? key)
        {
            if (type.Kind != FieldKind.Enum)
            {
                return new FieldTypeSpec(type.Kind, type.IsNullableValueType, displayName, string.Empty, string.Empty, EquatableArray<EnumMemberSpec>.Empty, shape, key);
            }

            var enumType = (INamedTypeSymbol)type.ValueType;
            var enumShape = EnumTypeShape.Of(enumType);
            return new FieldTypeSpec(
                FieldKind.Enum,
                type.IsNullableValueType,
                displayName,
                enumShape.FullyQualifiedName,
                enumShape.UnderlyingType,
                enumShape.Members,
                shape,
                key,
                IsVisibleToAssembly(enumType));
        }

        /// <summary>
        /// Whether code anywhere in the assembly may name <paramref name="type"/>: not private, protected or file-local, nor
        /// inside such a type, nor inside a generic type (whose type parameters only its own members can name).
        /// </summary>
        private static bool IsVisibleToAssembly(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsFileLocal || current.IsGenericType || current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
                {
                    return false;
                }
            }

            return true;
        }

        private static string ValueDisplayName(ITypeSymbol valueType, FieldKind kind) =>
            kind == FieldKind.Enum && valueType is INamedTypeSymbol enumType ? EnumDisplayName(enumType) : FieldKindKeywords.KeywordOf(kind);

        /// <summary>A string element or map value declared <c>string?</c>.</summary>
        private static bool IsAnnotatedReference(ITypeSymbol type) => type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;

        private static string EnumDisplayName(INamedTypeSymbol enumType)
        {
            var name = enumType.Name;
            for (var containing = enumType.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                name = containing.Name + "." + name;
            }

            return name;
        }
    }
}
