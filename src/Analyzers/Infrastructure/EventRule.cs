using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>
    /// One governance rule over one declared event (or common context). Each rule lives in its own file with its
    /// descriptor; the <see cref="TelemetryEventAnalyzer"/> reads each declaration once and hands it to every rule.
    /// </summary>
    internal abstract class EventRule
    {
        public abstract ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

        /// <summary>
        /// Whether the rule judges the fields of <c>[TelemetryContext]</c> types too (<see cref="EventRuleContext.Owner"/>):
        /// a context's fields are governed like an event's.
        /// </summary>
        public virtual bool AppliesToContexts => false;

        public abstract void Analyze(EventRuleContext context);
    }
}
