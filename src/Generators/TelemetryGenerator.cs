using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Product;
using Governance.Generators.Emitting;

namespace Governance.Generators
{
    /// <summary>
    /// The Governance generator. For each <c>[TelemetryEvent]</c> type it emits a file with the event's descriptor and
    /// field reader (in the event's partial type) and its typed <c>client.Track(evt)</c> (in the <c>Governance</c>
    /// namespace, so every caller of the client sees it); for the assembly it emits the manifest of the whole product:
    /// its own events and those of the manifests its references carry, compiled in as
    /// <c>[assembly: TelemetryManifest("...")]</c>, with <c>Governance.Generated.TelemetryManifest</c> holding every
    /// event's descriptor. Only equatable specs cross pipeline steps, so edits that do not change a declaration, and
    /// references that do not change, regenerate nothing.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TelemetryGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var events = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    WellKnownTypeNames.TelemetryEventAttribute,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (attributeContext, cancellationToken) => ReadSpec(attributeContext, cancellationToken))
                .Where(static spec => spec is not null)
                .Select(static (spec, _) => spec!)
                .WithTrackingName(TrackingNames.Events);

            // Only plain values leave this step, so it stays cached while the compilation changes around it.
            var target = context.CompilationProvider
                .Select(static (compilation, _) => new TargetSupport(
                    compilation.Assembly.Name,
                    compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp9 }
                        && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ModuleInitializerAttribute") is not null))
                .WithTrackingName(TrackingNames.Target);

            var trackingClass = target
                .Select(static (target, _) => GeneratedNames.TrackingClassName(target.AssemblyName))
                .WithTrackingName(TrackingNames.TrackingClass);

            // Recomputed when the set of events changes, but nearly always empty, so the files downstream stay cached.
            var fileNameClashes = events
                .Select(static (spec, _) => spec.FileStem)
                .Collect()
                .Select(static (stems, _) => GeneratedNames.StemsClashingIgnoringCase(stems).ToEquatableArray())
                .WithTrackingName(TrackingNames.FileNameClashes);

            context.RegisterSourceOutput(events.Combine(fileNameClashes.Combine(trackingClass)), static (output, input) =>
            {
                var (spec, (clashes, trackingClassName)) = input;
                var stem = spec.FileStem;
                output.AddSource(GeneratedNames.EventHintName(stem, Contains(clashes, stem)), EventEmitterWriter.Write(spec, trackingClassName));
            });

            var declaredProduct = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    WellKnownTypeNames.TelemetryProductAttribute,
                    static (node, _) => node is CompilationUnitSyntax,
                    static (attributeContext, _) => attributeContext.Attributes.IsDefaultOrEmpty ? null : TelemetryProductReader.Read(attributeContext.Attributes[0], string.Empty))
                .Collect()
                .WithTrackingName(TrackingNames.Product);

            // One step per reference, each cached while its reference object is: the framework's (nearly all of them) are
            // ruled out by their assembly-reference table, so a change elsewhere never reads a reference again.
            var referencedManifests = context.MetadataReferencesProvider
                .Select(static (reference, cancellationToken) => ReferencedManifestReader.Read(reference, cancellationToken))
                .WithTrackingName(TrackingNames.ReferencedManifest);

            var referencedEvents = referencedManifests
                .Where(static manifest => manifest is not null)
                .Select(static (manifest, _) => manifest!)
                .Collect()
                .Combine(target)
                .Select(static (input, _) => ProductEvents.FromReferences(input.Right.AssemblyName, input.Left).ToEquatableArray())
                .WithTrackingName(TrackingNames.ReferencedEvents);

            var manifest = events.Collect()
                .Combine(referencedEvents)
                .Combine(declaredProduct)
                .Combine(target)
                .Select(static (input, _) => CreateManifest(input.Left.Left.Left, input.Left.Left.Right, CreateProduct(input.Left.Right, input.Right.AssemblyName), input.Right.ModuleInitializers))
                .WithTrackingName(TrackingNames.Manifest);

            context.RegisterSourceOutput(manifest, static (output, spec) =>
            {
                if (spec.Events.Count > 0)
                {
                    output.AddSource(GeneratedNames.ManifestHintName, ManifestSourceWriter.Write(spec));
                }
            });
        }

        private static EventSpec? ReadSpec(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type || context.Attributes.IsDefaultOrEmpty
                || !IsFirstApplication(type, context.Attributes[0]))
            {
                return null;
            }

            // Literal [TelemetryField] arguments are read from syntax: binding every field's attribute was most of this step.
            var literals = new LiteralFieldAttributes(context.SemanticModel.Compilation);
            return EventSpecBuilder.Build(TelemetryEventReader.Read(type, context.Attributes[0], literals, cancellationToken));
        }

        /// <summary>
        /// A partial type can carry <c>[TelemetryEvent]</c> on more than one part (a compile error, CS0579, but common while
        /// copying code). Only the first application, in file and position order, yields a spec, so one type never
        /// produces two files with the same name.
        /// </summary>
        private static bool IsFirstApplication(INamedTypeSymbol type, AttributeData attribute)
        {
            var own = attribute.ApplicationSyntaxReference;
            if (own is null)
            {
                return true;
            }

            foreach (var other in type.GetAttributes())
            {
                var reference = other.ApplicationSyntaxReference;
                if (reference is null || ReferenceEquals(other, attribute) || !SymbolEqualityComparer.Default.Equals(other.AttributeClass, attribute.AttributeClass))
                {
                    continue;
                }

                var byPath = string.CompareOrdinal(reference.SyntaxTree.FilePath, own.SyntaxTree.FilePath);
                if (byPath < 0 || (byPath == 0 && reference.Span.Start < own.Span.Start))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Contains(EquatableArray<string> stems, string stem)
        {
            foreach (var candidate in stems)
            {
                if (candidate == stem)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The declared product (the first readable one, should a compile error allow two), else the assembly.</summary>
        private static ProductSpec CreateProduct(ImmutableArray<ProductSpec?> declared, string assemblyName)
        {
            foreach (var product in declared)
            {
                if (product is not null)
                {
                    return product with { AssemblyName = assemblyName };
                }
            }

            return ProductSpec.ForAssembly(assemblyName);
        }

        /// <summary>
        /// The assembly's own events and those of its references, in manifest order (<see cref="ProductEvents.ManifestOrder"/>),
        /// whatever order the files were compiled in.
        /// </summary>
        private static ManifestSpec CreateManifest(ImmutableArray<EventSpec> events, EquatableArray<EventSpec> referenced, ProductSpec product, bool registerWithModuleInitializer)
        {
            var all = referenced.Count == 0 ? events : events.AddRange(referenced.AsImmutableArray());
            return new ManifestSpec(product, new EquatableArray<EventSpec>(all.Sort(ProductEvents.ManifestOrder)), ToolInfo.Version, registerWithModuleInitializer);
        }
    }
}
