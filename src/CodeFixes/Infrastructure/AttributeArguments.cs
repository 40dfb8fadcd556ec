using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Governance.CodeFixes.Infrastructure
{
    /// <summary>Finds a declaration attribute and reads or sets its named arguments (<c>RetentionDays = 90</c>).</summary>
    internal static class AttributeArguments
    {
        /// <summary>The attribute that contains <paramref name="span"/> (a diagnostic's location), or null.</summary>
        public static AttributeSyntax? Enclosing(SyntaxNode root, TextSpan span) =>
            root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();

        /// <summary>The named argument <paramref name="name"/>; the last, if it is written twice.</summary>
        public static AttributeArgumentSyntax? Named(AttributeSyntax? attribute, string name) =>
            attribute?.ArgumentList?.Arguments.LastOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);

        /// <summary>Sets <paramref name="name"/> to <paramref name="value"/>: replaces the value written, or adds the argument.</summary>
        public static AttributeSyntax WithNamed(AttributeSyntax attribute, string name, ExpressionSyntax value)
        {
            var existing = Named(attribute, name);
            if (existing is not null)
            {
                return attribute.ReplaceNode(existing.Expression, value.WithTriviaFrom(existing.Expression));
            }

            var argument = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)), nameColon: null, value);
            return attribute.WithArgumentList((attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList()).AddArguments(argument));
        }
    }
}
