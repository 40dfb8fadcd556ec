namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// The product an assembly's telemetry belongs to and who answers for it, from
    /// <c>[assembly: TelemetryProduct]</c>; without that declaration, the assembly name and nothing else.
    /// </summary>
    /// <param name="Recipients">Who receives the data (organisations, services); empty when not declared.</param>
    /// <param name="StorageRegion">Where the data is kept, such as a country or region; null when not declared.</param>
    /// <param name="Controls">The product's own opt-out variable and commands; null when none is declared.</param>
    internal sealed record ProductSpec(
        string Name,
        string AssemblyName,
        string? DataController,
        string? PrivacyContact,
        string? PrivacyPolicyUrl,
        string? SecurityContact,
        bool IsDeclared = true,
        EquatableArray<string> Recipients = default,
        string? StorageRegion = null,
        UserControlsSpec? Controls = null)
    {
        public static ProductSpec ForAssembly(string assemblyName) => new ProductSpec(assemblyName, assemblyName, null, null, null, null, IsDeclared: false);
    }
}
