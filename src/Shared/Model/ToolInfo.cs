using System.Reflection;

namespace Governance.CodeAnalysis.Model
{
    /// <summary>The name and version written into every manifest and generated file.</summary>
    internal static class ToolInfo
    {
        public const string Name = "Governance";

        public static readonly string Version =
            typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
    }
}
