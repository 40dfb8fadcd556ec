namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// The product an assembly's telemetry belongs to and who answers for it, from
    /// <c>[assembly: TelemetryProduct]</c>; without that declaration, the assembly name and nothing else.
    /// </summary>
    internal sealed record ProductSpec(
        string Name,
        string AssemblyName,
        string? DataController,
        string? PrivacyContact,
        string? PrivacyPolicyUrl,
        string? SecurityContact,
        bool IsDeclared = true)
    {
        public static ProductSpec ForAssembly(string assemblyName) => new ProductSpec(assemblyName, assemblyName, null, null, null, null, IsDeclared: false);
    }
}
