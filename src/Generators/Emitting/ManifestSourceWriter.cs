using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Manifest;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Emitting
{
    /// <summary>
    /// Writes the assembly's manifest: <c>[assembly: Governance.TelemetryManifest("...")]</c>, its compact form (<see cref="Governance.CodeAnalysis.Manifest.CompactManifestEntries"/>)
    /// (an application's generator and analyzers read it from their references; the build task reads it from the built
    /// assembly and writes the indented manifest and the privacy document from it), and
    /// <c>Governance.Generated.TelemetryManifest</c> with the product and the descriptors of every event the assembly can
    /// send, its own and those of the assemblies it was compiled against.
    /// </summary>
    internal static class ManifestSourceWriter
    {
        /// <param name="manifest">The manifest.</param>
        /// <param name="nullableAnnotations">
        /// Whether the compilation is C# 8 or later: a C# 7.3 library (netstandard2.0's default) with no events of its own
        /// still gets this file when a reference has events, and must compile it.
        /// </param>
        public static string Write(ManifestSpec manifest, bool nullableAnnotations)
        {
            var text = new IndentedTextBuilder();
            GeneratedFileHeader.Write(text, "the [TelemetryEvent] and [TelemetryContext] declarations of this assembly and the manifests of its references", nullableAnnotations);
            text.Line("#pragma warning disable CS0612, CS0618");
            text.Line();
            // The compact form (about 1.2 M characters at a thousand events) is escaped from its builder straight into the file.
            var json = StringBuilderCache.Acquire();
            ManifestJsonWriter.WriteCompact(manifest, json);
            CSharpLiteral.AppendString(text.StartLine().Append("[assembly: global::").Append(WellKnownTypeNames.TelemetryManifestAttribute).Append('('), json).Append(")]");
            text.EndLine();
            StringBuilderCache.Release(json);
            text.Line();
            text.Open("namespace " + GeneratedNames.ManifestNamespace);
            text.Line("/// <summary>What this assembly's telemetry collects, generated from its declarations and the manifests of its references.</summary>");
            text.Line(EventEmitterWriter.GeneratedCodeAttribute());
            text.Open("internal static class " + GeneratedNames.ManifestClassName);
            WriteProduct(text, manifest.Product, nullableAnnotations ? "?" : string.Empty);
            text.Line();
            text.Line("/// <summary>The descriptors of every event this assembly can send (those of its references too), in manifest order.</summary>");
            text.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Governance.TelemetryEventDescriptor> Events { get; } = new global::Governance.TelemetryEventDescriptor[]");
            text.Line("{");
            text.Indent();
            foreach (var evt in manifest.Events)
            {
                if (manifest.IsOwn(evt))
                {
                    text.Line(CSharpNames.FullyQualified(evt.Type) + "." + GeneratedNames.DescriptorPropertyName + ",");
                }
                else
                {
                    DescriptorSource.WriteEventFromDeclaration(text, evt, string.Empty, ",");
                }
            }

            text.Outdent();
            text.Line("};");
            text.Line();
            text.Line("/// <summary>The descriptors of every common context of the product (those of its references too), in manifest order.</summary>");
            text.Line("public static global::System.Collections.Generic.IReadOnlyList<" + DescriptorSource.ContextDescriptorType + "> Contexts { get; } = new " + DescriptorSource.ContextDescriptorType + "[]");
            text.Line("{");
            text.Indent();
            foreach (var context in manifest.Contexts)
            {
                if (manifest.IsOwn(context))
                {
                    text.Line(CSharpNames.FullyQualified(context.Type) + "." + GeneratedNames.DescriptorPropertyName + ",");
                }
                else
                {
                    DescriptorSource.WriteNewContext(text, context, string.Empty, fieldsExpression: null, ",");
                }
            }

            text.Outdent();
            text.Line("};");
            text.Line();
            text.Line("/// <summary>Adds the events and contexts this assembly can send to <see cref=\"global::Governance.TelemetryCatalog\"/>, which the first-run notice reads.</summary>");
            if (manifest.RegisterWithModuleInitializer)
            {
                text.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
            }

            text.Line("internal static void Register() => global::Governance.TelemetryCatalog.Register(typeof(AssemblyAnchor).Assembly, Product, Events, Contexts);");
            text.Line();
            // Not typeof(TelemetryManifest): an assembly that sees a reference's internals (InternalsVisibleTo) finds that
            // name twice, and the compiler warns (CS0436). A nested type is found before the namespace is searched.
            text.Line("/// <summary>Names this assembly in <see cref=\"Register\"/>.</summary>");
            text.Line("private sealed class AssemblyAnchor");
            text.Line("{");
            text.Line("}");
            text.Close();
            text.Close();
            return text.ToStringAndRelease();
        }

        private static void WriteProduct(IndentedTextBuilder text, ProductSpec product, string annotation)
        {
            text.Line("/// <summary>The product declared with [assembly: TelemetryProduct], or null when none is.</summary>");
            if (!product.IsDeclared)
            {
                text.Line("public static global::Governance.TelemetryProductDescriptor" + annotation + " Product => null;");
                return;
            }

            text.Line("public static global::Governance.TelemetryProductDescriptor" + annotation + " Product { get; } = new global::Governance.TelemetryProductDescriptor(");
            text.Indent();
            text.Line("name: " + CSharpLiteral.String(product.Name) + ",");
            text.Line("dataController: " + CSharpLiteral.String(product.DataController) + ",");
            text.Line("privacyContact: " + CSharpLiteral.String(product.PrivacyContact) + ",");
            text.Line("privacyPolicyUrl: " + CSharpLiteral.String(product.PrivacyPolicyUrl) + ",");
            text.Line("securityContact: " + CSharpLiteral.String(product.SecurityContact) + ",");
            text.Line("recipients: " + Recipients(product) + ",");
            text.Line("storageRegion: " + CSharpLiteral.String(product.StorageRegion) + ",");
            var controls = product.Controls;
            text.Line("optOutEnvironmentVariable: " + CSharpLiteral.String(controls?.OptOutEnvironmentVariable) + ",");
            text.Line("optOutCommand: " + CSharpLiteral.String(controls?.OptOutCommand) + ",");
            text.Line("optInCommand: " + CSharpLiteral.String(controls?.OptInCommand) + ",");
            text.Line("showCommand: " + CSharpLiteral.String(controls?.ShowCommand) + ",");
            text.Line("installationIdCommand: " + CSharpLiteral.String(controls?.InstallationIdCommand) + ");");
            text.Outdent();
        }

        private static string Recipients(ProductSpec product)
        {
            if (product.Recipients.Count == 0)
            {
                return "null";
            }

            var items = new string[product.Recipients.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = CSharpLiteral.String(product.Recipients[i]);
            }

            return "new string[] { " + string.Join(", ", items) + " }";
        }
    }
}
