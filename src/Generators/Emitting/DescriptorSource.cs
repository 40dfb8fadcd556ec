using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Emitting
{
    /// <summary>
    /// The C# that creates an event's descriptor from its spec: written once for both the event's own file (its
    /// <c>TelemetryDescriptor</c>) and an application's manifest class (the descriptors of referenced assemblies' events,
    /// created from their manifests, so the catalog lists them before any library type is touched).
    /// </summary>
    internal static class DescriptorSource
    {
        public const string EventDescriptorType = "global::Governance.TelemetryEventDescriptor";
        public const string FieldDescriptorType = "global::Governance.TelemetryFieldDescriptor";

        /// <summary><c>new TelemetryFieldDescriptor(...)</c> for one field.</summary>
        public static string NewField(FieldSpec field) =>
            "new " + FieldDescriptorType + "(" + CSharpLiteral.String(field.WireName) + ", " + CSharpLiteral.String(field.PropertyName) + ", "
            + CSharpLiteral.String(field.Type.DisplayName) + ", " + CSharpLiteral.String(field.Description) + ", global::Governance.DataClass."
            + field.DataClass.ToMemberName() + ")";

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
            text.Line("consent: global::Governance.Consent." + spec.Consent.ToMemberName() + ",");
            text.Line("access: global::Governance.DataAccess." + spec.Access.ToMemberName() + ",");
            text.Line("owner: " + CSharpLiteral.String(spec.Owner) + ",");
            text.Line("expires: " + CSharpLiteral.String(spec.Expires) + ",");
            text.Line("sourceType: " + CSharpLiteral.String(spec.Type.DisplayName) + ",");
            text.Line("assembly: " + CSharpLiteral.String(spec.Assembly) + ",");
            if (fieldsExpression is not null)
            {
                text.Line("fields: " + fieldsExpression + ")" + suffix);
            }
            else
            {
                text.Line("fields: new " + FieldDescriptorType + "[]");
                text.Line("{");
                text.Indent();
                foreach (var field in spec.Fields)
                {
                    text.Line(NewField(field) + ",");
                }

                text.Outdent();
                text.Line("})" + suffix);
            }

            text.Outdent();
        }
    }
}
