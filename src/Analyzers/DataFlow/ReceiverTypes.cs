using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.Analyzers.DataFlow
{
    /// <summary>
    /// Tells, from syntax alone, when the object a field-like assignment writes to cannot be an event: so that the
    /// data-flow rule binds only the methods that may write an event's field. It answers only when every declaration the
    /// receiver's name could refer to in the method is written with a type that is not an event's; otherwise it does
    /// not know, and the rule binds the method to find out.
    /// </summary>
    internal static class ReceiverTypes
    {
        /// <summary>
        /// True when <c>order.Status = ...</c>, <c>merged with { Name = ... }</c> or <c>Status = ...</c> (in a method of a type
        /// that is not an event) certainly does not set an event's field.
        /// </summary>
        public static bool CannotBeEvent(AssignmentExpressionSyntax assignment, EventFieldIndex events, SemanticModel model, CancellationToken cancellationToken)
        {
            switch (assignment)
            {
                case { Left: MemberAccessExpressionSyntax { Expression: var receiver } }:
                    return CannotBeEvent(receiver, assignment, events, model, cancellationToken);
                case { Parent: InitializerExpressionSyntax { Parent: WithExpressionSyntax with } }:
                    return CannotBeEvent(with.Expression, assignment, events, model, cancellationToken);
                case { Parent: InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax creation } }:
                    return !events.MayBeEventType(RightmostName(creation.Type));
                case { Parent: InitializerExpressionSyntax }:
                    return false; // new() { ... } takes its type from where it goes
                default:
                    return EnclosingTypeCannotBeEvent(assignment, events); // Status = ... in a method: this.Status
            }
        }

        /// <summary>
        /// True when a target-typed <c>new(...)</c> certainly does not create an event: its type is written where it goes
        /// (<c>Item merged = new(...)</c>, or the return type of the method it is returned from).
        /// </summary>
        public static bool CannotBeEvent(ImplicitObjectCreationExpressionSyntax creation, EventFieldIndex events)
        {
            var written = creation.Parent switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } when !declaration.Type.IsVar => declaration.Type,
                ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => method.ReturnType,
                ReturnStatementSyntax => creation.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.ReturnType,
                _ => null,
            };
            return written is not null && !events.MayBeEventType(RightmostName(written)) && !IsTypeParameter(written, creation);
        }

        public static string RightmostName(TypeSyntax type) => type switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            NullableTypeSyntax nullable => RightmostName(nullable.ElementType),
            _ => string.Empty,
        };

        private static bool CannotBeEvent(ExpressionSyntax receiver, SyntaxNode at, EventFieldIndex events, SemanticModel model, CancellationToken cancellationToken)
        {
            switch (receiver)
            {
                case ThisExpressionSyntax:
                    return EnclosingTypeCannotBeEvent(at, events);
                case ObjectCreationExpressionSyntax creation:
                    return !events.MayBeEventType(RightmostName(creation.Type));
                case IdentifierNameSyntax name:
                    return DeclaredTypesCannotBeEvent(name.Identifier.ValueText, at, events, model, cancellationToken);
                default:
                    return false;
            }
        }

        private static bool EnclosingTypeCannotBeEvent(SyntaxNode at, EventFieldIndex events) =>
            at.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type && !events.MayBeEventType(type.Identifier.ValueText);

        /// <summary>
        /// Every parameter and local of that name in the enclosing member has a type that is not an event's: written, or,
        /// for <c>var</c>, <c>foreach (var ...)</c> and a lambda's parameters, inferred for that declaration alone (much less
        /// than binding the whole method, as reading the assignment's operation would).
        /// </summary>
        private static bool DeclaredTypesCannotBeEvent(string name, SyntaxNode at, EventFieldIndex events, SemanticModel model, CancellationToken cancellationToken)
        {
            var member = at.FirstAncestorOrSelf<MemberDeclarationSyntax>(static m => m is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax or EventDeclarationSyntax);
            if (member is null)
            {
                return false;
            }

            var found = false;
            foreach (var node in member.DescendantNodes())
            {
                TypeSyntax? written;
                switch (node)
                {
                    case ParameterSyntax parameter when parameter.Identifier.ValueText == name:
                        written = parameter.Type;
                        break;
                    case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } declarator when declarator.Identifier.ValueText == name:
                        written = declaration.Type.IsVar ? null : declaration.Type;
                        break;
                    case ForEachStatementSyntax loop when loop.Identifier.ValueText == name:
                        written = loop.Type.IsVar ? null : loop.Type;
                        break;
                    case CatchDeclarationSyntax handler when handler.Identifier.ValueText == name:
                        written = handler.Type;
                        break;
                    case SingleVariableDesignationSyntax designation when designation.Identifier.ValueText == name:
                        return false; // pattern and out variables: not worth resolving
                    default:
                        continue;
                }

                var cannot = written is not null
                    ? !events.MayBeEventType(RightmostName(written)) && !IsTypeParameter(written, at)
                    : InferredTypeCannotBeEvent(model.GetDeclaredSymbol(node, cancellationToken), events);
                if (!cannot)
                {
                    return false;
                }

                found = true;
            }

            return found;
        }

        private static bool InferredTypeCannotBeEvent(ISymbol? declared, EventFieldIndex events)
        {
            var type = declared switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                _ => null,
            };
            return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && !events.MayBeEventType(named.Name);
        }

        private static bool IsTypeParameter(TypeSyntax type, SyntaxNode at)
        {
            if (type is not IdentifierNameSyntax name)
            {
                return false;
            }

            foreach (var ancestor in at.Ancestors())
            {
                var parameters = ancestor switch
                {
                    MethodDeclarationSyntax method => method.TypeParameterList,
                    TypeDeclarationSyntax declaration => declaration.TypeParameterList,
                    LocalFunctionStatementSyntax local => local.TypeParameterList,
                    _ => null,
                };
                if (parameters is not null)
                {
                    foreach (var parameter in parameters.Parameters)
                    {
                        if (parameter.Identifier.ValueText == name.Identifier.ValueText)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }
    }
}
