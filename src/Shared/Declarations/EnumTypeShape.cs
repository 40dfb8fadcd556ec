using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Governance.CodeAnalysis.Model;
using Microsoft.CodeAnalysis;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// What the specs say of an enum type a field sends: its C# name, its underlying type and its members. Read once per
    /// enum symbol, not once per field: a thousand events that send the same enum read its members a thousand times.
    /// </summary>
    internal sealed class EnumTypeShape
    {
        // Keyed by the symbol, so a shape lives as long as its compilation (or, for a referenced enum, its metadata).
        private static readonly ConditionalWeakTable<INamedTypeSymbol, EnumTypeShape> Shapes = new ConditionalWeakTable<INamedTypeSymbol, EnumTypeShape>();

        private EnumTypeShape(string fullyQualifiedName, string underlyingType, EquatableArray<EnumMemberSpec> members)
        {
            FullyQualifiedName = fullyQualifiedName;
            UnderlyingType = underlyingType;
            Members = members;
        }

        /// <summary><c>global::Namespace.Type</c>.</summary>
        public string FullyQualifiedName { get; }

        /// <summary>The underlying integer type's C# keyword, <c>int</c> when it cannot be read.</summary>
        public string UnderlyingType { get; }

        /// <summary>Members in declaration order; an alias (a second name for a value) is dropped, the first name wins.</summary>
        public EquatableArray<EnumMemberSpec> Members { get; }

        public static EnumTypeShape Of(INamedTypeSymbol enumType) => Shapes.GetValue(enumType, static type => Read(type));

        private static EnumTypeShape Read(INamedTypeSymbol enumType)
        {
            var seen = new HashSet<string>();
            var members = new List<EnumMemberSpec>();
            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: not null } field && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(field.Name))
                {
                    if (seen.Add(System.Convert.ToString(field.ConstantValue, CultureInfo.InvariantCulture) ?? "0"))
                    {
                        members.Add(new EnumMemberSpec(Text.TextNormalizer.Normalize(field.Name)));
                    }
                }
            }

            return new EnumTypeShape(
                enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                enumType.EnumUnderlyingType?.ToDisplayString() ?? "int",
                members.ToEquatableArray());
        }
    }
}
