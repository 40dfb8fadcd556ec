namespace Governance.CodeAnalysis.Product
{
    /// <summary>A referenced assembly whose telemetry manifest cannot be read, and why (the reader's message).</summary>
    internal sealed record UnreadableManifest(string AssemblyName, string Reason);
}
