using System;
using System.Collections.Generic;
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
    /// namespace, so every caller of the client sees it); for each <c>[TelemetryContext]</c> type, its descriptor, its
    /// copied values and its typed <c>client.SetContext(value)</c>; for the assembly it emits the manifest of the whole
    /// product: its own events and contexts and those of the manifests its references carry, compiled in as
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
            var declaredEvents = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    WellKnownTypeNames.TelemetryEventAttribute,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (attributeContext, cancellationToken) => ReadSpec(attributeContext, cancellationToken))
                .Where(static spec => spec is not null)
                .Select(static (spec, _) => spec!)
                .WithTrackingName(TrackingNames.Events);

            var contexts = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    WellKnownTypeNames.TelemetryContextAttribute,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (attributeContext, cancellationToken) => ReadContextSpec(attributeContext, cancellationToken))
                .Where(static spec => spec is not null)
                .Select(static (spec, _) => spec!)
                .WithTrackingName(TrackingNames.Contexts);

            // Only plain values leave this step, so it stays cached while the compilation changes around it.
            var target = context.CompilationProvider
                .Select(static (compilation, _) => new TargetSupport(
                    compilation.Assembly.Name,
                    compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp9 }
                        && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ModuleInitializerAttribute") is not null,
                    compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp8 }))
                .WithTrackingName(TrackingNames.Target);

            var trackingClass = target
                .Select(static (target, _) => GeneratedNames.TrackingClassName(target.AssemblyName))
                .WithTrackingName(TrackingNames.TrackingClass);

            // One step per reference, each cached while its reference object is: the framework's (nearly all of them) are
            // ruled out by their assembly-reference table, so a change elsewhere never reads a reference again.
            var referencedManifests = context.MetadataReferencesProvider
                .Select(static (reference, cancellationToken) => ReferencedManifestReader.Read(reference, cancellationToken))
                .WithTrackingName(TrackingNames.ReferencedManifest);

            var readManifests = referencedManifests
                .Where(static manifest => manifest is not null)
                .Select(static (manifest, _) => manifest!)
                .Collect();

            // Step values are classes (PipelineValue wraps the rest) or Collect's arrays, and combined only in the shapes
            // (class, class), (class, array), (array, array) and classes nested to the left: see PipelineValue for why.
            var targetAndManifests = target.Combine(readManifests);

            var referencedContexts = targetAndManifests
                .Select(static (input, _) => PipelineValue.Of(ProductEvents.ContextsFromReferences(input.Left.AssemblyName, input.Right).ToEquatableArray()))
                .WithTrackingName(TrackingNames.ReferencedContexts);

            // Personal data in any context of the product makes every opt-out event that includes contexts need an opt-in
            // (GOV011 reports it). A single value, so the events downstream are recomputed only when it changes.
            var contextDataClass = referencedContexts
                .Combine(contexts.Collect())
                .Select(static (input, _) => PipelineValue.Of(HighestDataClass(input.Right, input.Left.Value)))
                .WithTrackingName(TrackingNames.ContextDataClass);

            var events = declaredEvents
                .Combine(contextDataClass)
                .Select(static (input, _) => EventSpecBuilder.WithContexts(input.Left, input.Right.Value))
                .WithTrackingName(TrackingNames.EventsWithContext);

            // Recomputed when the set of events or contexts changes, but nearly always empty, so the files downstream stay cached.
            var fileNameClashes = events
                .Select(static (spec, _) => spec.FileStem)
                .Collect()
                .Combine(contexts.Select(static (spec, _) => spec.FileStem).Collect())
                .Select(static (stems, _) => PipelineValue.Of(GeneratedNames.StemsClashingIgnoringCase(stems.Left.AddRange(stems.Right)).ToEquatableArray()))
                .WithTrackingName(TrackingNames.FileNameClashes);

            context.RegisterSourceOutput(events.Combine(fileNameClashes.Combine(target)), static (output, input) =>
            {
                var (spec, (clashes, target)) = input;
                var stem = spec.FileStem;
                output.AddSource(GeneratedNames.EventHintName(stem, Contains(clashes.Value, stem)), EventEmitterWriter.Write(spec, target.NullableAnnotations));
            });

            context.RegisterSourceOutput(contexts.Combine(fileNameClashes.Combine(trackingClass)), static (output, input) =>
            {
                var (spec, (clashes, trackingClassName)) = input;
                var stem = spec.FileStem;
                output.AddSource(GeneratedNames.EventHintName(stem, Contains(clashes.Value, stem)), ContextEmitterWriter.Write(spec, trackingClassName));
            });

            // One name method per enum type for the whole assembly, not one per event that sends it. Recomputed when the
            // set of events changes; the value comparison keeps the file cached unless an enum type is added or changed.
            var sharedEnumTypes = target
                .Combine(events.Collect())
                .Select(static (input, _) => PipelineValue.Of((Types: DistinctEnumTypes(input.Right), ClassName: GeneratedNames.EnumNamesClassName(input.Left.AssemblyName), Nullable: input.Left.NullableAnnotations)));

            context.RegisterSourceOutput(sharedEnumTypes, static (output, input) =>
            {
                var (types, className, nullable) = input.Value;
                if (types.Count > 0)
                {
                    output.AddSource(GeneratedNames.EnumNamesHintName, EnumNames.WriteSharedClass(types, className, nullable));
                }
            });

            var declaredProduct = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    WellKnownTypeNames.TelemetryProductAttribute,
                    static (node, _) => node is CompilationUnitSyntax,
                    static (attributeContext, _) => attributeContext.Attributes.IsDefaultOrEmpty ? null : TelemetryProductReader.Read(attributeContext.Attributes[0], string.Empty))
                .Collect()
                .WithTrackingName(TrackingNames.Product);

            var referencedEvents = targetAndManifests
                .Select(static (input, _) => PipelineValue.Of(ProductEvents.FromReferences(input.Left.AssemblyName, input.Right).ToEquatableArray()))
                .WithTrackingName(TrackingNames.ReferencedEvents);

            var declared = events.Collect()
                .Combine(contexts.Collect())
                .Select(static (input, _) => PipelineValue.Of((Events: input.Left.ToEquatableArray(), Contexts: input.Right.ToEquatableArray())));

            var product = target
                .Combine(declaredProduct)
                .Select(static (input, _) => CreateProduct(input.Right, input.Left.AssemblyName));

            var manifest = declared
                .Combine(referencedEvents)
                .Combine(referencedContexts)
                .Combine(product)
                .Combine(target)
                .Select(static (input, _) => CreateManifest(
                    input.Left.Left.Left.Left.Value.Events,
                    input.Left.Left.Left.Right.Value,
                    input.Left.Left.Left.Left.Value.Contexts,
                    input.Left.Left.Right.Value,
                    input.Left.Right,
                    input.Right.ModuleInitializers))
                .WithTrackingName(TrackingNames.Manifest);

            context.RegisterSourceOutput(manifest.Combine(target), static (output, input) =>
            {
                var (spec, target) = input;
                if (spec.Events.Count > 0 || spec.Contexts.Count > 0)
                {
                    output.AddSource(GeneratedNames.ManifestHintName, ManifestSourceWriter.Write(spec, target.NullableAnnotations));
                }
            });
        }

        /// <summary>The distinct enum types of every event, in ordinal order of their fully qualified names (deterministic output).</summary>
        private static EquatableArray<FieldTypeSpec> DistinctEnumTypes(ImmutableArray<EventSpec> events)
        {
            var byName = new SortedDictionary<string, FieldTypeSpec>(StringComparer.Ordinal);
            foreach (var spec in events)
            {
                foreach (var type in EnumNames.SharedTypes(spec.Fields))
                {
                    if (!byName.ContainsKey(type.FullyQualifiedName))
                    {
                        byName.Add(type.FullyQualifiedName, type);
                    }
                }
            }

            return byName.Values.ToEquatableArray();
        }

        private static EventSpec? ReadSpec(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type || context.Attributes.IsDefaultOrEmpty
                || !IsFirstApplication(type, context.Attributes[0]))
            {
                return null;
            }

            // Literal [TelemetryField] arguments are read from syntax: binding every field's attribute was most of this step.
            var literals = LiteralFieldAttributes.For(context.SemanticModel.Compilation);
            return EventSpecBuilder.Build(TelemetryEventReader.Read(type, context.Attributes[0], literals, cancellationToken));
        }

        private static ContextSpec? ReadContextSpec(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type || context.Attributes.IsDefaultOrEmpty
                || !IsFirstApplication(type, context.Attributes[0]))
            {
                return null;
            }

            return ContextSpecBuilder.Build(TelemetryEventReader.ReadContext(type, context.Attributes[0], LiteralFieldAttributes.For(context.SemanticModel.Compilation), cancellationToken));
        }

        private static DataClassKind HighestDataClass(ImmutableArray<ContextSpec> own, EquatableArray<ContextSpec> referenced)
        {
            var highest = DataClassKind.Technical;
            foreach (var context in own)
            {
                highest = context.HighestDataClass > highest ? context.HighestDataClass : highest;
            }

            foreach (var context in referenced)
            {
                highest = context.HighestDataClass > highest ? context.HighestDataClass : highest;
            }

            return highest;
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
        private static ManifestSpec CreateManifest(
            EquatableArray<EventSpec> events,
            EquatableArray<EventSpec> referenced,
            EquatableArray<ContextSpec> contexts,
            EquatableArray<ContextSpec> referencedContexts,
            ProductSpec product,
            bool registerWithModuleInitializer)
        {
            var all = events.AsImmutableArray().AddRange(referenced.AsImmutableArray());
            var allContexts = contexts.AsImmutableArray().AddRange(referencedContexts.AsImmutableArray());
            return new ManifestSpec(
                product,
                new EquatableArray<EventSpec>(all.Sort(ProductEvents.ManifestOrder)),
                ToolInfo.Version,
                registerWithModuleInitializer,
                new EquatableArray<ContextSpec>(allContexts.Sort(ProductEvents.ContextOrder)));
        }
    }
}
