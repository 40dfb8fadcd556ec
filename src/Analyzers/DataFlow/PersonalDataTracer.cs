using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers.DataFlow
{
    /// <summary>
    /// Follows a value back through one method body to find personal data in it: through locals (every assignment,
    /// regardless of order), conversions, conditional and null-coalescing expressions, string concatenation and
    /// interpolation, string methods, <c>Path</c> methods and <c>ToString()</c>. A method marked
    /// <c>[TelemetrySanitizer]</c> (such as <c>TelemetryClient.Pseudonymize</c>) cleans what passes through it. Calls
    /// to other methods end the trail: the analysis stays inside the method and never guesses.
    /// </summary>
    internal static class PersonalDataTracer
    {
        private const int MaxDepth = 32;

        /// <summary>A description of the personal data that reaches <paramref name="value"/>, or null.</summary>
        public static string? FindSource(IOperation value, CancellationToken cancellationToken) =>
            Trace(value, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default), 0, cancellationToken);

        private static string? Trace(IOperation? operation, HashSet<ILocalSymbol> visiting, int depth, CancellationToken cancellationToken)
        {
            if (operation is null || depth > MaxDepth)
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var byType = PersonalDataSources.OfType(operation.Type);
            if (byType is not null)
            {
                return byType;
            }

            var next = depth + 1;
            switch (operation)
            {
                case IConversionOperation conversion:
                    return Trace(conversion.Operand, visiting, next, cancellationToken);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    return Trace(binary.LeftOperand, visiting, next, cancellationToken) ?? Trace(binary.RightOperand, visiting, next, cancellationToken);
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation interpolation && Trace(interpolation.Expression, visiting, next, cancellationToken) is { } source)
                        {
                            return source;
                        }
                    }

                    return null;
                case IConditionalOperation conditional:
                    return Trace(conditional.WhenTrue, visiting, next, cancellationToken) ?? Trace(conditional.WhenFalse, visiting, next, cancellationToken);
                case ICoalesceOperation coalesce:
                    return Trace(coalesce.Value, visiting, next, cancellationToken) ?? Trace(coalesce.WhenNull, visiting, next, cancellationToken);
                case IPropertyReferenceOperation property:
                    return PersonalDataSources.OfProperty(property.Property);
                case IFieldReferenceOperation field:
                    return PersonalDataSources.OfMarkedMember(field.Field);
                case IParameterReferenceOperation parameter:
                    return PersonalDataSources.OfParameter(parameter.Parameter);
                case IArrayElementReferenceOperation element:
                    return Trace(element.ArrayReference, visiting, next, cancellationToken);
                case IInvocationOperation invocation:
                    return TraceInvocation(invocation, visiting, next, cancellationToken);
                case ILocalReferenceOperation local:
                    return TraceLocal(local, visiting, next, cancellationToken);
                default:
                    return null;
            }
        }

        private static string? TraceInvocation(IInvocationOperation invocation, HashSet<ILocalSymbol> visiting, int depth, CancellationToken cancellationToken)
        {
            var method = invocation.TargetMethod;
            if (IsSanitizer(method))
            {
                return null;
            }

            var source = PersonalDataSources.OfMethod(method);
            if (source is not null)
            {
                return source;
            }

            var containing = MetadataNames.Of(method.ContainingType);
            if (method.Name == "ToString" && method.Parameters.Length <= 1)
            {
                return Trace(invocation.Instance, visiting, depth, cancellationToken);
            }

            var passesValuesThrough = method.ReturnType.SpecialType == SpecialType.System_String
                && (containing == "System.String" || containing == "System.IO.Path" || containing == "System.Text.StringBuilder");
            if (!passesValuesThrough)
            {
                return null;
            }

            var fromInstance = Trace(invocation.Instance, visiting, depth, cancellationToken);
            if (fromInstance is not null)
            {
                return fromInstance;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (Trace(argument.Value, visiting, depth, cancellationToken) is { } fromArgument)
                {
                    return fromArgument;
                }
            }

            return null;
        }

        /// <summary>A local is personal if any value assigned to it anywhere in the body is.</summary>
        private static string? TraceLocal(ILocalReferenceOperation reference, HashSet<ILocalSymbol> visiting, int depth, CancellationToken cancellationToken)
        {
            var local = reference.Local;
            if (!visiting.Add(local))
            {
                return null;
            }

            var root = (IOperation)reference;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            foreach (var operation in root.Descendants())
            {
                IOperation? assigned = operation switch
                {
                    IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                    IAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local) => assignment.Value,
                    _ => null,
                };

                if (assigned is not null && Trace(assigned, visiting, depth, cancellationToken) is { } source)
                {
                    return source;
                }
            }

            return null;
        }

        private static bool IsSanitizer(IMethodSymbol method)
        {
            for (var current = method; current is not null; current = current.OverriddenMethod)
            {
                foreach (var attribute in (current.ReducedFrom ?? current).GetAttributes())
                {
                    if (TelemetryEventReader.IsAttribute(attribute, WellKnownTypeNames.TelemetrySanitizerAttribute))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
