using System.Collections.Generic;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Emitting
{
    /// <summary>
    /// Writes the file generated for one event, all inside the event's own partial type: the public
    /// <c>TelemetryDescriptor</c>, and the explicit implementation of <c>ITelemetryEvent</c> that the runtime's one
    /// generic <c>client.Track(evt)</c> reads: the descriptor, which it checks against consent before it touches the
    /// event, and one typed call per field (no boxing, no dictionary), which only the sinks of a sent event call.
    /// </summary>
    /// <remarks>
    /// Nothing generated is named after the event outside the event's own type, so distinct events never collide. No
    /// <c>Track</c> overload per event: the compiler would weigh every one of them at every call, so compile time would
    /// grow with the number of events times the number of calls. No nested type per event either: the runtime's one
    /// generic <c>TelemetryEventFields</c> carries the event to the sinks, so every project compiles one type, not one
    /// per event (with its constructor, fields and members for the compiler and the SDK's analyzers to bind).
    /// </remarks>
    internal static class EventEmitterWriter
    {
        private const string Descriptor = DescriptorSource.EventDescriptorType;

        private const string EventInterface = "global::" + GeneratedNames.EventInterfaceName;

        /// <param name="spec">The event.</param>
        /// <param name="nullableAnnotations">Whether the compilation is C# 8 or later (<see cref="TargetSupport.NullableAnnotations"/>).</param>
        public static string Write(EventSpec spec, bool nullableAnnotations) =>
            DeclaredTypeSourceFile.Write(spec, spec.Type, "TelemetryEvent", " : " + EventInterface, nullableAnnotations, WriteTypeMembers, writeTrackingMembers: null);

        private static void WriteTypeMembers(IndentedTextBuilder text, EventSpec spec, string eventType)
        {
            text.Line("/// <summary>What the declaration of this event says: its name, purpose, consent, retention, access and fields.</summary>");
            text.Line(GeneratedCodeAttribute());
            // A getter, not an initialiser: the user's part of the type may read it from its own static initialisers.
            DescriptorSource.WriteEventFromDeclaration(text, spec, "public static " + Hides(spec, GeneratedMembers.Descriptor) + Descriptor + " " + GeneratedNames.DescriptorPropertyName + " => ", ";", cachedFor: eventType);
            text.Line();

            // Explicit, so they add no member to the event that the declaration could collide with; an event derived
            // from another event implements them again, and is sent as itself.
            text.Line(GeneratedCodeAttribute());
            text.Line(Descriptor + " " + EventInterface + "." + GeneratedNames.EventDescriptorMemberName + " => " + GeneratedNames.DescriptorPropertyName + ";");
            text.Line();
            WriteFields(text, spec);
        }

        private static void WriteFields(IndentedTextBuilder text, EventSpec spec)
        {
            text.Line(GeneratedCodeAttribute());
            text.Open("void " + EventInterface + "." + GeneratedNames.WriteFieldsMethodName + "(global::Governance.TelemetryFieldWriter writer, global::Governance.TelemetryClient client)");
            if (spec.Fields.Count > 0)
            {
                text.Line("var descriptor = " + GeneratedNames.DescriptorPropertyName + ";");
            }

            if (HasKeyedFields(spec.Fields))
            {
                // Read here, not when the event is tracked: the installation's key is created only for a sink that writes it.
                text.Line("var pseudonymizer = client.Pseudonymizer;");
            }

            var names = new EnumNames(spec.Fields, GeneratedNames.EnumNamesClassName(spec.Assembly));
            for (var i = 0; i < spec.Fields.Count; i++)
            {
                WriteField(text, spec.Fields[i], i, names);
            }

            names.WriteLocalFunctions(text);
            text.Close();
        }

        /// <summary>
        /// One field's typed write: enum values by member name, hashed fields as keyed hashes so the raw value never reaches
        /// a sink, lists and maps in their written form; a null is written as null, or not at all when the field is
        /// declared <c>OmitWhenNull</c>.
        /// </summary>
        private static void WriteField(IndentedTextBuilder text, FieldSpec field, int index, EnumNames names)
        {
            var descriptor = "descriptor.FieldAt(" + CSharpLiteral.Int32(index) + ")";
            var access = "this." + CSharpLiteral.Identifier(field.PropertyName);
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
                    var list = FieldValueCode.WriteListConversion(text, field, local, "written" + CSharpLiteral.Int32(index), "pseudonymizer", names);
                    text.Line("writer.WriteList(" + descriptor + ", " + list + ");");
                    break;
                case FieldShapeKind.Map:
                    var entries = "entries" + CSharpLiteral.Int32(index);
                    FieldValueCode.WriteMapEntries(text, field, local, entries, "pseudonymizer", names);
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
            FieldValueCode.Hashed(field, FieldValueCode.Unhashed(field.Type, value, names), "pseudonymizer");

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
