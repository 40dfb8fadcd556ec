using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>Reads <c>[assembly: TelemetryProduct(...)]</c>; what cannot be read is left out, never guessed.</summary>
    internal static class TelemetryProductReader
    {
        /// <summary>The declared product, without its assembly name (the caller knows it); null if the name is unreadable.</summary>
        public static ProductSpec? Read(AttributeData attribute, string assemblyName)
        {
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name || name.Trim().Length == 0)
            {
                return null;
            }

            string? controller = null, contact = null, policy = null, security = null;
            foreach (var argument in attribute.NamedArguments)
            {
                var value = argument.Value.Kind == TypedConstantKind.Primitive ? argument.Value.Value as string : null;
                value = value is null ? null : TextNormalizer.Normalize(value);
                switch (argument.Key)
                {
                    case "DataController": controller = value; break;
                    case "PrivacyContact": contact = value; break;
                    case "PrivacyPolicyUrl": policy = value; break;
                    case "SecurityContact": security = value; break;
                }
            }

            return new ProductSpec(TextNormalizer.Normalize(name), assemblyName, controller, contact, policy, security);
        }
    }
}
