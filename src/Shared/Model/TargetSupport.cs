namespace Governance.CodeAnalysis.Model
{
    /// <summary>What the target compilation supports, for the parts of the output that depend on it.</summary>
    internal sealed record TargetSupport(string AssemblyName, bool ModuleInitializers);
}
