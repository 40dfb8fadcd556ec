using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>
    /// Turns a read context declaration into the generator's equatable <see cref="ContextSpec"/>, or null when no code can
    /// be generated for it. Its fields are built exactly as an event's (<see cref="EventSpecBuilder.BuildFields"/>).
    /// </summary>
    internal static class ContextSpecBuilder
    {
        public static ContextSpec? Build(ContextDeclaration declaration)
        {
            if (declaration.ImplementationProblem != ImplementationProblem.None || !EventSpecBuilder.HasNamesEverywhere(declaration.Type))
            {
                return null;
            }

            return new ContextSpec(
                EventSpecBuilder.BuildHierarchy(declaration.Type),
                EventSpecBuilder.IsPublic(declaration.Type),
                declaration.Type.ContainingAssembly?.Name ?? string.Empty,
                EventSpecBuilder.BuildFields(declaration.Fields),
                EventSpecBuilder.InheritedMembers(declaration.Type));
        }
    }
}
