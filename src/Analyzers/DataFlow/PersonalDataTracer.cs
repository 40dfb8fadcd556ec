using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers.DataFlow
{
    /// <summary>
    /// Follows a value back to find personal data in it. Within the method: locals (every assignment, regardless of
    /// order), conversions, <c>?.</c>, <c>??</c>, <c>?:</c> and switch expressions, string concatenation and
    /// interpolation, string methods, <c>Path</c> methods and <c>ToString()</c>, and the properties of objects built
    /// in view (<c>new R { Name = x }.Name</c>, <c>(r with { Name = x }).Name</c>). Into calls: lambdas and local
    /// functions (their returned values, with their parameters bound to the call's arguments), and one level of
    /// ordinary methods declared in the same compilation (<c>static string Describe(Exception e) =&gt; e.Message;</c>).
    /// A method marked <c>[TelemetrySanitizer]</c> (such as <c>TelemetryClient.Pseudonymize</c>) cleans what passes
    /// through it. Anything else ends the trail: the analysis never guesses.
    /// </summary>
    internal sealed class PersonalDataTracer
    {
        private const int MaxDepth = 32;

        // Enough for any method a person writes; bounds pathological code (huge methods, deep local chains).
        private const int MaxSteps = 4096;

        // Made at the first local followed: most values traced are parameters, constants or members.
        private HashSet<ILocalSymbol>? _visiting;
        private readonly CancellationToken _cancellationToken;
        private int _steps;

        private PersonalDataTracer(CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
        }

        /// <summary>A description of the personal data that reaches <paramref name="value"/>, or null.</summary>
        public static string? FindSource(IOperation value, CancellationToken cancellationToken) =>
            new PersonalDataTracer(cancellationToken).Trace(value, Frame.Caller, 0);

        private string? Trace(IOperation? operation, Frame frame, int depth)
        {
            if (operation is null || depth > MaxDepth || ++_steps > MaxSteps)
            {
                return null;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            var byType = PersonalDataSources.OfType(operation.Type);
            if (byType is not null)
            {
                return byType;
            }

            var next = depth + 1;
            switch (operation)
            {
                case IConversionOperation conversion:
                    return Trace(conversion.Operand, frame, next);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    return Trace(binary.LeftOperand, frame, next) ?? Trace(binary.RightOperand, frame, next);
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation interpolation && Trace(interpolation.Expression, frame, next) is { } source)
                        {
                            return source;
                        }
                    }

                    return null;
                case IConditionalOperation conditional:
                    return Trace(conditional.WhenTrue, frame, next) ?? Trace(conditional.WhenFalse, frame, next);
                case ICoalesceOperation coalesce:
                    return Trace(coalesce.Value, frame, next) ?? Trace(coalesce.WhenNull, frame, next);
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        if (Trace(arm.Value, frame, next) is { } fromArm)
                        {
                            return fromArm;
                        }
                    }

                    return null;
                case IConditionalAccessOperation conditionalAccess:
                    return Trace(conditionalAccess.WhenNotNull, frame, next);
                case IConditionalAccessInstanceOperation instance:
                    return Trace(ConditionalAccessTarget(instance), frame, next);
                case IPropertyReferenceOperation property:
                    return TraceProperty(property, frame, next);
                case IFieldReferenceOperation field:
                    return PersonalDataSources.OfMarkedMember(field.Field);
                case IParameterReferenceOperation parameter:
                    return frame.TryGetArgument(parameter.Parameter, out var argument, out var caller)
                        ? Trace(argument, caller, next)
                        : PersonalDataSources.OfParameter(parameter.Parameter);
                case IArrayElementReferenceOperation element:
                    return Trace(element.ArrayReference, frame, next);
                case IInvocationOperation invocation:
                    return TraceInvocation(invocation, frame, next);
                case ILocalReferenceOperation local:
                    return TraceLocal(local, frame, next);
                default:
                    return null;
            }
        }

        private string? TraceProperty(IPropertyReferenceOperation reference, Frame frame, int depth)
        {
            var source = PersonalDataSources.OfProperty(reference.Property);
            if (source is not null || reference.Instance is null)
            {
                return source;
            }

            // An element of a collection carries what the collection carries (args[0] already does, as an array).
            return reference.Property.IsIndexer
                ? Trace(reference.Instance, frame, depth)
                : TraceMember(reference.Instance, reference.Property, frame, depth);
        }

        /// <summary>
        /// The value <paramref name="property"/> has on the object <paramref name="instance"/> evaluates to, when that
        /// object is built in view: an initializer or <c>with</c> that sets it, or the positional parameter of the same name.
        /// </summary>
        private string? TraceMember(IOperation? instance, IPropertySymbol property, Frame frame, int depth)
        {
            if (instance is null || depth > MaxDepth || ++_steps > MaxSteps)
            {
                return null;
            }

            var next = depth + 1;
            switch (instance)
            {
                case IConversionOperation conversion:
                    return TraceMember(conversion.Operand, property, frame, next);
                case IConditionalOperation conditional:
                    return TraceMember(conditional.WhenTrue, property, frame, next) ?? TraceMember(conditional.WhenFalse, property, frame, next);
                case ICoalesceOperation coalesce:
                    return TraceMember(coalesce.Value, property, frame, next) ?? TraceMember(coalesce.WhenNull, property, frame, next);
                case IConditionalAccessInstanceOperation conditionalInstance:
                    return TraceMember(ConditionalAccessTarget(conditionalInstance), property, frame, next);
                case IParameterReferenceOperation parameter when frame.TryGetArgument(parameter.Parameter, out var argument, out var caller):
                    return TraceMember(argument, property, caller, next);
                case ILocalReferenceOperation local:
                    return TraceAssignments(local, frame, next, (value, f, d) => TraceMember(value, property, f, d));
                case IObjectCreationOperation creation:
                    if (FindInitializedValue(creation.Initializer?.Initializers, property) is { } initialized)
                    {
                        return Trace(initialized, frame, next);
                    }

                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter?.Name == property.Name)
                        {
                            return Trace(argument.Value, frame, next);
                        }
                    }

                    return null;
                case IWithOperation with:
                    return FindInitializedValue(with.Initializer.Initializers, property) is { } changed
                        ? Trace(changed, frame, next)
                        : TraceMember(with.Operand, property, frame, next);
                case IAnonymousObjectCreationOperation anonymous:
                    return FindInitializedValue(anonymous.Initializers, property) is { } member ? Trace(member, frame, next) : null;
                default:
                    return null;
            }
        }

        private static IOperation? FindInitializedValue(IEnumerable<IOperation>? initializers, IPropertySymbol property)
        {
            if (initializers is null)
            {
                return null;
            }

            foreach (var initializer in initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && target.Property.Name == property.Name)
                {
                    return assignment.Value;
                }
            }

            return null;
        }

        private string? TraceInvocation(IInvocationOperation invocation, Frame frame, int depth)
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

            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                return TraceDelegate(invocation.Instance, invocation, frame, depth);
            }

            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return FindLocalFunction(invocation, method) is { } localFunction
                    ? TraceReturns(localFunction.Body, new Frame(method, invocation, frame, frame.InHelper), depth)
                    : null;
            }

            if (method.Name == "ToString" && method.Parameters.Length <= 1)
            {
                return Trace(invocation.Instance, frame, depth);
            }

            var passesValuesThrough = method.ReturnType.SpecialType == SpecialType.System_String
                && (MetadataNames.Is(method.ContainingType, "System.String") || MetadataNames.Is(method.ContainingType, "System.IO.Path") || MetadataNames.Is(method.ContainingType, "System.Text.StringBuilder"));
            if (passesValuesThrough)
            {
                var fromInstance = Trace(invocation.Instance, frame, depth);
                if (fromInstance is not null)
                {
                    return fromInstance;
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (Trace(argument.Value, frame, depth) is { } fromArgument)
                    {
                        return fromArgument;
                    }
                }

                return null;
            }

            return frame.InHelper ? null : TraceHelper(invocation, method, frame, depth);
        }

        /// <summary>What calling a delegate returns: the lambda or method it was made from, where that is in view.</summary>
        private string? TraceDelegate(IOperation? target, IInvocationOperation invocation, Frame frame, int depth)
        {
            if (target is null || depth > MaxDepth || ++_steps > MaxSteps)
            {
                return null;
            }

            var next = depth + 1;
            switch (target)
            {
                case IConversionOperation conversion:
                    return TraceDelegate(conversion.Operand, invocation, frame, next);
                case IDelegateCreationOperation creation:
                    return TraceDelegate(creation.Target, invocation, frame, next);
                case IAnonymousFunctionOperation lambda:
                    return TraceReturns(lambda.Body, new Frame(lambda.Symbol, invocation, frame, frame.InHelper), next);
                case IMethodReferenceOperation reference when reference.Method.MethodKind == MethodKind.LocalFunction:
                    return FindLocalFunction(reference, reference.Method) is { } localFunction
                        ? TraceReturns(localFunction.Body, new Frame(reference.Method, invocation, frame, frame.InHelper), next)
                        : null;
                case IMethodReferenceOperation reference:
                    return PersonalDataSources.OfMethod(reference.Method) ?? (frame.InHelper ? null : TraceHelper(invocation, reference.Method, frame, next));
                case ILocalReferenceOperation local:
                    return TraceAssignments(local, frame, next, (value, f, d) => TraceDelegate(value, invocation, f, d));
                case IParameterReferenceOperation parameter when frame.TryGetArgument(parameter.Parameter, out var argument, out var caller):
                    return TraceDelegate(argument, invocation, caller, next);
                default:
                    return null;
            }
        }

        /// <summary>
        /// One level into an ordinary method declared in this compilation: what its body returns, its parameters bound
        /// to the call's arguments. Methods another body may replace (virtual, abstract, interface) are not entered.
        /// </summary>
        private string? TraceHelper(IInvocationOperation invocation, IMethodSymbol method, Frame frame, int depth)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            if (definition.MethodKind != MethodKind.Ordinary || definition.IsVirtual || definition.IsAbstract || definition.IsOverride
                || definition.IsExtern || definition.ContainingType?.TypeKind == TypeKind.Interface
                || definition.DeclaringSyntaxReferences.Length != 1 || invocation.SemanticModel is null)
            {
                return null;
            }

            var declaration = definition.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) as MethodDeclarationSyntax;
            if (declaration is null || (declaration.Body is null && declaration.ExpressionBody is null))
            {
                return null;
            }

            var model = invocation.SemanticModel;
            if (declaration.SyntaxTree != model.SyntaxTree)
            {
                // The analyzer driver gives every analyzer the same cached semantic model per tree; this asks for it.
                model = model.Compilation.GetSemanticModel(declaration.SyntaxTree);
            }

            var body = model.GetOperation(declaration, _cancellationToken) as IMethodBodyOperation;
            return body is null ? null : TraceReturns((IOperation?)body.BlockBody ?? body.ExpressionBody, new Frame(definition, invocation, frame, inHelper: true), depth);
        }

        /// <summary>The values a body returns (not those of lambdas or local functions nested in it), traced.</summary>
        private string? TraceReturns(IOperation? body, Frame frame, int depth)
        {
            if (body is null)
            {
                return null;
            }

            var pending = new Stack<IOperation>();
            pending.Push(body);
            while (pending.Count > 0)
            {
                var operation = pending.Pop();
                if (operation is IReturnOperation { ReturnedValue: { } returned } ret && ret.Kind == OperationKind.Return)
                {
                    if (Trace(returned, frame, depth + 1) is { } source)
                    {
                        return source;
                    }

                    continue;
                }

                foreach (var child in operation.ChildOperations)
                {
                    if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                    {
                        pending.Push(child);
                    }
                }
            }

            return null;
        }

        private static ILocalFunctionOperation? FindLocalFunction(IOperation use, IMethodSymbol method)
        {
            var root = Root(use);
            foreach (var operation in root.Descendants())
            {
                if (operation is ILocalFunctionOperation localFunction && SymbolEqualityComparer.Default.Equals(localFunction.Symbol, method.OriginalDefinition))
                {
                    return localFunction;
                }
            }

            return null;
        }

        /// <summary>The object a <c>?.</c> reads from: the operand of the nearest conditional access around it.</summary>
        private static IOperation? ConditionalAccessTarget(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        /// <summary>A local is personal if any value assigned to it anywhere in the body is.</summary>
        private string? TraceLocal(ILocalReferenceOperation reference, Frame frame, int depth) =>
            TraceAssignments(reference, frame, depth, Trace);

        private string? TraceAssignments(ILocalReferenceOperation reference, Frame frame, int depth, System.Func<IOperation, Frame, int, string?> trace)
        {
            var local = reference.Local;
            if (!(_visiting ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default)).Add(local))
            {
                return null;
            }

            try
            {
                foreach (var operation in Root(reference).Descendants())
                {
                    IOperation? assigned = operation switch
                    {
                        IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                        IAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local) => assignment.Value,
                        _ => null,
                    };

                    if (assigned is not null && trace(assigned, frame, depth) is { } source)
                    {
                        return source;
                    }
                }

                return null;
            }
            finally
            {
                // Visited again under another call (a local function called twice) it may see other arguments.
                _visiting!.Remove(local);
            }
        }

        private static IOperation Root(IOperation operation)
        {
            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            return operation;
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

        /// <summary>
        /// Where the trail is: inside a lambda, local function or helper entered from a call, whose parameters stand for
        /// that call's arguments (traced where the call is), or at the top, where a parameter is just a parameter.
        /// </summary>
        private sealed class Frame
        {
            public static readonly Frame Caller = new Frame(null, null, null, inHelper: false);

            private readonly IMethodSymbol? _method;
            private readonly IInvocationOperation? _call;
            private readonly Frame? _caller;

            public Frame(IMethodSymbol? method, IInvocationOperation? call, Frame? caller, bool inHelper)
            {
                _method = method;
                _call = call;
                _caller = caller;
                InHelper = inHelper;
            }

            /// <summary>Inside a helper method: its own calls to other helpers are not followed (one level).</summary>
            public bool InHelper { get; }

            public bool TryGetArgument(IParameterSymbol parameter, out IOperation argument, out Frame caller)
            {
                for (var frame = this; frame?._call is not null; frame = frame._caller)
                {
                    if (SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, frame._method!.OriginalDefinition))
                    {
                        foreach (var candidate in frame._call.Arguments)
                        {
                            if (candidate.Parameter?.Ordinal == parameter.Ordinal)
                            {
                                argument = candidate.Value;
                                caller = frame._caller!;
                                return true;
                            }
                        }
                    }
                }

                argument = null!;
                caller = null!;
                return false;
            }
        }
    }
}
