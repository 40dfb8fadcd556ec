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

    /// <summary>What the target compilation supports, for the parts of the output that depend on it.</summary>
    internal sealed record TargetSupport(string AssemblyName, bool ModuleInitializers);

    /// <summary>The whole data-collection manifest of one assembly: events in ordinal order of name, then type.</summary>
    internal sealed record ManifestSpec(ProductSpec Product, EquatableArray<EventSpec> Events, bool RegisterWithModuleInitializer = false);
}
