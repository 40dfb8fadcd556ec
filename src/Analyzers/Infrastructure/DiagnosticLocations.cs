using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>
    /// Finds where to put a squiggle: on the attribute argument that is wrong, on the property that is undocumented,
    /// on the type's name for declaration problems. Falls back to the nearest sensible place in half-typed code.
    /// </summary>
    internal static class DiagnosticLocations
    {
        public static AttributeSyntax? AttributeOf(AttributeData attribute, CancellationToken cancellationToken) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

        /// <summary>The value of a named argument (<c>Purpose = "..."</c>), or null when it is not written.</summary>
        public static ExpressionSyntax? NamedArgument(AttributeSyntax? attribute, string name)
        {
            if (attribute?.ArgumentList is null)
            {
                return null;
            }

            ExpressionSyntax? found = null;
            foreach (var argument in attribute.ArgumentList.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    found = argument.Expression;
                }
            }

            return found;
        }

        /// <summary>The first positional argument (the event name or the field description).</summary>
        public static ExpressionSyntax? PositionalArgument(AttributeSyntax? attribute)
        {
            if (attribute?.ArgumentList is null)
            {
                return null;
            }

            foreach (var argument in attribute.ArgumentList.Arguments)
            {
                if (argument.NameEquals is null)
                {
                    return argument.Expression;
                }
            }

            return null;
        }

        /// <summary>The named argument's location, else the attribute's name, else the symbol's first location.</summary>
        public static Location ArgumentOrAttribute(AttributeSyntax? attribute, string argumentName, ISymbol fallback)
        {
            var argument = NamedArgument(attribute, argumentName);
            if (argument is not null)
            {
                return argument.GetLocation();
            }

            return attribute is not null ? attribute.Name.GetLocation() : FirstLocation(fallback);
        }

        /// <summary>The identifier of the declaration that carries the attribute (for partial types), else the first.</summary>
        public static Location TypeName(INamedTypeSymbol type, AttributeSyntax? attribute)
        {
            if (attribute?.Parent?.Parent is BaseTypeDeclarationSyntax declaration)
            {
                return declaration.Identifier.GetLocation();
            }

            return FirstLocation(type);
        }

        /// <summary>The property's type as written (a property or a positional record parameter), else its name.</summary>
        public static Location PropertyType(IPropertySymbol property, CancellationToken cancellationToken)
        {
            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                switch (reference.GetSyntax(cancellationToken))
                {
                    case PropertyDeclarationSyntax declaration:
                        return declaration.Type.GetLocation();
                    case ParameterSyntax { Type: { } parameterType }:
                        return parameterType.GetLocation();
                }
            }

            return FirstLocation(property);
        }

        public static Location FirstLocation(ISymbol symbol) =>
            symbol.Locations.IsDefaultOrEmpty ? Location.None : symbol.Locations[0];
    }
}
