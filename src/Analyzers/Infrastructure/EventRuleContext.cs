using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Governance.Analyzers.Configuration;
using Governance.Analyzers.Privacy;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Product;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>
    /// What a rule gets: the declaration as read (an event's, or a context's for the rules that apply to contexts), its
    /// attribute's syntax, the options, the product's contexts, and a way to report.
    /// </summary>
    internal sealed class EventRuleContext
    {
        private readonly Action<Diagnostic> _report;
        private readonly EventDeclaration? _event;
        private readonly Lazy<ProductContexts>? _contexts;

        public EventRuleContext(TelemetryTypeDeclaration declaration, AttributeSyntax? attribute, GovernanceOptions options, PersonalDataNameClassifier classifier, Action<Diagnostic> report, CancellationToken cancellationToken, Lazy<ProductContexts>? contexts = null)
        {
            Owner = declaration;
            _event = declaration as EventDeclaration;
            _contexts = contexts;
            Attribute = attribute;
            Options = options;
            Classifier = classifier;
            _report = report;
            CancellationToken = cancellationToken;
        }

        /// <summary>The event's declaration; only rules that do not apply to contexts read it.</summary>
        public EventDeclaration Declaration => _event ?? throw new InvalidOperationException("A context is not an event: " + Owner.Type.Name);

        /// <summary>The declaration whose fields are judged: an event's or a context's.</summary>
        public TelemetryTypeDeclaration Owner { get; }

        /// <summary>The common contexts of the product, read on first use; null where no rule needs them.</summary>
        public ProductContexts? Contexts => _contexts?.Value;

        /// <summary>The contexts an event carries: every context of the product, unless its declaration opts out; none for a context.</summary>
        public IReadOnlyList<ContextSpec> ContextsCarried =>
            _event is not null && _event.IncludeContext.Value && Contexts is not null ? Contexts.All : Array.Empty<ContextSpec>();

        /// <summary>The <c>[TelemetryEvent]</c> or <c>[TelemetryContext]</c> attribute as written; null only for declarations without source.</summary>
        public AttributeSyntax? Attribute { get; }

        public GovernanceOptions Options { get; }

        /// <summary>The personal-data name classifier, configured by the options that apply to this declaration.</summary>
        public PersonalDataNameClassifier Classifier { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>How messages name the event: its declared name, or its type when the name is missing.</summary>
        public string EventDisplayName => Declaration.Name ?? Declaration.Type.Name;

        /// <summary>How messages name what declares a field: the event's name (<see cref="EventDisplayName"/>), or the context's type.</summary>
        public string OwnerName => _event is not null ? EventDisplayName : Owner.Type.Name;

        /// <summary>The descriptor to report a field's problem with: the event rule's, or its copy for contexts (<see cref="ContextMessages"/>).</summary>
        public DiagnosticDescriptor ForOwner(DiagnosticDescriptor eventDescriptor, DiagnosticDescriptor contextDescriptor) => _event is not null ? eventDescriptor : contextDescriptor;

        // Every report goes through the options' help links, so a configured governance.help_base_url applies to all rules.
        public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] messageArguments) =>
            _report(Diagnostic.Create(Options.HelpLinks.Apply(descriptor), location, messageArguments));

        public void Report(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, params object?[] messageArguments) =>
            _report(Diagnostic.Create(Options.HelpLinks.Apply(descriptor), location, properties, messageArguments));

        public void Report(DiagnosticDescriptor descriptor, Location location, IEnumerable<Location> additionalLocations, params object?[] messageArguments) =>
            _report(Diagnostic.Create(Options.HelpLinks.Apply(descriptor), location, additionalLocations, messageArguments));

        /// <summary>Reports a diagnostic already built with the options' help links (<see cref="GovernanceOptions.InvalidValue"/>).</summary>
        public void Report(Diagnostic diagnostic) => _report(diagnostic);
    }
}
