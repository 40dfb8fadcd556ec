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
        /// <c>new TelemetryFieldDescriptor(...)</c> for one field: the short form for one value hashed as its data class
        /// says (an Identifier with the keyed hash, anything else not at all), the full form with hashing, shape and keys
        /// otherwise.
        /// </summary>
        public static string NewField(FieldSpec field)
        {
            var builder = new StringBuilder("new ").Append(FieldDescriptorType).Append('(')
                .Append(CSharpLiteral.String(field.WireName)).Append(", ")
                .Append(CSharpLiteral.String(field.PropertyName)).Append(", ")
                .Append(CSharpLiteral.String(field.Type.DisplayName)).Append(", ")
                .Append(CSharpLiteral.String(field.Description)).Append(", ")
                .Append(DataClassType).Append('.').Append(field.DataClass.ToMemberName());
            var impliedHashing = field.DataClass == DataClassKind.Identifier ? HashingKind.Keyed : HashingKind.None;
            if (field.Type.Shape != FieldShapeKind.Scalar || field.Hashing != impliedHashing)
            {
                builder.Append(", ").Append(FieldHashingType).Append('.').Append(field.Hashing.ToMemberName())
                    .Append(", ").Append(FieldShapeType).Append('.').Append(field.Type.Shape.ToMemberName())
                    .Append(", ").Append(Keys(field.Type.Key));
            }

            return builder.Append(')').ToString();
        }

        /// <summary>
        /// Writes <paramref name="prefix"/><c>new TelemetryEventDescriptor(</c> with one named argument a line, the fields
        /// given by <paramref name="fieldsExpression"/> or, when it is null, written inline, then <paramref name="suffix"/>.
        /// </summary>
        public static void WriteNewEvent(IndentedTextBuilder text, EventSpec spec, string prefix, string? fieldsExpression, string suffix)
        {
            text.Line(prefix + "new " + EventDescriptorType + "(");
            text.Indent();
            text.Line("name: " + CSharpLiteral.String(spec.Name) + ",");
            text.Line("purpose: " + CSharpLiteral.String(spec.Purpose) + ",");
            text.Line("retentionDays: " + CSharpLiteral.Int32(spec.RetentionDays) + ",");
            text.Line("consent: " + ConsentType + "." + spec.Consent.ToMemberName() + ",");
            text.Line("access: " + DataAccessType + "." + spec.Access.ToMemberName() + ",");
            text.Line("owner: " + CSharpLiteral.String(spec.Owner) + ",");
            text.Line("expires: " + CSharpLiteral.String(spec.Expires) + ",");
            text.Line("sourceType: " + CSharpLiteral.String(spec.Type.DisplayName) + ",");
            text.Line("assembly: " + CSharpLiteral.String(spec.Assembly) + ",");
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
            text.Line(prefix + "new " + ContextDescriptorType + "(");
            text.Indent();
            text.Line("sourceType: " + CSharpLiteral.String(spec.Type.DisplayName) + ",");
            text.Line("assembly: " + CSharpLiteral.String(spec.Assembly) + ",");
            WriteFields(text, spec.Fields, fieldsExpression, suffix);
            text.Outdent();
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
                text.Line(NewField(field) + ",");
            }

            text.Outdent();
            text.Line("})" + suffix);
        }

        private static string Keys(MapKeySpec? key)
        {
            if (key is null)
            {
                return "null";
            }

            var builder = new StringBuilder("new string[] { ");
            for (var i = 0; i < key.Members.Count; i++)
            {
                builder.Append(i == 0 ? string.Empty : ", ").Append(CSharpLiteral.String(key.Members[i].Name));
            }

            return builder.Append(key.Members.Count == 0 ? "}" : " }").ToString();
        }
    }
}
