using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Naming;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// Reads a <c>[TelemetryEvent]</c> type from its symbol. The generator and every analyzer go through this one
    /// reader, so they never disagree about what a declaration says, which properties are fields, or their names.
    /// Never throws on half-typed code: what cannot be read is reported as missing or invalid.
    /// </summary>
    internal static class TelemetryEventReader
    {
        /// <summary>
        /// The type's <c>[TelemetryEvent]</c>, matched by metadata name as the generator's
        /// <c>ForAttributeWithMetadataName</c> matches it: every analyzer and fix finds the attribute here.
        /// </summary>
        public static AttributeData? FindEventAttribute(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (IsAttribute(attribute, WellKnownTypeNames.TelemetryEventAttribute))
                {
                    return attribute;
                }
            }

            return null;
        }

        public static EventDeclaration Read(INamedTypeSymbol type, AttributeData attribute, CancellationToken cancellationToken) =>
            Read(type, attribute, literals: null, cancellationToken);

        /// <param name="type">The event type.</param>
        /// <param name="attribute">Its <c>[TelemetryEvent]</c>.</param>
        /// <param name="literals">
        /// When given, fields whose <c>[TelemetryField]</c> syntax says everything are read from it rather than bound (the
        /// generator); what is read is the same either way.
        /// </param>
        /// <param name="cancellationToken">Cancels the read.</param>
        public static EventDeclaration Read(INamedTypeSymbol type, AttributeData attribute, LiteralFieldAttributes? literals, CancellationToken cancellationToken)
        {
            var name = ReadName(attribute);
            var purpose = DeclaredArgument<string?>.Missing(null);
            var retention = DeclaredArgument<int>.Missing(0);
            var consent = DeclaredArgument<ConsentKind>.Missing(ConsentKind.OptIn);
            var access = DeclaredArgument<AccessKind>.Missing(AccessKind.Team);
            var owner = DeclaredArgument<string?>.Missing(null);
            var expires = DeclaredArgument<string?>.Missing(null);
            var includeContext = DeclaredArgument<bool>.Missing(true);
            foreach (var argument in attribute.NamedArguments)
            {
                switch (argument.Key)
                {
                    case "Purpose":
                        purpose = ReadString(argument.Value);
                        break;
                    case "RetentionDays":
                        retention = ReadInt32(argument.Value);
                        break;
                    case "Consent":
                        consent = ReadEnum(argument.Value, ConsentKind.OptIn, v => v == (int)ConsentKind.OptIn || v == (int)ConsentKind.OptOut);
                        break;
                    case "Access":
                        access = ReadEnum(argument.Value, AccessKind.Team, v => v >= (int)AccessKind.Team && v <= (int)AccessKind.Public);
                        break;
                    case "Owner":
                        owner = ReadString(argument.Value);
                        break;
                    case "Expires":
                        expires = ReadString(argument.Value);
                        break;
                    case "IncludeContext":
                        includeContext = ReadBoolean(argument.Value, true);
                        break;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            var fields = ReadFields(type, literals, cancellationToken);
            return new EventDeclaration(type, attribute, name, purpose, retention, consent, access, owner, expires, fields, FindImplementationProblem(type), includeContext, ReadPublicFields(type));
        }

        /// <summary>
        /// The type's <c>[TelemetryContext]</c>, matched by metadata name as the generator matches it; null when it has none.
        /// </summary>
        public static AttributeData? FindContextAttribute(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (IsAttribute(attribute, WellKnownTypeNames.TelemetryContextAttribute))
                {
                    return attribute;
                }
            }

            return null;
        }

        /// <summary>
        /// Reads a <c>[TelemetryContext]</c> type: its fields exactly as an event's are read. A type that is declared an
        /// event too is the event; as a context it cannot be implemented (<see cref="ImplementationProblem.EventAndContext"/>).
        /// </summary>
        public static ContextDeclaration ReadContext(INamedTypeSymbol type, AttributeData attribute, CancellationToken cancellationToken) =>
            ReadContext(type, attribute, literals: null, cancellationToken);

        /// <summary>A context's declaration; <paramref name="literals"/> as for <see cref="Read(INamedTypeSymbol, AttributeData, LiteralFieldAttributes?, CancellationToken)"/>.</summary>
        public static ContextDeclaration ReadContext(INamedTypeSymbol type, AttributeData attribute, LiteralFieldAttributes? literals, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = ReadFields(type, literals, cancellationToken);
            var problem = FindEventAttribute(type) is not null ? ImplementationProblem.EventAndContext : FindImplementationProblem(type);
            if (problem == ImplementationProblem.None && IsBeforeCSharp8(type))
            {
                problem = ImplementationProblem.ContextBeforeCSharp8;
            }

            return new ContextDeclaration(type, attribute, fields, problem, ReadPublicFields(type));
        }

        /// <summary>
        /// Public instance fields of the type and its base types (a C# field is never sent: only properties are read),
        /// unless marked <c>[TelemetryIgnore]</c>; in base-first, source order.
        /// </summary>
        public static ImmutableArray<IFieldSymbol> ReadPublicFields(INamedTypeSymbol type)
        {
            var chain = new List<INamedTypeSymbol>();
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
            {
                chain.Add(current);
            }

            chain.Reverse();
            ImmutableArray<IFieldSymbol>.Builder? builder = null; // Events rarely have public fields: no builder for none.
            foreach (var declaring in chain)
            {
                foreach (var member in declaring.GetMembers())
                {
                    if (member is IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public } field
                        && field.AssociatedSymbol is null
                        && !HasAttribute(field, WellKnownTypeNames.TelemetryIgnoreAttribute))
                    {
                        (builder ??= ImmutableArray.CreateBuilder<IFieldSymbol>()).Add(field);
                    }
                }
            }

            return builder is null ? ImmutableArray<IFieldSymbol>.Empty : builder.ToImmutable();
        }

        /// <summary>The event name, or null when the argument is missing or not a constant string.</summary>
        public static string? ReadName(AttributeData attribute) =>
            attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0] is { Kind: TypedConstantKind.Primitive, Value: string name }
                ? name
                : null;

        /// <summary>Whether a property is sent: public, readable, instance, not an indexer, not ignored.</summary>
        public static bool IsField(IPropertySymbol property) =>
            IsReadableInstanceProperty(property) && !HasAttribute(property, WellKnownTypeNames.TelemetryIgnoreAttribute);

        /// <summary>Public, readable, instance, not an indexer: a field unless ignored.</summary>
        public static bool IsReadableInstanceProperty(IPropertySymbol property) =>
            !property.IsStatic
            && !property.IsIndexer
            && property.DeclaredAccessibility == Accessibility.Public
            && property.GetMethod is { DeclaredAccessibility: Accessibility.Public };

        /// <summary>The values <c>DataClass</c> may take (an undefined one, a cast, reads as invalid).</summary>
        public static bool IsDefinedDataClass(int value) => value >= (int)DataClassKind.Technical && value <= (int)DataClassKind.Sensitive;

        public static FieldDeclaration ReadField(IPropertySymbol property)
        {
            AttributeData? fieldAttribute = null;
            foreach (var attribute in property.GetAttributes())
            {
                if (IsAttribute(attribute, WellKnownTypeNames.TelemetryFieldAttribute))
                {
                    fieldAttribute = attribute;
                    break;
                }
            }

            string? description = null;
            var dataClass = DeclaredArgument<DataClassKind>.Missing(DataClassKind.Technical);
            string? wireName = null;
            var omitWhenNull = DeclaredArgument<bool>.Missing(false);
            var pseudonymize = DeclaredArgument<bool>.Missing(false);
            var hashWithoutKey = DeclaredArgument<bool>.Missing(false);
            if (fieldAttribute is not null)
            {
                if (fieldAttribute.ConstructorArguments.Length == 1
                    && fieldAttribute.ConstructorArguments[0] is { Kind: TypedConstantKind.Primitive, Value: string declaredDescription })
                {
                    description = declaredDescription;
                }

                foreach (var argument in fieldAttribute.NamedArguments)
                {
                    if (argument.Key == "DataClass")
                    {
                        dataClass = ReadEnum(argument.Value, DataClassKind.Technical, IsDefinedDataClass);
                    }
                    else if (argument.Key == "Name" && argument.Value is { Kind: TypedConstantKind.Primitive, Value: string declaredName } && declaredName.Length > 0)
                    {
                        wireName = declaredName;
                    }
                    else if (argument.Key == "OmitWhenNull")
                    {
                        omitWhenNull = ReadBoolean(argument.Value, false);
                    }
                    else if (argument.Key == "Pseudonymize")
                    {
                        pseudonymize = ReadBoolean(argument.Value, false);
                    }
                    else if (argument.Key == "HashWithoutKey")
                    {
                        hashWithoutKey = ReadBoolean(argument.Value, false);
                    }
                }
            }

            // A member already marked as personal data by a .NET compliance attribute is classified Personal when the
            // [TelemetryField] says nothing more specific.
            var complianceMarker = ComplianceAttributes.FindPersonalDataMarker(property);
            if (!dataClass.IsPresent && complianceMarker is not null)
            {
                dataClass = new DeclaredArgument<DataClassKind>(true, true, DataClassKind.Personal);
            }

            return CreateField(property, fieldAttribute, description, dataClass, wireName, complianceMarker, omitWhenNull, pseudonymize, hashWithoutKey);
        }

        /// <summary>A field from what its attribute says, however that was read; no declared name means the property's in snake_case.</summary>
        internal static FieldDeclaration CreateField(
            IPropertySymbol property,
            AttributeData? fieldAttribute,
            string? description,
            DeclaredArgument<DataClassKind> dataClass,
            string? wireName,
            string? complianceMarker,
            DeclaredArgument<bool> omitWhenNull,
            DeclaredArgument<bool> pseudonymize,
            DeclaredArgument<bool> hashWithoutKey) =>
            new FieldDeclaration(
                property,
                fieldAttribute,
                description,
                dataClass,
                wireName ?? WireNames.FromPropertyName(property.Name),
                FieldTypeClassifier.Classify(property.Type),
                complianceMarker,
                omitWhenNull,
                pseudonymize,
                hashWithoutKey);

        /// <summary>Whether <paramref name="attribute"/> is the well-known attribute <paramref name="metadataName"/> (bound, not an error type).</summary>
        public static bool IsAttribute(AttributeData attribute, string metadataName)
        {
            var attributeClass = attribute.AttributeClass;
            return attributeClass is not null && attributeClass.TypeKind != TypeKind.Error && MetadataNames.Is(attributeClass, metadataName);
        }

        private static bool HasAttribute(ISymbol symbol, string metadataName)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (IsAttribute(attribute, metadataName))
                {
                    return true;
                }
            }

            return false;
        }

        internal static ImmutableArray<FieldDeclaration> ReadFields(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            ReadFields(type, literals: null, cancellationToken);

        private static ImmutableArray<FieldDeclaration> ReadFields(INamedTypeSymbol type, LiteralFieldAttributes? literals, CancellationToken cancellationToken)
        {
            // Base types first, so that a derived event lists inherited fields before its own; an override or a
            // 'new' property replaces the inherited one in place.
            var chain = new List<INamedTypeSymbol>();
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
            {
                chain.Add(current);
            }

            chain.Reverse();
            var fields = new List<IPropertySymbol>();
            var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
            var fromSyntax = literals is null ? null : new Dictionary<IPropertySymbol, FieldDeclaration?>(SymbolEqualityComparer.Default);
            bool IsFieldHere(IPropertySymbol property)
            {
                if (literals is not null && literals.TryRead(property, out var read))
                {
                    fromSyntax![property] = read;
                    return read is not null;
                }

                return IsField(property);
            }

            foreach (var declaring in chain)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var property in InSourceOrder(declaring))
                {
                    if (indexByName.TryGetValue(property.Name, out var index))
                    {
                        fields[index] = property;
                    }
                    else if (IsFieldHere(property))
                    {
                        indexByName[property.Name] = fields.Count;
                        fields.Add(property);
                    }
                }
            }

            var builder = ImmutableArray.CreateBuilder<FieldDeclaration>(fields.Count);
            foreach (var property in fields)
            {
                // An override or 'new' property took its place without being read: read it like the others.
                if ((fromSyntax is not null && fromSyntax.TryGetValue(property, out var read)) || (literals is not null && literals.TryRead(property, out read)))
                {
                    if (read is not null)
                    {
                        builder.Add(read);
                    }
                }
                else if (IsField(property))
                {
                    builder.Add(ReadField(property));
                }
            }

            // Every field read (the common case) fills the builder exactly: its array becomes the result, uncopied.
            return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
        }

        /// <summary>
        /// Properties ordered by file path and position rather than by the compilation's tree order, so a partial
        /// type split over files yields the same field order however the files are passed to the compiler.
        /// </summary>
        private static List<IPropertySymbol> InSourceOrder(INamedTypeSymbol type)
        {
            var members = type.GetMembers();
            var count = 0;
            foreach (var member in members)
            {
                count += member is IPropertySymbol ? 1 : 0;
            }

            var properties = new List<(IPropertySymbol Property, string Path, int Position, int Index)>(count);
            var index = 0;
            foreach (var member in members)
            {
                if (member is IPropertySymbol property)
                {
                    var location = property.Locations.IsDefaultOrEmpty ? null : property.Locations[0];
                    var path = location is { IsInSource: true } ? location.SourceTree?.FilePath ?? string.Empty : string.Empty;
                    var position = location is { IsInSource: true } ? location.SourceSpan.Start : 0;
                    properties.Add((property, path, position, index++));
                }
            }

            properties.Sort((a, b) =>
            {
                var byPath = string.CompareOrdinal(a.Path, b.Path);
                if (byPath != 0)
                {
                    return byPath;
                }

                return a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Index.CompareTo(b.Index);
            });

            var result = new List<IPropertySymbol>(properties.Count);
            foreach (var entry in properties)
            {
                result.Add(entry.Property);
            }

            return result;
        }

        /// <summary>
        /// Whether the type is compiled as C# 7.3 or earlier (a netstandard2.0 library's default): a context's generated
        /// values are written with nullable annotations, which need C# 8. An event's emitter is written without them.
        /// </summary>
        private static bool IsBeforeCSharp8(INamedTypeSymbol type)
        {
            var references = type.DeclaringSyntaxReferences;
            return references.Length > 0 && references[0].SyntaxTree.Options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp8 };
        }

        /// <summary>Why the generator cannot implement the type, or <see cref="ImplementationProblem.None"/>.</summary>
        public static ImplementationProblem FindImplementationProblem(INamedTypeSymbol type)
        {
            if (type.IsStatic)
            {
                return ImplementationProblem.StaticType;
            }

            if (type.IsRefLikeType)
            {
                return ImplementationProblem.RefStruct;
            }

            if (type.IsFileLocal)
            {
                return ImplementationProblem.FileLocal;
            }

            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.TypeParameters.Length > 0)
                {
                    return ImplementationProblem.Generic;
                }

                if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
                {
                    return ImplementationProblem.Inaccessible;
                }
            }

            if (!IsPartialEverywhere(type))
            {
                return ImplementationProblem.NotPartial;
            }

            for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                if (!IsPartialEverywhere(containing))
                {
                    return ImplementationProblem.ContainingTypeNotPartial;
                }
            }

            return FindReservedNameConflict(type) is null ? ImplementationProblem.None : ImplementationProblem.ReservedMemberName;
        }

        /// <summary>
        /// The name of a member the generator adds that the type takes for itself: it declares a member of that name, or
        /// bears it (a member cannot be named like its type). Null when there is none.
        /// </summary>
        public static string? FindReservedNameConflict(INamedTypeSymbol type)
        {
            foreach (var reserved in GeneratedNames.ReservedMemberNames)
            {
                if (type.Name == reserved)
                {
                    return reserved;
                }

                foreach (var member in type.GetMembers(reserved))
                {
                    if (!IsGeneratedByGovernance(member))
                    {
                        return reserved;
                    }
                }
            }

            return null;
        }

        /// <summary>True for members the Governance generator added (analyzers see generated code too).</summary>
        public static bool IsGeneratedByGovernance(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (IsAttribute(attribute, WellKnownTypeNames.GeneratedCodeAttribute)
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is string tool
                    && tool == ToolInfo.Name)
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsPartialEverywhere(INamedTypeSymbol type)
        {
            if (type.DeclaringSyntaxReferences.IsDefaultOrEmpty)
            {
                return false;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }

            return true;
        }

        private static DeclaredArgument<string?> ReadString(TypedConstant constant)
        {
            if (constant.Kind == TypedConstantKind.Primitive && (constant.Value is string || constant.Value is null))
            {
                return new DeclaredArgument<string?>(true, true, (string?)constant.Value);
            }

            return new DeclaredArgument<string?>(true, false, null);
        }

        private static DeclaredArgument<bool> ReadBoolean(TypedConstant constant, bool fallback)
        {
            if (constant.Kind == TypedConstantKind.Primitive && constant.Value is bool value)
            {
                return new DeclaredArgument<bool>(true, true, value);
            }

            return new DeclaredArgument<bool>(true, false, fallback);
        }

        private static DeclaredArgument<int> ReadInt32(TypedConstant constant)
        {
            if (constant.Kind == TypedConstantKind.Primitive && constant.Value is int value)
            {
                return new DeclaredArgument<int>(true, true, value);
            }

            return new DeclaredArgument<int>(true, false, 0);
        }

        private static DeclaredArgument<TEnum> ReadEnum<TEnum>(TypedConstant constant, TEnum fallback, Func<int, bool> isDefined)
            where TEnum : struct, Enum
        {
            if (constant.Kind == TypedConstantKind.Enum && constant.Value is int value && isDefined(value))
            {
                return new DeclaredArgument<TEnum>(true, true, (TEnum)(object)value);
            }

            return new DeclaredArgument<TEnum>(true, false, fallback);
        }
    }
}
