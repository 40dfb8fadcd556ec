using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Manifest;

namespace Governance.CodeAnalysis.Product
{
    /// <summary>
    /// Reads the manifest of a compilation's reference, for the generator (one incremental step per reference) and the
    /// analyzers (GOV008, the reviewed baseline): from the metadata of a compiled assembly (a package, or a project
    /// reference in a command-line build), or from the assembly symbol of a referenced compilation (a project reference
    /// in the IDE, generated sources included). No reflection and no file access of its own: the compiler has the
    /// metadata already. A reference that cannot be read, or whose manifest is malformed, counts as having none; the
    /// tools never fail because of a reference.
    /// </summary>
    internal static class ReferencedManifestReader
    {
        /// <summary>The reference's manifest, or null when it has none (almost every reference: the framework's).</summary>
        public static ReferencedManifest? Read(MetadataReference reference, CancellationToken cancellationToken) => Read(reference, cancellationToken, out _);

        /// <summary>
        /// The reference's manifest, or null when it has none; <paramref name="problem"/> says why a manifest the reference
        /// carries cannot be read (written by a newer Governance, or edited), so its events would drop out of the product.
        /// </summary>
        public static ReferencedManifest? Read(MetadataReference reference, CancellationToken cancellationToken, out UnreadableManifest? problem)
        {
            problem = null;
            cancellationToken.ThrowIfCancellationRequested();
            var (assemblyName, json) = reference switch
            {
                PortableExecutableReference image => FromImage(image),
                CompilationReference compilation => FromCompilation(compilation.Compilation, cancellationToken),
                _ => (null, null),
            };
            if (assemblyName is null || json is null)
            {
                return null;
            }

            try
            {
                var manifest = ManifestJsonReader.Read(json);
                return new ReferencedManifest(assemblyName, manifest.Events, manifest.Contexts);
            }
            catch (FormatException ex)
            {
                problem = new UnreadableManifest(assemblyName, ex.Message);
                return null;
            }
        }

        private static (string? AssemblyName, string? Json) FromImage(PortableExecutableReference reference)
        {
            try
            {
                if (reference.GetMetadata() is not AssemblyMetadata assembly)
                {
                    return (null, null); // A module (/addmodule) carries no assembly attributes.
                }

                var metadata = assembly.GetModules()[0].GetMetadataReader();
                var json = ManifestAttributeReader.Read(metadata);
                return json is null ? (null, null) : (metadata.GetString(metadata.GetAssemblyDefinition().Name), json);
            }
            catch (Exception ex) when (ex is BadImageFormatException || ex is IOException || ex is InvalidOperationException || ex is NotSupportedException)
            {
                // The compiler reports a reference it cannot read (CS0006, CS0009); there is nothing to add.
                return (null, null);
            }
        }

        private static (string? AssemblyName, string? Json) FromCompilation(Compilation compilation, CancellationToken cancellationToken)
        {
            var referencesRuntime = false;
            foreach (var identity in compilation.ReferencedAssemblyNames)
            {
                if (identity.Name == WellKnownTypeNames.RuntimeAssembly)
                {
                    referencesRuntime = true;
                    break;
                }
            }

            if (!referencesRuntime)
            {
                return (null, null);
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && MetadataNames.Is(type, WellKnownTypeNames.TelemetryManifestAttribute)
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string json)
                {
                    return (compilation.Assembly.Name, json);
                }
            }

            return (null, null);
        }
    }
}
