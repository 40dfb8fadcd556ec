using System.Collections.Generic;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Emitting
{
    /// <summary>
    /// Writes the file generated for one event, its emitter, all inside the event's own partial type: the public
    /// <c>TelemetryDescriptor</c>, a nested <c>TelemetryFieldValues</c> struct holding the descriptors and one typed call
    /// per field (no boxing, no dictionary), and the explicit implementation of <c>ITelemetryEvent</c> that the runtime's
    /// one generic <c>client.Track(evt)</c> calls, which checks consent before it touches the event and allocates nothing
    /// when the event is switched off.
    /// </summary>
    /// <remarks>
    /// Nothing generated is named after the event outside the event's own type, so distinct events never collide. No
    /// <c>Track</c> overload per event: the compiler would weigh every one of them at every call, so compile time would
    /// grow with the number of events times the number of calls.
    /// </remarks>
    internal static class EventEmitterWriter
    {
        private const string Descriptor = DescriptorSource.EventDescriptorType;
        private const string FieldDescriptor = DescriptorSource.FieldDescriptorType;

        private const string EventInterface = "global::" + GeneratedNames.EventInterfaceName;

        /// <param name="spec">The event.</param>
        /// <param name="nullableAnnotations">Whether the compilation is C# 8 or later (<see cref="TargetSupport.NullableAnnotations"/>).</param>
        public static string Write(EventSpec spec, bool nullableAnnotations) =>
            DeclaredTypeSourceFile.Write(spec, spec.Type, "TelemetryEvent", " : " + EventInterface, nullableAnnotations, WriteTypeMembers, writeTrackingMembers: null);

        private static void WriteTypeMembers(IndentedTextBuilder text, EventSpec spec, string eventType)
        {
            text.Line("/// <summary>What the declaration of this event says: its name, purpose, consent, retention, access and fields.</summary>");
            text.Line(GeneratedCodeAttribute());
            text.Line("public static " + Hides(spec, GeneratedMembers.Descriptor) + Descriptor + " " + GeneratedNames.DescriptorPropertyName + " => "
                + GeneratedNames.FieldValuesTypeName + ".Descriptor;");
            text.Line();
            WriteSendIfEnabled(text, spec, eventType);
            text.Line();
            WriteFieldValues(text, spec, eventType);
        }

        /// <summary>
        /// The explicit implementation <c>client.Track(evt)</c> calls. Explicit, so it adds no member to the event that
        /// the declaration could collide with; an event derived from another event implements it again, and is sent as
        /// itself.
        /// </summary>
        private static void WriteSendIfEnabled(IndentedTextBuilder text, EventSpec spec, string eventType)
        {
            var fieldValues = eventType + "." + GeneratedNames.FieldValuesTypeName;
            var descriptor = fieldValues + ".Descriptor";
            text.Line(GeneratedCodeAttribute());
            text.Open("void " + EventInterface + "." + GeneratedNames.SendIfEnabledMethodName + "(global::Governance.TelemetryClient client)");
            text.Open("if (client.IsEnabled(" + descriptor + "))");
            text.Line("client.Send(" + descriptor + ", new " + fieldValues + (HasKeyedFields(spec.Fields) ? "(this, client.Pseudonymizer));" : "(this));"));
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
