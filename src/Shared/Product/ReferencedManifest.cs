using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Product
{
    /// <summary>
    /// The manifest a referenced assembly carries: the events it can send and the common contexts of its product (its own
    /// and those it was compiled against, each naming its declaring assembly). Equatable, so the generator's step for an
    /// unchanged reference stays cached.
    /// </summary>
    /// <param name="AssemblyName">The simple name of the referenced assembly.</param>
    internal sealed record ReferencedManifest(string AssemblyName, EquatableArray<EventSpec> Events, EquatableArray<ContextSpec> Contexts = default);
}
