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

        public static string? OfProperty(IPropertySymbol property)
        {
            var type = MetadataNames.Of(property.ContainingType);
            switch (type + "." + property.Name)
            {
                case "System.Environment.UserName": return "Environment.UserName (the user's account name)";
                case "System.Environment.UserDomainName": return "Environment.UserDomainName (the user's domain)";
                case "System.Environment.MachineName": return "Environment.MachineName (the machine's name)";
                case "System.Environment.CommandLine": return "Environment.CommandLine (the command line, which can hold paths and secrets)";
                case "System.Environment.CurrentDirectory": return "Environment.CurrentDirectory (a path that can hold the user's name)";
                case "System.Exception.Message": return "an exception message (it can hold names, paths and values)";
                case "System.Exception.StackTrace": return "a stack trace (it can hold user paths)";
                case "System.Security.Claims.Claim.Value": return "a claim's value (it belongs to a signed-in user)";
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
            var type = MetadataNames.Of(method.ContainingType);
            switch (type + "." + method.Name)
            {
                case "System.Environment.GetCommandLineArgs": return "Environment.GetCommandLineArgs() (the command-line arguments)";
                case "System.Environment.GetFolderPath": return "Environment.GetFolderPath() (a path that can hold the user's name)";
                case "System.IO.Directory.GetCurrentDirectory": return "Directory.GetCurrentDirectory() (a path that can hold the user's name)";
                case "System.IO.Path.GetTempPath": return "Path.GetTempPath() (a path that can hold the user's name)";
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
            switch (type is null ? null : MetadataNames.Of(type))
            {
                case "System.Net.IPAddress": return "an IP address";
                case "System.Net.IPEndPoint": return "an IP address and port";
                case "System.Security.Claims.ClaimsPrincipal": return "a signed-in user";
                default: return null;
            }
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
