namespace Governance.CodeAnalysis.Model
{
    /// <summary>The product an assembly's telemetry belongs to, as the manifest states it.</summary>
    internal sealed record ProductSpec(string Name, string AssemblyName);

    /// <summary>The whole data-collection manifest of one assembly: events in ordinal order of name, then type.</summary>
    internal sealed record ManifestSpec(ProductSpec Product, EquatableArray<EventSpec> Events);
}
