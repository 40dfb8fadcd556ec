using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Emitting
{
    /// <summary>
    /// Writes the file generated for one common context. Inside the context's own partial type: the public
    /// <c>TelemetryDescriptor</c> and a nested <c>TelemetryContextValues</c> class holding the descriptors and the values
    /// copied when the context is set (lists into arrays, maps into their entries, enum values by member name), so later
    /// changes to the object never reach events and every event writes one consistent set, value types unboxed. In the
    /// <c>Governance</c> namespace: the context's typed <c>client.SetContext(value)</c> in the assembly's tracking class.
    /// </summary>
    /// <remarks>
    /// A context with fields hashed with the key (identifiers, <c>Pseudonymize = true</c>) is handed to the client as a
    /// function that hashes its copied values with the pseudonymizer it is given: the client calls it once per key, never
    /// per event, and the copied values themselves are never written. Strings declared <c>HashWithoutKey</c> need no key:
    /// they are hashed as they are copied, so their values are never kept.
    /// </remarks>
    internal static class ContextEmitterWriter
    {
        private const string FieldDescriptor = DescriptorSource.FieldDescriptorType;
        private const string Pseudonymizer = "global::Governance.TelemetryPseudonymizer";

        /// <param name="spec">The context.</param>
        /// <param name="trackingClassName">The assembly's tracking class (<see cref="GeneratedNames.TrackingClassName"/>).</param>
        public static string Write(ContextSpec spec, string trackingClassName)
        {
            return DeclaredTypeSourceFile.Write(
                spec,
                spec.Type,
                "TelemetryContext",
                string.Empty,
                nullableAnnotations: true, // a context is generated only for C# 8 or later (GOV006 otherwise)
                WriteTypeMembers,
                (text, spec, contextType) => WriteSetContext(text, spec, contextType, trackingClassName));
        }

        private static void WriteTypeMembers(IndentedTextBuilder text, ContextSpec spec, string contextType)
        {
            text.Line("/// <summary>What the declaration of this common context says: the fields every event that includes it carries.</summary>");
            text.Line(EventEmitterWriter.GeneratedCodeAttribute());
            text.Line("public static " + Hides(spec, GeneratedMembers.Descriptor) + DescriptorSource.ContextDescriptorType + " " + GeneratedNames.DescriptorPropertyName + " => "
                + GeneratedNames.ContextValuesTypeName + ".Descriptor;");
            text.Line();
            WriteValues(text, spec, contextType);
        }

        private static void WriteValues(IndentedTextBuilder text, ContextSpec spec, string contextType)
        {
            var hashed = EventEmitterWriter.HasKeyedFields(spec.Fields);
            var names = new EnumNames(spec.Fields, sharedClassName: null);
            text.Line(hashed
                ? "/// <summary>The declaration's descriptors, and the context's values as copied when it was set; the client writes them hashed (<see cref=\"Hash\"/>).</summary>"
                : "/// <summary>The declaration's descriptors, and the context's values as copied when it was set: one typed call per field.</summary>");
            text.Line(EventEmitterWriter.GeneratedCodeAttribute());
            text.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            text.Open("internal " + Hides(spec, GeneratedMembers.ContextValues) + "sealed class " + GeneratedNames.ContextValuesTypeName + (hashed ? string.Empty : " : global::Governance.ITelemetryFields"));
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
            DescriptorSource.WriteNewContext(text, spec, "internal static readonly " + DescriptorSource.ContextDescriptorType + " Descriptor = ", "s_fields", ";");
            text.Line();
            for (var i = 0; i < spec.Fields.Count; i++)
            {
                text.Line("private readonly " + StoredType(spec.Fields[i], hashed: false) + " _value" + CSharpLiteral.Int32(i) + ";");
            }

            if (spec.Fields.Count > 0)
            {
                text.Line();
            }

            text.Open("public " + GeneratedNames.ContextValuesTypeName + "(" + contextType + " context)");
            for (var i = 0; i < spec.Fields.Count; i++)
            {
                WriteCopy(text, spec.Fields[i], i, names);
            }

            text.Close();
            text.Line();
            if (hashed)
            {
                text.Line("/// <summary>The values every event carries: hashed fields hashed by <paramref name=\"pseudonymizer\"/>, the others as copied.</summary>");
                text.Line("public global::Governance.ITelemetryFields Hash(" + Pseudonymizer + " pseudonymizer) => new Hashed(this, pseudonymizer);");
                names.WriteMethods(text);
                text.Line();
                WriteHashed(text, spec);
            }
            else
            {
                text.Open("public void WriteTo(global::Governance.TelemetryFieldWriter writer)");
                for (var i = 0; i < spec.Fields.Count; i++)
                {
                    WriteStored(text, spec.Fields[i], i, "_value" + CSharpLiteral.Int32(i));
                }

                text.Close();
                names.WriteMethods(text);
            }

            text.Close();
        }

        /// <summary>The copied values with every hashed field hashed, made once per key by the client.</summary>
        private static void WriteHashed(IndentedTextBuilder text, ContextSpec spec)
        {
            text.Open("private sealed class Hashed : global::Governance.ITelemetryFields");
            text.Line("private readonly " + GeneratedNames.ContextValuesTypeName + " _values;");
            for (var i = 0; i < spec.Fields.Count; i++)
            {
                if (FieldValueCode.IsKeyed(spec.Fields[i]))
                {
                    text.Line("private readonly " + StoredType(spec.Fields[i], hashed: true) + " _hash" + CSharpLiteral.Int32(i) + ";");
                }
            }

            text.Line();
            text.Open("public Hashed(" + GeneratedNames.ContextValuesTypeName + " values, " + Pseudonymizer + " pseudonymizer)");
            text.Line("_values = values;");
            var needsHashEach = false;
            for (var i = 0; i < spec.Fields.Count; i++)
            {
                var field = spec.Fields[i];
                if (!FieldValueCode.IsKeyed(field))
                {
                    continue;
                }

                var index = CSharpLiteral.Int32(i);
                var source = "values._value" + index;
                var target = "_hash" + index;
                switch (field.Type.Shape)
                {
                    case FieldShapeKind.List:
                        needsHashEach |= field.Type.Kind is not (FieldKind.String or FieldKind.Enum);
                        text.Line(target + " = " + source + " is null ? null : " + FieldValueCode.HashList(field, source, "pseudonymizer") + ";");
                        break;
                    case FieldShapeKind.Map:
                        text.Open("if (!(" + source + " is null))");
                        FieldValueCode.WriteHashedEntries(text, field, source, "hashed" + index, "pseudonymizer");
                        text.Line(target + " = hashed" + index + ";");
                        text.Close();
                        break;
                    default:
                        text.Line(target + " = " + HashedScalar(field, source) + ";");
                        break;
                }
            }

            text.Close();
            text.Line();
            text.Open("public void WriteTo(global::Governance.TelemetryFieldWriter writer)");
            for (var i = 0; i < spec.Fields.Count; i++)
            {
                var index = CSharpLiteral.Int32(i);
                var field = spec.Fields[i];
                if (!FieldValueCode.IsKeyed(field))
                {
                    WriteStored(text, field, i, "_values._value" + index);
                }
                else
                {
                    WriteStored(text, field with { Type = field.Type with { IsNullableValueType = false, Kind = FieldKind.String } }, i, "_hash" + index);
                }
            }

            text.Close();
            if (needsHashEach)
            {
                text.Line();
                text.Open("private static string?[] HashEach<T>(T[] values, " + Pseudonymizer + " pseudonymizer)");
                text.Line("var hashes = new string?[values.Length];");
                text.Open("for (var i = 0; i < hashes.Length; i++)");
                text.Line("hashes[i] = pseudonymizer.Pseudonymize((object?)values[i]);");
                text.Close();
                text.Line("return hashes;");
                text.Close();
            }

            text.Close();
        }

        /// <summary>The keyed hash of a copied scalar: strings (enum names included) directly, other values formatted first; null stays null.</summary>
        private static string HashedScalar(FieldSpec field, string source)
        {
            if (field.Type.Kind is FieldKind.String or FieldKind.Enum)
            {
                return "pseudonymizer.Pseudonymize(" + source + ")";
            }

            return field.Type.IsNullableValueType
                ? source + ".HasValue ? pseudonymizer.Pseudonymize((object)" + source + ".GetValueOrDefault()) : null"
                : "pseudonymizer.Pseudonymize((object)" + source + ")";
        }

        /// <summary>Copies one property into its field, in its unhashed written form (a string hashed without a key: hashed).</summary>
        private static void WriteCopy(IndentedTextBuilder text, FieldSpec field, int i, EnumNames names)
        {
            var index = CSharpLiteral.Int32(i);
            var target = "_value" + index;
            var access = "context." + CSharpLiteral.Identifier(field.PropertyName);
            if (field.Hashing == HashingKind.WithoutKey)
            {
                if (field.Type.Shape == FieldShapeKind.List)
                {
                    // The hashes are a new array: a copy the program's later changes to its list cannot reach.
                    text.Line("var value" + index + " = " + access + ";");
                    text.Line(target + " = value" + index + " is null ? null : " + FieldValueCode.HashEachWithoutKey("value" + index) + ";");
                }
                else
                {
                    text.Line(target + " = " + FieldValueCode.HashWithoutKey(access) + ";");
                }

                return;
            }

            switch (field.Type.Shape)
            {
                case FieldShapeKind.List:
                    text.Line("var value" + index + " = " + access + ";");
                    text.Open("if (!(value" + index + " is null))");
                    FieldValueCode.WriteListCopy(text, field, "value" + index, target, "copy" + index, names);
                    text.Close();
                    break;
                case FieldShapeKind.Map:
                    text.Line("var value" + index + " = " + access + ";");
                    text.Open("if (!(value" + index + " is null))");
                    FieldValueCode.WriteMapEntries(text, field, "value" + index, "entries" + index, pseudonymizer: null, names);
                    text.Line(target + " = entries" + index + ";");
                    text.Close();
                    break;
                default:
                    if (field.Type.Kind == FieldKind.Enum && field.Type.IsNullableValueType)
                    {
                        text.Line("var value" + index + " = " + access + ";");
                        text.Line(target + " = value" + index + ".HasValue ? " + FieldValueCode.Unhashed(field.Type, "value" + index + ".GetValueOrDefault()", names) + " : null;");
                    }
                    else
                    {
                        text.Line(target + " = " + FieldValueCode.Unhashed(field.Type, access, names) + ";");
                    }

                    break;
            }
        }

        /// <summary>Writes one stored value: a null is written as null, or not at all when the field is declared <c>OmitWhenNull</c>.</summary>
        private static void WriteStored(IndentedTextBuilder text, FieldSpec field, int i, string source)
        {
            var descriptor = "s_fields[" + CSharpLiteral.Int32(i) + "]";
            var nullableValue = field.Type.Shape == FieldShapeKind.Scalar && field.Type.IsNullableValueType && field.Type.Kind != FieldKind.Enum;
            var reference = field.Type.Shape != FieldShapeKind.Scalar || field.Type.Kind is FieldKind.String or FieldKind.Enum;
            if (!nullableValue && !(reference && field.Type.Shape != FieldShapeKind.Scalar) && !(reference && field.OmitWhenNull))
            {
                text.Line("writer.Write(" + descriptor + ", " + source + ");");
                return;
            }

            text.Open("if (" + (nullableValue ? source + ".HasValue" : "!(" + source + " is null)") + ")");
            var value = nullableValue ? source + ".GetValueOrDefault()" : source;
            text.Line(field.Type.Shape switch
            {
                FieldShapeKind.List => "writer.WriteList(" + descriptor + ", " + value + ");",
                FieldShapeKind.Map => "writer.WriteMap(" + descriptor + ", " + value + ");",
                _ => "writer.Write(" + descriptor + ", " + value + ");",
            });
            text.Close();
            if (!field.OmitWhenNull)
            {
                text.Open("else");
                text.Line("writer.WriteNull(" + descriptor + ");");
                text.Close();
            }
        }

        /// <summary>The type a copied value is kept in: its unhashed written form, or its hash.</summary>
        private static string StoredType(FieldSpec field, bool hashed)
        {
            switch (field.Type.Shape)
            {
                case FieldShapeKind.List:
                    return (hashed ? "string?" : FieldValueCode.UnhashedValueType(field.Type)) + "[]?";
                case FieldShapeKind.Map:
                    return FieldValueCode.EntriesType(field, hashed) + "?";
                default:
                    if (hashed || field.Type.Kind is FieldKind.String or FieldKind.Enum)
                    {
                        return "string?";
                    }

                    return FieldValueCode.DeclaredValueType(field.Type) + (field.Type.IsNullableValueType ? "?" : string.Empty);
            }
        }

        private static void WriteSetContext(IndentedTextBuilder text, ContextSpec spec, string contextType, string trackingClassName)
        {
            var accessibility = spec.IsPublic ? "public " : string.Empty;
            text.Line("/// <summary>The typed <c>SetContext</c> methods of this assembly's common contexts.</summary>");
            text.Open(accessibility + "static partial class " + trackingClassName);

            var isReferenceType = spec.Type.Type.Keyword is "class" or "record";
            var values = contextType + "." + GeneratedNames.ContextValuesTypeName;
            var descriptor = values + ".Descriptor";
            var hashed = EventEmitterWriter.HasKeyedFields(spec.Fields);
            var typeName = XmlDoc.Escape(spec.Type.DisplayName);
            text.Line("/// <summary>");
            text.Line("/// Sets the common context <c>" + typeName + "</c>: every event sent through <paramref name=\"client\"/> afterwards carries its");
            text.Line("/// fields, unless the event's declaration opts out, until it is set again or cleared. The values are copied now.");
            if (isReferenceType)
            {
                text.Line("/// A null <paramref name=\"context\"/> clears it.");
            }

            text.Line("/// </summary>");
            text.Line("/// <param name=\"client\">The telemetry client whose events carry the context.</param>");
            text.Line("/// <param name=\"context\">The context's values" + (isReferenceType ? ", or null to stop sending them." : ".") + "</param>");
            text.Line(EventEmitterWriter.GeneratedCodeAttribute());
            text.Open((spec.IsPublic ? "public" : "internal") + " static void SetContext(this global::Governance.TelemetryClient client, " + contextType + (isReferenceType ? "? context)" : " context)"));
            text.Open("if (client is null)");
            text.Line("return;");
            text.Close();
            text.Line();
            if (isReferenceType)
            {
                text.Open("if (context is null)");
                text.Line("client.ClearContext(" + descriptor + ");");
                text.Line("return;");
                text.Close();
                text.Line();
            }

            text.Line("client.SetContext(" + descriptor + ", new " + values + "(context)" + (hashed ? ".Hash);" : ");"));
            text.Close();
            text.Close();
        }

        private static string Hides(ContextSpec spec, GeneratedMembers member) => (spec.InheritedMembers & member) != 0 ? "new " : string.Empty;
    }
}
