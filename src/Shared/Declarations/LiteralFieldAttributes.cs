using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// Reads a property's <c>[TelemetryField]</c> from its syntax when that says exactly what binding would: the
    /// attribute is the property's only one, written <c>TelemetryField</c>, with one string literal and at most
    /// <c>DataClass = DataClass.Member</c>, <c>Name = "literal"</c>, <c>OmitWhenNull = true</c> and
    /// <c>Pseudonymize = true</c>, <c>HashWithoutKey = true</c> (or false), and those names mean Governance's attribute and
    /// enum where they are written (checked by a name lookup once per type declaration, which costs far less than
    /// binding every attribute). Anything else (constants, <c>nameof</c>, concatenations, aliases, other arguments, other
    /// attributes) is left to binding. Binding every field's attribute was most of the generator's own time.
    /// </summary>
    /// <remarks>Used by the generator only: a field read here has no <see cref="AttributeData"/>, which the analyzers need for locations.</remarks>
    internal sealed class LiteralFieldAttributes
    {
        private const string WrittenName = "TelemetryField";

        private readonly Compilation _compilation;
        private readonly INamedTypeSymbol? _attributeType;
        private readonly INamedTypeSymbol? _dataClassType;

        private static readonly ConditionalWeakTable<Compilation, LiteralFieldAttributes> ByCompilation = new ConditionalWeakTable<Compilation, LiteralFieldAttributes>();

        // The generator reads declarations of one compilation on several threads at once: the caches are concurrent.
        /// <summary>Per type declaration: whether the attribute's name and <c>DataClass</c> mean Governance's there.</summary>
        private readonly ConcurrentDictionary<SyntaxNode, (bool Attribute, bool DataClass)> _namesByDeclaration = new ConcurrentDictionary<SyntaxNode, (bool, bool)>();

        /// <summary>
        /// The same per namespace declaration (or file): what every type there sees when none of its own members, bases,
        /// containing types or parameters is named like the two names. Looking the names up was most of the generator's
        /// time when done for every type; types of one file share the answer.
        /// </summary>
        private readonly ConcurrentDictionary<SyntaxNode, (bool Attribute, bool DataClass)> _namesByScope = new ConcurrentDictionary<SyntaxNode, (bool, bool)>();

        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();

        /// <summary>The reader of <paramref name="compilation"/>, shared by all its declarations so its caches serve them all.</summary>
        public static LiteralFieldAttributes For(Compilation compilation) => ByCompilation.GetValue(compilation, static c => new LiteralFieldAttributes(c));

        public LiteralFieldAttributes(Compilation compilation)
        {
            _compilation = compilation;
            _attributeType = compilation.GetTypeByMetadataName(WellKnownTypeNames.TelemetryFieldAttribute);
            _dataClassType = compilation.GetTypeByMetadataName(WellKnownTypeNames.DataClass);
        }

        /// <summary>
        /// The field as <see cref="TelemetryEventReader.ReadField"/> would read it, or false when only binding can tell.
        /// <paramref name="field"/> is null when the property is not a field (not public, static, an indexer, ...).
        /// </summary>
        public bool TryRead(IPropertySymbol property, out FieldDeclaration? field)
        {
            field = null;
            var references = property.DeclaringSyntaxReferences;
            if (_attributeType is null || _dataClassType is null || references.Length != 1
                || references[0].GetSyntax() is not PropertyDeclarationSyntax declaration)
            {
                return false;
            }

            AttributeSyntax? found = null;
            foreach (var list in declaration.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    if (found is not null || list.Target is not null || attribute.Name is not IdentifierNameSyntax { Identifier.ValueText: WrittenName })
                    {
                        return false;
                    }

                    found = attribute;
                }
            }

            if (found is null)
            {
                // No attribute at all: nothing binding could find either (no [TelemetryIgnore], no compliance marker).
                field = TelemetryEventReader.IsReadableInstanceProperty(property)
                    ? TelemetryEventReader.CreateField(property, null, null, DeclaredArgument<DataClassKind>.Missing(DataClassKind.Technical), null, null, DeclaredArgument<bool>.Missing(false), DeclaredArgument<bool>.Missing(false), DeclaredArgument<bool>.Missing(false))
                    : null;
                return true;
            }

            if (!TryReadArguments(found, out var arguments))
            {
                return false;
            }

            var names = NamesAt(declaration, found, property.ContainingType);
            if (!names.Attribute || (arguments.DataClass.IsPresent && !names.DataClass))
            {
                return false;
            }

            field = TelemetryEventReader.IsReadableInstanceProperty(property)
                ? TelemetryEventReader.CreateField(property, null, arguments.Description, arguments.DataClass, arguments.WireName, null, arguments.OmitWhenNull, arguments.Pseudonymize, arguments.HashWithoutKey)
                : null;
            return true;
        }

        private static bool TryReadArguments(AttributeSyntax attribute, out Arguments read)
        {
            read = new Arguments();
            var positional = 0;
            var seen = NamedArgument.None;
            foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
            {
                if (argument.NameColon is not null)
                {
                    return false;
                }

                if (argument.NameEquals is null)
                {
                    if (positional++ > 0 || !IsStringLiteral(argument.Expression, out var text))
                    {
                        return false;
                    }

                    read.Description = text;
                    continue;
                }

                var key = argument.NameEquals.Name.Identifier.ValueText;
                var named = NamedArgumentOf(key);
                if ((seen & named) != 0)
                {
                    return false;
                }

                seen |= named;

                switch (key)
                {
                    case "DataClass" when argument.Expression is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: IdentifierNameSyntax { Identifier.ValueText: "DataClass" }, Name: IdentifierNameSyntax member }
                                          && TryDataClass(member.Identifier.ValueText, out var kind):
                        read.DataClass = new DeclaredArgument<DataClassKind>(true, true, kind);
                        break;
                    case "Name" when IsStringLiteral(argument.Expression, out var name):
                        read.WireName = name!.Length > 0 ? name : null;
                        break;
                    case "OmitWhenNull" when IsBooleanLiteral(argument.Expression, out var omit):
                        read.OmitWhenNull = new DeclaredArgument<bool>(true, true, omit);
                        break;
                    case "Pseudonymize" when IsBooleanLiteral(argument.Expression, out var pseudonymize):
                        read.Pseudonymize = new DeclaredArgument<bool>(true, true, pseudonymize);
                        break;
                    case "HashWithoutKey" when IsBooleanLiteral(argument.Expression, out var hashWithoutKey):
                        read.HashWithoutKey = new DeclaredArgument<bool>(true, true, hashWithoutKey);
                        break;
                    default:
                        return false;
                }
            }

            // The attribute's one constructor takes the description: without it, binding reports an error and reads nothing.
            return positional == 1;
        }

        /// <summary>The named arguments read here, so a duplicate is found without a set of names (binding reports it).</summary>
        [System.Flags]
        private enum NamedArgument
        {
            None = 0,
            DataClass = 1,
            Name = 2,
            OmitWhenNull = 4,
            Pseudonymize = 8,
            HashWithoutKey = 16,
        }

        private static NamedArgument NamedArgumentOf(string key) => key switch
        {
            "DataClass" => NamedArgument.DataClass,
            "Name" => NamedArgument.Name,
            "OmitWhenNull" => NamedArgument.OmitWhenNull,
            "Pseudonymize" => NamedArgument.Pseudonymize,
            "HashWithoutKey" => NamedArgument.HashWithoutKey,
            _ => NamedArgument.None, // not read here: the switch below leaves the attribute to binding
        };

        private static bool IsBooleanLiteral(ExpressionSyntax expression, out bool value)
        {
            value = expression.IsKind(SyntaxKind.TrueLiteralExpression);
            return value || expression.IsKind(SyntaxKind.FalseLiteralExpression);
        }

        private static bool IsStringLiteral(ExpressionSyntax expression, out string? text)
        {
            if (expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
            {
                text = literal.Token.ValueText;
                return true;
            }

            text = null;
            return false;
        }

        /// <summary>A member of <c>Governance.DataClass</c> by name, as the reader accepts it when bound.</summary>
        private static bool TryDataClass(string memberName, out DataClassKind kind)
        {
            foreach (var member in EnumSpellings.DataClass.Members)
            {
                if (member.MemberName == memberName && TelemetryEventReader.IsDefinedDataClass(member.Value))
                {
                    kind = (DataClassKind)member.Value;
                    return true;
                }
            }

            kind = default;
            return false;
        }

        /// <summary>What the attribute's arguments say, each missing until written.</summary>
        private sealed class Arguments
        {
            public string? Description { get; set; }

            public DeclaredArgument<DataClassKind> DataClass { get; set; } = DeclaredArgument<DataClassKind>.Missing(DataClassKind.Technical);

            public string? WireName { get; set; }

            public DeclaredArgument<bool> OmitWhenNull { get; set; } = DeclaredArgument<bool>.Missing(false);

            public DeclaredArgument<bool> Pseudonymize { get; set; } = DeclaredArgument<bool>.Missing(false);

            public DeclaredArgument<bool> HashWithoutKey { get; set; } = DeclaredArgument<bool>.Missing(false);
        }

        /// <summary>
        /// Whether, inside this type declaration, <c>[TelemetryField]</c> binds to Governance's attribute (nothing named
        /// <c>TelemetryField</c> competes, and <c>TelemetryFieldAttribute</c> is Governance's alone) and <c>DataClass</c> to
        /// Governance's enum (no member, alias or other type of that name comes first).
        /// </summary>
        private (bool Attribute, bool DataClass) NamesAt(PropertyDeclarationSyntax property, AttributeSyntax attribute, INamedTypeSymbol containingType)
        {
            var declaration = (SyntaxNode?)property.Parent ?? property;
            if (_namesByDeclaration.TryGetValue(declaration, out var known))
            {
                return known;
            }

            var scope = EnclosingScope(declaration);
            var sharesScope = scope is not null && !NamesCompeteInside(containingType);
            if (sharesScope && _namesByScope.TryGetValue(scope!, out known))
            {
                _namesByDeclaration[declaration] = known;
                return known;
            }

            var model = _models.GetOrAdd(attribute.SyntaxTree, tree => _compilation.GetSemanticModel(tree));
            var position = attribute.SpanStart;
            var names = (
                model.LookupNamespacesAndTypes(position, name: WrittenName).IsEmpty && IsOnly(model.LookupNamespacesAndTypes(position, name: WrittenName + "Attribute"), _attributeType),
                IsOnly(model.LookupSymbols(position, name: "DataClass"), _dataClassType));
            _namesByDeclaration[declaration] = names;
            if (sharesScope)
            {
                _namesByScope[scope!] = names;
            }

            return names;
        }

        /// <summary>The namespace declaration or file whose names a type declaration sees after its own and its containers'.</summary>
        private static SyntaxNode? EnclosingScope(SyntaxNode declaration)
        {
            for (var node = declaration.Parent; node is not null; node = node.Parent)
            {
                if (node is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax)
                {
                    return node;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a name lookup inside <paramref name="type"/> could stop before its namespace: a member (inherited too),
        /// nested type, type parameter or primary-constructor parameter of it or a containing type named
        /// <c>TelemetryField</c>, <c>TelemetryFieldAttribute</c> or <c>DataClass</c>.
        /// </summary>
        private static bool NamesCompeteInside(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                foreach (var typeParameter in current.TypeParameters)
                {
                    if (IsCompetingName(typeParameter.Name))
                    {
                        return true;
                    }
                }

                foreach (var reference in current.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is TypeDeclarationSyntax { ParameterList: { } parameters })
                    {
                        foreach (var parameter in parameters.Parameters)
                        {
                            if (IsCompetingName(parameter.Identifier.ValueText))
                            {
                                return true;
                            }
                        }
                    }
                }

                for (var inherited = current; inherited is not null; inherited = inherited.BaseType)
                {
                    if (DeclaresCompetingMember(inherited))
                    {
                        return true;
                    }
                }

                foreach (var implemented in current.AllInterfaces)
                {
                    if (DeclaresCompetingMember(implemented))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool DeclaresCompetingMember(INamedTypeSymbol type)
        {
            foreach (var name in type.MemberNames)
            {
                if (IsCompetingName(name))
                {
                    return true;
                }
            }

            return !type.GetTypeMembers(WrittenName).IsEmpty || !type.GetTypeMembers(WrittenName + "Attribute").IsEmpty || !type.GetTypeMembers("DataClass").IsEmpty;
        }

        private static bool IsCompetingName(string name) => name is WrittenName or WrittenName + "Attribute" or "DataClass";

        private static bool IsOnly<TSymbol>(System.Collections.Immutable.ImmutableArray<TSymbol> found, INamedTypeSymbol? expected)
            where TSymbol : ISymbol =>
            found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0], expected);
    }
}
