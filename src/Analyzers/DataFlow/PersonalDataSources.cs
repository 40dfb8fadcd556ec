using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers.DataFlow
{
    /// <summary>
    /// The places personal data comes from, as the data-flow rule knows them: the user's and machine's names, the
    /// command line, user paths, exception text, IP addresses, signed-in identities, and members that a .NET
    /// compliance attribute marks as personal. Each is described in words for the diagnostic.
    /// </summary>
    internal static class PersonalDataSources
    {
        private const string IdentityInterface = "System.Security.Principal.IIdentity";

        // Matched by member name, then by the declaring type's metadata name compared in place: every property,
        // method and type the tracer meets is looked up here, so no "Type.Member" string is built to switch on.
        private static readonly (string Type, string Member, string Description)[] PropertySources =
        {
            ("System.Environment", "UserName", "Environment.UserName (the user's account name)"),
            ("System.Environment", "UserDomainName", "Environment.UserDomainName (the user's domain)"),
            ("System.Environment", "MachineName", "Environment.MachineName (the machine's name)"),
            ("System.Environment", "CommandLine", "Environment.CommandLine (the command line, which can hold paths and secrets)"),
            ("System.Environment", "CurrentDirectory", "Environment.CurrentDirectory (a path that can hold the user's name)"),
            ("System.Exception", "Message", "an exception message (it can hold names, paths and values)"),
            ("System.Exception", "StackTrace", "a stack trace (it can hold user paths)"),
            ("System.Security.Claims.Claim", "Value", "a claim's value (it belongs to a signed-in user)"),
        };

        private static readonly (string Type, string Member, string Description)[] MethodSources =
        {
            ("System.Environment", "GetCommandLineArgs", "Environment.GetCommandLineArgs() (the command-line arguments)"),
            ("System.Environment", "GetFolderPath", "Environment.GetFolderPath() (a path that can hold the user's name)"),
            ("System.IO.Directory", "GetCurrentDirectory", "Directory.GetCurrentDirectory() (a path that can hold the user's name)"),
            ("System.IO.Path", "GetTempPath", "Path.GetTempPath() (a path that can hold the user's name)"),
        };

        private static readonly (string Type, string Description)[] TypeSources =
        {
            ("System.Net.IPAddress", "an IP address"),
            ("System.Net.IPEndPoint", "an IP address and port"),
            ("System.Security.Claims.ClaimsPrincipal", "a signed-in user"),
        };

        public static string? OfProperty(IPropertySymbol property)
        {
            if (Find(PropertySources, property) is { } known)
            {
                return known;
            }

            if (property.Name == "Name" && ImplementsIdentity(property.ContainingType))
            {
                return "an identity's name (the signed-in user)";
            }

            if (property.Name == "Message" && DerivesFromException(property.ContainingType))
            {
                return "an exception message (it can hold names, paths and values)";
            }

            return OfMarkedMember(property);
        }

        public static string? OfMethod(IMethodSymbol method)
        {
            if (Find(MethodSources, method) is { } known)
            {
                return known;
            }

            if (method.Name == "ToString" && method.Parameters.Length == 0 && DerivesFromException(method.ContainingType))
            {
                return "an exception's text (its message and stack trace)";
            }

            return OfMarkedMember(method);
        }

        /// <summary>Values of these types are personal data whatever their origin.</summary>
        public static string? OfType(ITypeSymbol? type)
        {
            if (type is not null)
            {
                foreach (var (metadataName, description) in TypeSources)
                {
                    if (MetadataNames.Is(type, metadataName))
                    {
                        return description;
                    }
                }
            }

            return null;
        }

        private static string? Find((string Type, string Member, string Description)[] sources, ISymbol member)
        {
            foreach (var source in sources)
            {
                if (member.Name == source.Member && member.ContainingType is { } containing && MetadataNames.Is(containing, source.Type))
                {
                    return source.Description;
                }
            }

            return null;
        }

        /// <summary>The <c>string[]</c> parameter of a static <c>Main</c> (top-level statements included) is the command line.</summary>
        public static string? OfParameter(IParameterSymbol parameter)
        {
            if (parameter.ContainingSymbol is IMethodSymbol { Name: "Main" or "<Main>$", IsStatic: true }
                && parameter.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String })
            {
                return "the program's command-line arguments";
            }

            return OfMarkedMember(parameter);
        }

        public static string? OfMarkedMember(ISymbol symbol)
        {
            var marker = ComplianceAttributes.FindPersonalDataMarker(symbol);
            return marker is null ? null : "'" + symbol.Name + "', marked [" + TrimAttribute(marker) + "]";
        }

        private static string TrimAttribute(string name) => name.EndsWith("Attribute", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;

        private static bool ImplementsIdentity(INamedTypeSymbol type)
        {
            if (MetadataNames.Is(type, IdentityInterface))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (MetadataNames.Is(implemented, IdentityInterface))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool DerivesFromException(INamedTypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (MetadataNames.Is(current, WellKnownTypeNames.Exception))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
