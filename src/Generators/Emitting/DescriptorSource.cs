using System.Text;
using Governance.CodeAnalysis.Declarations;
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
        private const string ConsentType = "global::" + WellKnownTypeNames.Consent;
        private const string DataAccessType = "global::" + WellKnownTypeNames.DataAccess;
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
            var impliedHashing = field.DataClass == DataClassKind.Identifier ? HashingKind.Keyed : HashingKind.None;
            if (field.Type.Shape != FieldShapeKind.Scalar || field.Hashing != impliedHashing)
            {
                builder.Append(", ").Append(FieldHashingType).Append('.').Append(field.Hashing.ToMemberName())
                    .Append(", ").Append(FieldShapeType).Append('.').Append(field.Type.Shape.ToMemberName())
                    .Append(", ");
                AppendKeys(builder, field.Type.Key);
            }

            return builder.Append(')');
        }

        /// <summary>
        /// Writes <paramref name="prefix"/><c>new TelemetryEventDescriptor(</c> with one named argument a line, the fields
        /// given by <paramref name="fieldsExpression"/> or, when it is null, written inline, then <paramref name="suffix"/>.
        /// </summary>
        public static void WriteNewEvent(IndentedTextBuilder text, EventSpec spec, string prefix, string? fieldsExpression, string suffix)
        {
            text.StartLine().Append(prefix).Append("new ").Append(EventDescriptorType).Append('(');
            text.EndLine().Indent();
            StringArgument(text, "name: ", spec.Name);
            StringArgument(text, "purpose: ", spec.Purpose);
            text.StartLine().Append("retentionDays: ").Append(CSharpLiteral.Int32(spec.RetentionDays)).Append(',');
            text.EndLine();
            text.StartLine().Append("consent: ").Append(ConsentType).Append('.').Append(spec.Consent.ToMemberName()).Append(',');
            text.EndLine();
            text.StartLine().Append("access: ").Append(DataAccessType).Append('.').Append(spec.Access.ToMemberName()).Append(',');
            text.EndLine();
            StringArgument(text, "owner: ", spec.Owner);
            StringArgument(text, "expires: ", spec.Expires);
            StringArgument(text, "sourceType: ", spec.Type.DisplayName);
            StringArgument(text, "assembly: ", spec.Assembly);
            if (!spec.IncludesContext)
            {
                text.Line("includesContext: false,");
            }

            WriteFields(text, spec.Fields, fieldsExpression, suffix);
            text.Outdent();
        }

        /// <summary>Writes <paramref name="prefix"/><c>new TelemetryContextDescriptor(</c>, as <see cref="WriteNewEvent"/> does for an event.</summary>
        public static void WriteNewContext(IndentedTextBuilder text, ContextSpec spec, string prefix, string? fieldsExpression, string suffix)
        {
            text.StartLine().Append(prefix).Append("new ").Append(ContextDescriptorType).Append('(');
            text.EndLine().Indent();
            StringArgument(text, "sourceType: ", spec.Type.DisplayName);
            StringArgument(text, "assembly: ", spec.Assembly);
            WriteFields(text, spec.Fields, fieldsExpression, suffix);
            text.Outdent();
        }

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
