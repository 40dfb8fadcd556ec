namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// The data-collection manifest of one assembly: every event it can send, its own and those of the assemblies it was
    /// compiled against (each event names its assembly), in ordinal order of name, then assembly, then type.
    /// </summary>
    /// <param name="Product">The product: the assembly's own declaration (an application's, for a whole product).</param>
    /// <param name="GeneratorVersion">The version of the generator that read the declarations.</param>
    /// <param name="RegisterWithModuleInitializer">Whether the generated catalog registration runs as a module initializer.</param>
    /// <param name="Contexts">
    /// The common contexts of the product, its own and its references' (each naming its assembly), in ordinal order of
    /// type, then assembly: a client may set any of them, and every event that includes contexts carries those set.
    /// </param>
    internal sealed record ManifestSpec(ProductSpec Product, EquatableArray<EventSpec> Events, string GeneratorVersion, bool RegisterWithModuleInitializer = false, EquatableArray<ContextSpec> Contexts = default)
    {
        /// <summary>Whether an event is the assembly's own rather than one of a referenced assembly.</summary>
        public bool IsOwn(EventSpec evt) => evt.Assembly == Product.AssemblyName;

        /// <summary>Whether a context is the assembly's own rather than one of a referenced assembly.</summary>
        public bool IsOwn(ContextSpec context) => context.Assembly == Product.AssemblyName;

        /// <summary>Every context field of the product, context by context in manifest order.</summary>
        public System.Collections.Generic.IEnumerable<(ContextSpec Context, FieldSpec Field)> ContextFields()
        {
            foreach (var context in Contexts)
            {
                foreach (var spec in context.Fields)
                {
                    yield return (context, spec);
                }
            }
        }

        /// <summary>
        /// The data classes an event carries, least sensitive first: its fields', and when it includes contexts, those of
        /// every context of the product (an identifier in a context makes every event that includes it carry one).
        /// </summary>
        public System.Collections.Generic.List<DataClassKind> DataClassesOf(EventSpec evt)
        {
            var values = new System.Collections.Generic.List<int>();
            foreach (var field in evt.Fields)
            {
                values.Add((int)field.DataClass);
            }

            if (evt.IncludesContext)
            {
                foreach (var (_, field) in ContextFields())
                {
                    values.Add((int)field.DataClass);
                }
            }

            var dataClasses = new System.Collections.Generic.List<DataClassKind>();
            foreach (var member in EnumSpellings.DataClass.MembersAmong(values))
            {
                dataClasses.Add((DataClassKind)member.Value);
            }

            return dataClasses;
        }
    }
}
