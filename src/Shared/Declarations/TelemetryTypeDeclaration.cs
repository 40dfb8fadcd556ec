using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>Why the generator cannot emit code for a declared event or context type.</summary>
    internal enum ImplementationProblem
    {
        None,
        NotPartial,
        ContainingTypeNotPartial,
        Generic,
        Inaccessible,
        StaticType,
        RefStruct,
        FileLocal,
        ReservedMemberName,

        /// <summary>A context type that is declared an event too: it is read as the event.</summary>
        EventAndContext,

        /// <summary>A context type compiled as C# 7.3 or earlier: its generated values need C# 8.</summary>
        ContextBeforeCSharp8,
    }

    /// <summary>
    /// What an event declaration and a context declaration share: the type, its attribute, its fields (governed by the
    /// same rules wherever they are declared), whether the generator can extend it, and the public fields it would
    /// silently not send.
    /// </summary>
    internal abstract class TelemetryTypeDeclaration
    {
        protected TelemetryTypeDeclaration(INamedTypeSymbol type, AttributeData attribute, ImmutableArray<FieldDeclaration> fields, ImplementationProblem implementationProblem, ImmutableArray<IFieldSymbol> publicFields)
        {
            Type = type;
            Attribute = attribute;
            Fields = fields;
            ImplementationProblem = implementationProblem;
            PublicFields = publicFields.IsDefault ? ImmutableArray<IFieldSymbol>.Empty : publicFields;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>The <c>[TelemetryEvent]</c> or <c>[TelemetryContext]</c> attribute.</summary>
        public AttributeData Attribute { get; }

        /// <summary>Every public readable instance property not marked <c>[TelemetryIgnore]</c>, base types first.</summary>
        public ImmutableArray<FieldDeclaration> Fields { get; }

        public ImplementationProblem ImplementationProblem { get; }

        /// <summary>
        /// Public instance fields (C# fields, not properties) of the type and its base types, not marked
        /// <c>[TelemetryIgnore]</c>: they are never sent, which their author may not expect (GOV016).
        /// </summary>
        public ImmutableArray<IFieldSymbol> PublicFields { get; }

        /// <summary>How messages name it: <c>event 'cli.command_run'</c>, <c>context 'CliContext'</c>.</summary>
        public abstract string DisplayName { get; }

        public bool IsContext => this is ContextDeclaration;
    }
}
