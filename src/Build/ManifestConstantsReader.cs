using System;
using System.Collections.Immutable;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Governance.CodeAnalysis.Model;

namespace Governance.Build
{
    /// <summary>
    /// Reads the constants of the generated <c>Governance.Generated.TelemetryManifest</c> class straight from
    /// metadata, without loading the assembly (nothing is locked or executed).
    /// </summary>
    public static class ManifestConstantsReader
    {
        /// <summary>Returns the documents, or null when the assembly declares no telemetry events.</summary>
        public static ManifestDocuments? Read(string assemblyPath)
        {
            // Read into memory first so the file is not held open while the build goes on.
            var image = ImmutableArray.Create(File.ReadAllBytes(assemblyPath));
            using var pe = new PEReader(image);
            if (!pe.HasMetadata)
            {
                return null;
            }

            var metadata = pe.GetMetadataReader();
            foreach (var typeHandle in metadata.TypeDefinitions)
            {
                var type = metadata.GetTypeDefinition(typeHandle);
                if (!metadata.StringComparer.Equals(type.Name, GeneratedNames.ManifestClassName)
                    || !metadata.StringComparer.Equals(type.Namespace, GeneratedNames.ManifestNamespace))
                {
                    continue;
                }

                string? json = null;
                string? markdown = null;
                foreach (var fieldHandle in type.GetFields())
                {
                    var field = metadata.GetFieldDefinition(fieldHandle);
                    var constantHandle = field.GetDefaultValue();
                    if (constantHandle.IsNil)
                    {
                        continue;
                    }

                    var constant = metadata.GetConstant(constantHandle);
                    if (constant.TypeCode != ConstantTypeCode.String)
                    {
                        continue;
                    }

                    var blob = metadata.GetBlobReader(constant.Value);
                    var value = blob.ReadUTF16(blob.Length);
                    if (metadata.StringComparer.Equals(field.Name, GeneratedNames.ManifestJsonConstant))
                    {
                        json = value;
                    }
                    else if (metadata.StringComparer.Equals(field.Name, GeneratedNames.PrivacyMarkdownConstant))
                    {
                        markdown = value;
                    }
                }

                return json is null || markdown is null ? null : new ManifestDocuments(json, markdown);
            }

            return null;
        }
    }
}
