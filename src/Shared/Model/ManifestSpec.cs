namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// The data-collection manifest of one assembly: every event it can send, its own and those of the assemblies it was
    /// compiled against (each event names its assembly), in ordinal order of name, then assembly, then type.
    /// </summary>
    /// <param name="Product">The product: the assembly's own declaration (an application's, for a whole product).</param>
    /// <param name="GeneratorVersion">The version of the generator that read the declarations.</param>
    /// <param name="RegisterWithModuleInitializer">Whether the generated catalog registration runs as a module initializer.</param>
    internal sealed record ManifestSpec(ProductSpec Product, EquatableArray<EventSpec> Events, string GeneratorVersion, bool RegisterWithModuleInitializer = false)
    {
        /// <summary>Whether an event is the assembly's own rather than one of a referenced assembly.</summary>
        public bool IsOwn(EventSpec evt) => evt.Assembly == Product.AssemblyName;
    }
}
