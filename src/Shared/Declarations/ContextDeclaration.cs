using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// A <c>[TelemetryContext]</c> type as declared: its fields, read and governed exactly like an event's. The generator
    /// turns it into a <see cref="ContextSpec"/>.
    /// </summary>
    internal sealed class ContextDeclaration : TelemetryTypeDeclaration
    {
        public ContextDeclaration(INamedTypeSymbol type, AttributeData attribute, ImmutableArray<FieldDeclaration> fields, ImplementationProblem implementationProblem, ImmutableArray<IFieldSymbol> publicFields)
            : base(type, attribute, fields, implementationProblem, publicFields)
        {
        }

        public override string DisplayName => "context '" + Type.Name + "'";
    }
}
