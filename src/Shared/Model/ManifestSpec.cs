namespace Governance.CodeAnalysis.Model
{
    /// <summary>The whole data-collection manifest of one assembly: events in ordinal order of name, then type.</summary>
    internal sealed record ManifestSpec(ProductSpec Product, EquatableArray<EventSpec> Events, bool RegisterWithModuleInitializer = false);
}
