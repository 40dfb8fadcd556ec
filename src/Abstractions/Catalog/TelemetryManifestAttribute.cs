using System;
using System.ComponentModel;

namespace Governance
{
    /// <summary>
    /// The data-collection manifest of an assembly, in the compact form the compiler reads: every event the assembly can
    /// send, its own and those of the assemblies it was compiled against, each naming its declaring assembly. Applied by
    /// generated code, once per assembly; never written by hand. People and tools read the document the build renders
    /// from it (<c>telemetry-manifest.json</c>, schema: <c>docs/telemetry-manifest.schema.json</c>), which holds the same
    /// values.
    /// </summary>
    /// <remarks>
    /// An attribute rather than a constant: its argument is stored once, in UTF-8, in the assembly's metadata, where the
    /// compiler (an application's generator and analyzers read it from every reference) and the build task (which writes
    /// the indented manifest and the privacy document from it) both read it without loading the assembly, and where no
    /// size limit of the user-string heap applies. The form is JSON whose <c>manifestVersion</c> says how to read it:
    /// 2, events and contexts as positional arrays (what this release writes: every build parses and emits it, so it
    /// carries no repeated keys); 1, the keyed document itself (what the first release wrote, still read).
    /// </remarks>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class TelemetryManifestAttribute : Attribute
    {
        /// <summary>Records the manifest. Called by generated code.</summary>
        /// <param name="json">The manifest in its compact form.</param>
        public TelemetryManifestAttribute(string json)
        {
            Json = json;
        }

        /// <summary>The manifest in its compact form (see the remarks on the type).</summary>
        public string Json { get; }
    }
}
