using System.Collections.Generic;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Emitting
{
    /// <summary>
    /// Writes the file generated for one event, its emitter. Inside the event's own partial type: the public
    /// <c>TelemetryDescriptor</c> and a nested <c>TelemetryFieldValues</c> struct holding the descriptors and one typed
    /// call per field (no boxing, no dictionary). In the <c>Governance</c> namespace: the event's <c>Track</c> overload in
    /// the assembly's partial tracking class, which checks consent before it touches the event and allocates nothing
    /// when the event is switched off.
    /// </summary>
    /// <remarks>
    /// Nothing generated is named after the event outside the event's own type: distinct events never collide, and a
    /// caller in any namespace that imports <c>Governance</c> (as every caller of the client does) finds <c>Track</c>.
    /// </remarks>
    internal static class EventEmitterWriter
    {
        private const string Descriptor = DescriptorSource.EventDescriptorType;
        private const string FieldDescriptor = DescriptorSource.FieldDescriptorType;

        /// <param name="spec">The event.</param>
        /// <param name="trackingClassName">The assembly's tracking class (<see cref="GeneratedNames.TrackingClassName"/>).</param>
        public static string Write(EventSpec spec, string trackingClassName)
        {
            return DeclaredTypeSourceFile.Write(
                spec,
                spec.Type,
                "TelemetryEvent",
                WriteTypeMembers,
                (text, spec, eventType) => WriteTrack(text, spec, eventType, trackingClassName));
        }

        private static void WriteTypeMembers(IndentedTextBuilder text, EventSpec spec, string eventType)
        {
            text.Line("/// <summary>What the declaration of this event says: its name, purpose, consent, retention, access and fields.</summary>");
            text.Line(GeneratedCodeAttribute());
            text.Line("public static " + Hides(spec, GeneratedMembers.Descriptor) + Descriptor + " " + GeneratedNames.DescriptorPropertyName + " => "
                + GeneratedNames.FieldValuesTypeName + ".Descriptor;");
            text.Line();
            WriteFieldValues(text, spec, eventType);
        }

        private static void WriteTrack(IndentedTextBuilder text, EventSpec spec, string eventType, string trackingClassName)
        {
            // Every event's file reopens the same class; a public event makes it public, and the parts that say nothing
            // agree with that (an assembly with internal events only keeps an internal class).
            var accessibility = spec.IsPublic ? "public " : string.Empty;
            text.Line("/// <summary>The typed, consent-checked <c>Track</c> methods of this assembly's telemetry events.</summary>");
            text.Open(accessibility + "static partial class " + trackingClassName);

            var eventName = XmlDoc.Escape(spec.Name);
            var fieldValues = eventType + "." + GeneratedNames.FieldValuesTypeName;
            var descriptor = fieldValues + ".Descriptor";
            var isReferenceType = spec.Type.Type.Keyword is "class" or "record";
            text.Line("/// <summary>Sends a <c>" + eventName + "</c> event if the user's consent allows it; otherwise does nothing.</summary>");
            text.Line(GeneratedCodeAttribute());
            text.Open((spec.IsPublic ? "public" : "internal") + " static void Track(this global::Governance.TelemetryClient client, " + eventType + " evt)");
            text.Open((isReferenceType ? "if (client is null || evt is null || !client.IsEnabled(" : "if (client is null || !client.IsEnabled(") + descriptor + "))");
            text.Line("return;");
            text.Close();
            text.Line();
            text.Line("client.Send(" + descriptor + ", new " + fieldValues + (HasKeyedFields(spec.Fields) ? "(evt, client.Pseudonymizer));" : "(evt));"));
            text.Close();
            text.Close();
        }

        private static void WriteFieldValues(IndentedTextBuilder text, EventSpec spec, string eventType)
        {
            var hashed = HasKeyedFields(spec.Fields);
            text.Line("/// <summary>The declaration's descriptors, and the values of one event as its sinks read them: one typed call per field.</summary>");
            text.Line(GeneratedCodeAttribute());
            text.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            text.Open("internal " + Hides(spec, GeneratedMembers.FieldValues) + "readonly struct " + GeneratedNames.FieldValuesTypeName + " : global::Governance.ITelemetryFields");
            WriteDescriptors(text, spec);
            text.Line();
            text.Line("private readonly " + eventType + " _event;");
            if (hashed)
            {
                text.Line("private readonly global::Governance.TelemetryPseudonymizer _pseudonymizer;");
            }

            text.Line();
            text.Open("public " + GeneratedNames.FieldValuesTypeName + "(" + eventType + " evt" + (hashed ? ", global::Governance.TelemetryPseudonymizer pseudonymizer)" : ")"));
            text.Line("_event = evt;");
            if (hashed)
            {
                text.Line("_pseudonymizer = pseudonymizer;");
            }

            text.Close();
            text.Line();
            text.Open("public void WriteTo(global::Governance.TelemetryFieldWriter writer)");
            var names = new EnumNames(spec.Fields, GeneratedNames.EnumNamesClassName(spec.Assembly));
            for (var i = 0; i < spec.Fields.Count; i++)
            {
                WriteField(text, spec.Fields[i], i, names);
            }

            text.Close();
            names.WriteMethods(text);
            text.Close();
        }

        private static void WriteDescriptors(IndentedTextBuilder text, EventSpec spec)
        {
            text.Line("private static readonly " + FieldDescriptor + "[] s_fields = new " + FieldDescriptor + "[]");
            text.Line("{");
            text.Indent();
            foreach (var field in spec.Fields)
            {
                DescriptorSource.AppendNewField(text.StartLine(), field).Append(',');
                text.EndLine();
            }

            text.Outdent();
            text.Line("};");
            text.Line();
            DescriptorSource.WriteNewEvent(text, spec, "internal static readonly " + Descriptor + " Descriptor = ", "s_fields", ";");
        }

        /// <summary>
        /// One field's typed write: enum values by member name, hashed fields as keyed hashes so the raw value never reaches
        /// a sink, lists and maps in their written form; a null is written as null, or not at all when the field is
        /// declared <c>OmitWhenNull</c>.
        /// </summary>
        private static void WriteField(IndentedTextBuilder text, FieldSpec field, int index, EnumNames names)
        {
            var descriptor = "s_fields[" + CSharpLiteral.Int32(index) + "]";
            var access = "_event." + CSharpLiteral.Identifier(field.PropertyName);
            var local = "value" + CSharpLiteral.Int32(index);
            if (field.Type.Shape == FieldShapeKind.Scalar && !field.Type.IsNullableValueType && !(field.OmitWhenNull && field.Type.Kind == FieldKind.String))
            {
                text.Line("writer.Write(" + descriptor + ", " + WireValue(field, access, names) + ");");
                return;
            }

            text.Line("var " + local + " = " + access + ";");
            var present = field.Type.IsNullableValueType ? local + ".HasValue" : "!(" + local + " is null)"; // C# 8 consumers have no 'is not'
            text.Open("if (" + present + ")");
            switch (field.Type.Shape)
            {
                case FieldShapeKind.List:
                    var list = FieldValueCode.WriteListConversion(text, field, local, "written" + CSharpLiteral.Int32(index), "_pseudonymizer", names);
                    text.Line("writer.WriteList(" + descriptor + ", " + list + ");");
                    break;
                case FieldShapeKind.Map:
                    var entries = "entries" + CSharpLiteral.Int32(index);
                    FieldValueCode.WriteMapEntries(text, field, local, entries, "_pseudonymizer", names);
                    text.Line("writer.WriteMap(" + descriptor + ", " + entries + ");");
                    break;
                default:
                    text.Line("writer.Write(" + descriptor + ", " + WireValue(field, field.Type.IsNullableValueType ? local + ".GetValueOrDefault()" : local, names) + ");");
                    break;
            }

            text.Close();
            if (!field.OmitWhenNull)
            {
                text.Open("else");
                text.Line("writer.WriteNull(" + descriptor + ");");
                text.Close();
            }
        }

        /// <summary>
        /// One value as it goes on the wire: enums by member name, and hashed fields as a hash (keyed, or unkeyed when
        /// declared so) so the raw value never reaches a sink (non-string values are formatted with the invariant culture first).
        /// </summary>
        private static string WireValue(FieldSpec field, string value, EnumNames names) =>
            FieldValueCode.Hashed(field, FieldValueCode.Unhashed(field.Type, value, names), "_pseudonymizer");

        /// <summary>Whether any field is hashed with the installation's key: only then does writing need the pseudonymizer (and so a key).</summary>
        internal static bool HasKeyedFields(EquatableArray<FieldSpec> fields)
        {
            foreach (var field in fields)
            {
                if (FieldValueCode.IsKeyed(field))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>new </c> when a base event already declares the member, so the event's own hides it on purpose.</summary>
        private static string Hides(EventSpec spec, GeneratedMembers member) => (spec.InheritedMembers & member) != 0 ? "new " : string.Empty;

        /// <summary><c>[GeneratedCode]</c> with the generator's name and version: the same on every member, so written once.</summary>
        internal static string GeneratedCodeAttribute() => s_generatedCodeAttribute;

        private static readonly string s_generatedCodeAttribute =
            "[global::System.CodeDom.Compiler.GeneratedCode(" + CSharpLiteral.String(ToolInfo.Name) + ", " + CSharpLiteral.String(ToolInfo.Version) + ")]";
    }
}
