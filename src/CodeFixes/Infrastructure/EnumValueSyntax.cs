using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeFixes.Infrastructure
{
    /// <summary>
    /// A Governance enum value as code for a fix to insert: fully qualified (<c>global::Governance.DataClass.Identifier</c>)
    /// and marked for simplification, so it reads <c>DataClass.Identifier</c> once the fix adds the using. The type's
    /// name comes from <c>WellKnownTypeNames</c> and the member's from the enum's spelling table.
    /// </summary>
    internal static class EnumValueSyntax
    {
        public static ExpressionSyntax For(string enumMetadataName, EnumMemberSpelling member) =>
            SyntaxFactory.ParseExpression("global::" + enumMetadataName + "." + member.MemberName)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }
}
