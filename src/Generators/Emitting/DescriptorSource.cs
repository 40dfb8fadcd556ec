using System.Text;
using Governance.CodeAnalysis.Declarations;
using Governance.CodeAnalysis.Manifest;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Emitting
{
    /// <summary>
    /// The C# that creates descriptors from specs: written once for both the declaring type's own file (its
    /// <c>TelemetryDescriptor</c>) and an application's manifest class (the descriptors of referenced assemblies' events
    /// and contexts, created from their manifests, so the catalog lists them before any library type is touched).
    /// </summary>
    internal static class DescriptorSource
    {
        public const string EventDescriptorType = "global::Governance.TelemetryEventDescriptor";
        public const string ContextDescriptorType = "global::Governance.TelemetryContextDescriptor";
        public const string FieldDescriptorType = "global::Governance.TelemetryFieldDescriptor";

        private const string DataClassType = "global::" + WellKnownTypeNames.DataClass;
        private const string FieldHashingType = "global::" + WellKnownTypeNames.FieldHashing;
        private const string FieldShapeType = "global::" + WellKnownTypeNames.FieldShape;

        /// <summary>
        /// Appends <c>new TelemetryFieldDescriptor(...)</c> for one field: the short form for one value hashed as its data
        /// class says (an Identifier with the keyed hash, anything else not at all), the full form with hashing, shape and
        /// keys otherwise.
        /// </summary>
        public static StringBuilder AppendNewField(StringBuilder builder, FieldSpec field)
        {
            builder.Append("new ").Append(FieldDescriptorType).Append('(');
            CSharpLiteral.AppendString(builder, field.WireName).Append(", ");
            CSharpLiteral.AppendString(builder, field.PropertyName).Append(", ");
            CSharpLiteral.AppendString(builder, field.Type.DisplayName).Append(", ");
            CSharpLiteral.AppendString(builder, field.Description).Append(", ");
            builder.Append(DataClassType).Append('.').Append(field.DataClass.ToMemberName());
            if (!HashedAsItsDataClassImplies(field))
            {
                builder.Append(", ").Append(FieldHashingType).Append('.').Append(field.Hashing.ToMemberName())
                    .Append(", ").Append(FieldShapeType).Append('.').Append(field.Type.Shape.ToMemberName())
                    .Append(", ");
                AppendKeys(builder, field.Type.Key);
            }

            return builder.Append(')');
        }

        /// <summary>
        /// Writes <paramref name="prefix"/><c>TelemetryEventDescriptor.FromDeclaration("...")</c><paramref name="suffix"/> on one
        /// line: the declaration in the compact form the runtime reads (<c>CompactEventDeclaration</c>: a positional JSON
        /// array, enums as numbers). One literal per event instead of an object creation per field with named arguments,
        /// which every project's compiler bound, and the SDK's analyzers walked, for every event.
        /// </summary>
        /// <param name="cachedFor">The event's own type when the call is its <c>TelemetryDescriptor</c>: the runtime then reads the
        /// declaration once and keeps the descriptor per type; null for a descriptor created once where it is written.</param>
        public static void WriteEventFromDeclaration(IndentedTextBuilder text, EventSpec spec, string prefix, string suffix, string? cachedFor = null)
        {
            var declaration = StringBuilderCache.Acquire(256 + 160 * spec.Fields.Count);
            var json = new JsonText(declaration, indented: false).StartArray().Number(CompactDeclarationFormat.Version);
            CompactEventItems.WriteEvent(json, spec, spec.Assembly).StartArray();
            foreach (var field in spec.Fields)
            {
                CompactEventItems.WriteField(json.StartArray(), field);
                if (!HashedAsItsDataClassImplies(field))
                {
                    json.Number((int)field.Hashing).Number((int)field.Type.Shape);
                    CompactEventItems.WriteMembers(json, field.Type.Key?.Members);
                }

                json.EndArray();
            }

            json.EndArray().EndArray();
            var line = text.StartLine().Append(prefix).Append(EventDescriptorType).Append(".FromDeclaration");
            if (cachedFor is not null)
            {
                line.Append('<').Append(cachedFor).Append('>');
            }

            line.Append('(');
            CSharpLiteral.AppendString(line, declaration).Append(')').Append(suffix);
            text.EndLine();
            StringBuilderCache.Release(declaration);
        }

        /// <summary>
        /// Writes <paramref name="prefix"/><c>new TelemetryContextDescriptor(</c> with one named argument a line, the fields
        /// given by <paramref name="fieldsExpression"/> or, when it is null, written inline, then <paramref name="suffix"/>.
        /// </summary>
        public static void WriteNewContext(IndentedTextBuilder text, ContextSpec spec, string prefix, string? fieldsExpression, string suffix)
        {
            text.StartLine().Append(prefix).Append("new ").Append(ContextDescriptorType).Append('(');
            text.EndLine().Indent();
            StringArgument(text, "sourceType: ", spec.Type.DisplayName);
            StringArgument(text, "assembly: ", spec.Assembly);
            WriteFields(text, spec.Fields, fieldsExpression, suffix);
            text.Outdent();
        }

        /// <summary>
        /// One value hashed as its data class implies (an identifier with the keyed hash, anything else not at all): the
        /// short form, which leaves hashing, shape and keys to the runtime's defaults.
        /// </summary>
        private static bool HashedAsItsDataClassImplies(FieldSpec field) =>
            field.Type.Shape == FieldShapeKind.Scalar && field.Hashing == FieldSpec.ImpliedHashing(field.DataClass);

        /// <summary>One named string argument on a line of its own: <c>name: "value",</c>.</summary>
        private static void StringArgument(IndentedTextBuilder text, string name, string? value)
        {
            CSharpLiteral.AppendString(text.StartLine().Append(name), value).Append(',');
            text.EndLine();
        }

        private static void WriteFields(IndentedTextBuilder text, EquatableArray<FieldSpec> fields, string? fieldsExpression, string suffix)
        {
            if (fieldsExpression is not null)
            {
                text.Line("fields: " + fieldsExpression + ")" + suffix);
                return;
            }

            text.Line("fields: new " + FieldDescriptorType + "[]");
            text.Line("{");
            text.Indent();
            foreach (var field in fields)
            {
                AppendNewField(text.StartLine(), field).Append(',');
                text.EndLine();
            }

            text.Outdent();
            text.Line("})" + suffix);
        }

        private static void AppendKeys(StringBuilder builder, MapKeySpec? key)
        {
            if (key is null)
            {
                builder.Append("null");
                return;
            }

            builder.Append("new string[] { ");
            for (var i = 0; i < key.Members.Count; i++)
            {
                CSharpLiteral.AppendString(builder.Append(i == 0 ? string.Empty : ", "), key.Members[i].Name);
            }

            builder.Append(key.Members.Count == 0 ? "}" : " }");
        }
    }
}
