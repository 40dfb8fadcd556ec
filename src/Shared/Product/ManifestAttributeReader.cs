using System.Reflection.Metadata;
using Governance.CodeAnalysis.Declarations;

namespace Governance.CodeAnalysis.Product
{
    /// <summary>
    /// Finds the manifest an assembly carries (<c>[assembly: Governance.TelemetryManifest("...")]</c>, in its compact form) in
    /// its metadata, without loading it: the build task reads it from the assembly it just built, an application's
    /// generator from each metadata reference. Uses System.Reflection.Metadata only, so it runs in MSBuild as in the
    /// compiler.
    /// </summary>
    internal static class ManifestAttributeReader
    {
        private static readonly string AttributeNamespace = WellKnownTypeNames.TelemetryManifestAttribute.Substring(0, WellKnownTypeNames.TelemetryManifestAttribute.LastIndexOf('.'));
        private static readonly string AttributeName = WellKnownTypeNames.TelemetryManifestAttribute.Substring(AttributeNamespace.Length + 1);

        /// <summary>
        /// Whether the assembly references the Governance runtime. A look at the small assembly-reference table: the
        /// framework's assemblies, most of a compilation's references, are ruled out without reading their attributes.
        /// </summary>
        public static bool ReferencesRuntime(MetadataReader metadata)
        {
            foreach (var handle in metadata.AssemblyReferences)
            {
                if (metadata.StringComparer.Equals(metadata.GetAssemblyReference(handle).Name, WellKnownTypeNames.RuntimeAssembly))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The manifest's JSON, or null when the assembly carries none (it declares no events and references none).</summary>
        /// <exception cref="System.BadImageFormatException">The metadata is malformed.</exception>
        public static string? Read(MetadataReader metadata)
        {
            if (!metadata.IsAssembly || !ReferencesRuntime(metadata))
            {
                return null;
            }

            foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(handle);
                if (IsManifestAttribute(metadata, attribute.Constructor))
                {
                    // The value blob: prolog 0x0001, then the one string argument (ECMA-335 II.23.3).
                    var value = metadata.GetBlobReader(attribute.Value);
                    return value.Length >= 2 && value.ReadUInt16() == 1 ? value.ReadSerializedString() : null;
                }
            }

            return null;
        }

        private static bool IsManifestAttribute(MetadataReader metadata, EntityHandle constructor)
        {
            // Declared in the runtime, so the constructor is a member of a type referenced from another assembly.
            if (constructor.Kind != HandleKind.MemberReference)
            {
                return false;
            }

            var parent = metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
            if (parent.Kind != HandleKind.TypeReference)
            {
                return false;
            }

            var type = metadata.GetTypeReference((TypeReferenceHandle)parent);
            return metadata.StringComparer.Equals(type.Name, AttributeName) && metadata.StringComparer.Equals(type.Namespace, AttributeNamespace);
        }
    }
}
