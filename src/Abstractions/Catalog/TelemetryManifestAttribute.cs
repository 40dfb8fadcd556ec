using System;
using System.ComponentModel;

namespace Governance
{
    /// <summary>
    /// The data-collection manifest of an assembly, as compact JSON (schema: <c>docs/telemetry-manifest.schema.json</c>):
    /// every event the assembly can send, its own and those of the assemblies it was compiled against, each naming its
    /// declaring assembly. Applied by generated code, once per assembly; never written by hand.
    /// </summary>
    /// <remarks>
    /// An attribute rather than a constant: its argument is stored once, in UTF-8, in the assembly's metadata, where the
    /// compiler (an application's generator and analyzers read it from every reference) and the build task (which writes
    /// the indented manifest and the privacy document from it) both read it without loading the assembly, and where no
    /// size limit of the user-string heap applies.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class TelemetryManifestAttribute : Attribute
    {
        /// <summary>Records the manifest. Called by generated code.</summary>
        /// <param name="json">The manifest as compact JSON.</param>
        public TelemetryManifestAttribute(string json)
        {
            Json = json;
        }

        /// <summary>The manifest as compact JSON.</summary>
        public string Json { get; }
    }
}
