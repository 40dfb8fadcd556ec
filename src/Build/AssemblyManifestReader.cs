using System.Collections.Immutable;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Governance.CodeAnalysis.Product;

namespace Governance.Build
{
    /// <summary>
    /// Reads the manifest the generator compiled into a built assembly (<c>[assembly: TelemetryManifest("...")]</c>)
    /// straight from its metadata, without loading it: nothing is locked or executed.
    /// </summary>
    public static class AssemblyManifestReader
    {
        /// <summary>The manifest in its compact form, or null when the assembly carries none (it can send no events).</summary>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="System.BadImageFormatException">The file is not an assembly.</exception>
        public static string? ReadJson(string assemblyPath)
        {
            // Read into memory first so the file is not held open while the build goes on.
            var image = ImmutableArray.Create(File.ReadAllBytes(assemblyPath));
            using var pe = new PEReader(image);
            return pe.HasMetadata ? ManifestAttributeReader.Read(pe.GetMetadataReader()) : null;
        }
    }
}
