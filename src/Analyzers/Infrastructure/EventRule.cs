using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>
    /// One governance rule over one declared event. Each rule lives in its own file with its descriptor; the
    /// <see cref="TelemetryEventAnalyzer"/> reads each declaration once and hands it to every rule.
    /// </summary>
    internal abstract class EventRule
    {
        public abstract ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

        public abstract void Analyze(EventRuleContext context);
    }
}
