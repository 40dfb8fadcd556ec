using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Governance.Analyzers.Configuration;
using Governance.Analyzers.Privacy;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>What a rule gets: the declaration as read, its attribute's syntax, the options, and a way to report.</summary>
    internal sealed class EventRuleContext
    {
        private readonly Action<Diagnostic> _report;

        public EventRuleContext(EventDeclaration declaration, AttributeSyntax? attribute, GovernanceOptions options, PersonalDataNameClassifier classifier, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            Declaration = declaration;
            Attribute = attribute;
            Options = options;
            Classifier = classifier;
            _report = report;
            CancellationToken = cancellationToken;
        }

        public EventDeclaration Declaration { get; }

        /// <summary>The <c>[TelemetryEvent]</c> attribute as written; null only for declarations without source.</summary>
        public AttributeSyntax? Attribute { get; }

        public GovernanceOptions Options { get; }

        /// <summary>The personal-data name classifier, configured by the options that apply to this declaration.</summary>
        public PersonalDataNameClassifier Classifier { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>How messages name the event: its declared name, or its type when the name is missing.</summary>
        public string EventDisplayName => Declaration.Name ?? Declaration.Type.Name;

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
