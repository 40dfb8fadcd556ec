namespace Governance.CodeAnalysis.Model
{
    /// <summary>What the target compilation supports, for the parts of the output that depend on it.</summary>
    /// <param name="NullableAnnotations">
    /// C# 8 or later: the generated files may say <c>#nullable enable annotations</c> and annotate. A netstandard2.0 library compiles
    /// as C# 7.3 unless it says otherwise, and the package reaches it from any reference that has events.
    /// </param>
    internal sealed record TargetSupport(string AssemblyName, bool ModuleInitializers, bool NullableAnnotations);
}
