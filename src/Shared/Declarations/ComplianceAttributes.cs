using Microsoft.CodeAnalysis;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// Attributes from other .NET libraries that already mark a member as personal data, matched by metadata name so
    /// no package is needed: <c>Microsoft.Extensions.Compliance</c>'s <c>DataClassificationAttribute</c> and anything
    /// derived from it, and ASP.NET Core Identity's <c>PersonalDataAttribute</c> (and <c>ProtectedPersonalDataAttribute</c>).
    /// </summary>
    internal static class ComplianceAttributes
    {
        public const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";
        public const string PersonalDataAttribute = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";

        /// <summary>The name of the first such attribute on <paramref name="symbol"/>, or null.</summary>
        public static string? FindPersonalDataMarker(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                for (var type = attribute.AttributeClass; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
                {
                    if (MetadataNames.Is(type, DataClassificationAttribute) || MetadataNames.Is(type, PersonalDataAttribute))
                    {
                        return attribute.AttributeClass!.Name;
                    }
                }
            }

            return null;
        }
    }
}
