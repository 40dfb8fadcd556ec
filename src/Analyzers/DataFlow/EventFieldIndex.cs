using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Product;

namespace Governance.Analyzers.DataFlow
{
    /// <summary>
    /// The names of the event and context types a compilation can create and of their fields: this compilation's own and those of
    /// referenced assemblies built with Governance. The data-flow rule looks only where one of these names is written,
    /// so the rest of a large code base is never bound a second time.
    /// </summary>
    internal sealed class EventFieldIndex
    {
        private const string RuntimeAssemblyName = "Governance";

        private readonly HashSet<string> _typeNames = new HashSet<string>(System.StringComparer.Ordinal);
        private readonly HashSet<string> _fieldNames = new HashSet<string>(System.StringComparer.Ordinal);
        private int _aliases;

        /// <summary>Whether the compilation can create any event at all.</summary>
        public bool HasEvents => _fieldNames.Count > 0 || _typeNames.Count > _aliases;

        /// <summary>Where a source text names an event's field or type, or writes <c>new</c>.</summary>
        public NamedIdentifiers Names { get; private set; } = new NamedIdentifiers(System.Array.Empty<string>());

        /// <summary>Whether a type of this name may be an event (an event's name, or any using alias).</summary>
        public bool MayBeEventType(string name) => _typeNames.Contains(name);

        /// <summary>Whether a property of this name may be an event's field.</summary>
        public bool MayBeField(string name) => _fieldNames.Contains(name);

        public static EventFieldIndex Build(Compilation compilation, CancellationToken cancellationToken)
        {
            var index = new EventFieldIndex();
            // Only the types whose syntax may carry [TelemetryEvent] or [TelemetryContext] are bound here, not every type.
            var candidates = AttributedTypeNames.Of(compilation, cancellationToken, WellKnownTypeNames.TelemetryEventAttribute, WellKnownTypeNames.TelemetryContextAttribute);
            foreach (var symbol in candidates.Count == 0 ? System.Array.Empty<ISymbol>() : compilation.GetSymbolsWithName(candidates.Contains, SymbolFilter.Type, cancellationToken))
            {
                if (symbol is INamedTypeSymbol type)
                {
                    index.AddIfEvent(type);
                }
            }

            // A using alias may name an event type under another name (using Started = App.Telemetry.Started;): every alias
            // counts as a name an event may have, so that syntax never rules one out.
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                index.AddAliases(tree.GetRoot(cancellationToken));
            }

            foreach (var reference in compilation.References)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && UsesGovernance(assembly))
                {
                    index.AddEvents(assembly.GlobalNamespace, cancellationToken);
                }
            }

            var names = new List<string>(index._fieldNames);
            names.AddRange(index._typeNames);
            names.Add("new");
            index.Names = new NamedIdentifiers(names);
            return index;
        }

        private void AddAliases(SyntaxNode node)
        {
            // Using directives sit at the top of a file or a namespace: nothing below a type is visited.
            foreach (var child in node.ChildNodes())
            {
                if (child is UsingDirectiveSyntax { Alias: { } alias } && _typeNames.Add(alias.Name.Identifier.ValueText))
                {
                    _aliases++;
                }
                else if (child is BaseNamespaceDeclarationSyntax)
                {
                    AddAliases(child);
                }
            }
        }

        private static bool UsesGovernance(IAssemblySymbol assembly)
        {
            foreach (var module in assembly.Modules)
            {
                foreach (var referenced in module.ReferencedAssemblies)
                {
                    if (referenced.Name == RuntimeAssemblyName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private void AddEvents(INamespaceOrTypeSymbol container, CancellationToken cancellationToken)
        {
            foreach (var member in container.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member is INamedTypeSymbol type)
                {
                    AddIfEvent(type);
                    AddEvents(type, cancellationToken);
                }
                else if (member is INamespaceSymbol ns)
                {
                    AddEvents(ns, cancellationToken);
                }
            }
        }

        private void AddIfEvent(INamedTypeSymbol type)
        {
            // A context type's fields are sent with every event, so values flowing into them are followed the same way.
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
                || TelemetryEventReader.FindEventAttribute(type) is null && TelemetryEventReader.FindContextAttribute(type) is null)
            {
                return;
            }

            _typeNames.Add(type.Name);
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol property && TelemetryEventReader.IsField(property))
                    {
                        _fieldNames.Add(property.Name);
                    }
                }
            }
        }
    }
}
