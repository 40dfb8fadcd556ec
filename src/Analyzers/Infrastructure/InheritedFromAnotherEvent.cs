using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers.Infrastructure
{
    /// <summary>
    /// Fields inherited from a base type: when the base is itself an event, its own analysis reports them (once);
    /// otherwise they are reported on the property if it is in source, or on the event's name if it is not.
    /// </summary>
    internal static class InheritedFromAnotherEvent
    {
        public static bool IsInherited(INamedTypeSymbol eventType, IPropertySymbol property) =>
            !SymbolEqualityComparer.Default.Equals(property.ContainingType, eventType);

        /// <summary>False when another event declares the property and reports its problems itself.</summary>
        public static bool Owns(INamedTypeSymbol eventType, IPropertySymbol property) =>
            !IsInherited(eventType, property) || TelemetryEventReader.FindEventAttribute(property.ContainingType) is null;

        public static Location LocationFor(INamedTypeSymbol eventType, IPropertySymbol property)
        {
            var location = DiagnosticLocations.FirstLocation(property);
            return location.IsInSource ? location : DiagnosticLocations.FirstLocation(eventType);
        }
    }
}
