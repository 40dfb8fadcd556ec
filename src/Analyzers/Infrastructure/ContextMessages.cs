using System.Linq;
using Microsoft.CodeAnalysis;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>
    /// The same rule for a field of a common context: a copy of an event rule's descriptor whose message says
    /// <c>of context 'T'</c> where the event's says <c>of event 'name'</c>, so the rules that govern fields speak of
    /// contexts without changing a word of what they say about events.
    /// </summary>
    internal static class ContextMessages
    {
        public static DiagnosticDescriptor For(DiagnosticDescriptor eventDescriptor) =>
            new DiagnosticDescriptor(
                eventDescriptor.Id,
                eventDescriptor.Title,
                eventDescriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace("of event '", "of context '"),
                eventDescriptor.Category,
                eventDescriptor.DefaultSeverity,
                eventDescriptor.IsEnabledByDefault,
                eventDescriptor.Description,
                eventDescriptor.HelpLinkUri,
                eventDescriptor.CustomTags.ToArray());
    }
}
