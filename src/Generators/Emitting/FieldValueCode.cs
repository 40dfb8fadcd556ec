using System.Collections.Generic;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.Generators.Emitting
{
    /// <summary>
    /// The C# that turns a field's declared values into the values written to a <c>TelemetryFieldWriter</c>, shared by
    /// events (which convert as they write) and contexts (which convert once, when the context is set): enum values by
    /// member name, lists element by element, maps as their entries in the key enum's declaration order, and hashed
    /// values through the keyed hash or, for strings declared <c>HashWithoutKey</c>, the unkeyed one (which needs no
    /// pseudonymizer). Value-type scalars are written as they are, so they are never boxed.
    /// </summary>
    internal static class FieldValueCode
    {
        private const string Pseudonymizer = "global::Governance.TelemetryPseudonymizer";
        private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
        private const string EntryList = "global::System.Collections.Generic.List";
        private const string KeyValuePair = "global::System.Collections.Generic.KeyValuePair";

        /// <summary>The C# type of one declared value (of the field, of each element, of each map value), without <c>?</c>.</summary>
        public static string DeclaredValueType(FieldTypeSpec type) => type.Kind switch
        {
            FieldKind.Enum => type.FullyQualifiedName,
            FieldKind.DateTime => "global::System.DateTime",
            FieldKind.DateTimeOffset => "global::System.DateTimeOffset",
            FieldKind.TimeSpan => "global::System.TimeSpan",
            FieldKind.Guid => "global::System.Guid",
            _ => FieldKindKeywords.KeywordOf(type.Kind),
        };

        /// <summary>
        /// The C# type of one value as written, before any hashing: an enum's member name, a string that may be null, or
        /// the value type itself.
        /// </summary>
        public static string UnhashedValueType(FieldTypeSpec type) => type.Kind switch
        {
            FieldKind.Enum => "string",
            FieldKind.String => "string?",
            _ => DeclaredValueType(type),
        };

        /// <summary>The C# type of one value as written: a hash (a string) for a hashed field.</summary>
        public static string WrittenValueType(FieldSpec field) => field.Hashing != HashingKind.None ? "string?" : UnhashedValueType(field.Type);

        /// <summary>One declared value as written, before hashing: enum values by name (<paramref name="value"/> is not null).</summary>
        public static string Unhashed(FieldTypeSpec type, string value, EnumNames names) =>
            type.Kind == FieldKind.Enum ? names.MethodFor(type) + "(" + value + ")" : value;

        /// <summary>Whether a field is hashed with the installation's key, so its writer needs a pseudonymizer.</summary>
        public static bool IsKeyed(FieldSpec field) => field.Hashing == HashingKind.Keyed;

        /// <summary>
        /// A value in its unhashed written form, hashed when the field is hashed: strings (enum names included) with the
        /// keyed hash of the string, anything else formatted with the invariant culture first; a string declared
        /// <c>HashWithoutKey</c> with the unkeyed hash, which needs no <paramref name="pseudonymizer"/>.
        /// </summary>
        public static string Hashed(FieldSpec field, string unhashed, string? pseudonymizer)
        {
            if (field.Hashing == HashingKind.None)
            {
                return unhashed;
            }

            if (field.Hashing == HashingKind.WithoutKey)
            {
                return HashWithoutKey(unhashed);
            }

            return field.Type.Kind is FieldKind.String or FieldKind.Enum
                ? pseudonymizer + ".Pseudonymize(" + unhashed + ")"
                : pseudonymizer + ".Pseudonymize((object)" + unhashed + ")";
        }

        /// <summary>
        /// Writes statements that make the written form of a list read from <paramref name="source"/> (not null), and
        /// returns the expression that holds it: the list itself when nothing changes, else a new array named after
        /// <paramref name="local"/>. With a null <paramref name="pseudonymizer"/> nothing is hashed with the key.
        /// </summary>
        public static string WriteListConversion(IndentedTextBuilder text, FieldSpec field, string source, string local, string? pseudonymizer, EnumNames names)
        {
            if (field.Hashing == HashingKind.WithoutKey)
            {
                return HashEachWithoutKey(source);
            }

            var hashed = pseudonymizer is not null && field.Hashing != HashingKind.None;
            if (!hashed && field.Type.Kind != FieldKind.Enum)
            {
                return source;
            }

            if (hashed && field.Type.Kind == FieldKind.String)
            {
                return pseudonymizer + ".PseudonymizeEach(" + source + ")";
            }

            var list = local + "List";
            var elementType = hashed ? "string?" : UnhashedValueType(field.Type);
            text.Line(ReadOnlyList + "<" + DeclaredElementType(field.Type) + "> " + list + " = " + source + ";");
            text.Line("var " + local + " = new " + ArrayOf(elementType, list + ".Count") + ";");
            text.Open("for (var i = 0; i < " + local + ".Length; i++)");
            var element = Unhashed(field.Type, list + "[i]", names);
            text.Line(local + "[i] = " + (hashed ? Hashed(field, element, pseudonymizer!) : element) + ";");
            text.Close();
            return local;
        }

        /// <summary>
        /// Writes statements that copy a list read from <paramref name="source"/> (not null) into a new array in its
        /// unhashed written form, for a context: the program may change its list after setting the context.
        /// </summary>
        public static void WriteListCopy(IndentedTextBuilder text, FieldSpec field, string source, string target, string local, EnumNames names)
        {
            var list = local + "List";
            text.Line(ReadOnlyList + "<" + DeclaredElementType(field.Type) + "> " + list + " = " + source + ";");
            text.Line("var " + local + " = new " + ArrayOf(UnhashedValueType(field.Type), list + ".Count") + ";");
            text.Open("for (var i = 0; i < " + local + ".Length; i++)");
            text.Line(local + "[i] = " + Unhashed(field.Type, list + "[i]", names) + ";");
            text.Close();
            text.Line(target + " = " + local + ";");
        }

        /// <summary>Hashes each element of a list already in its unhashed written form (a context's copy), into a new array.</summary>
        public static string HashList(FieldSpec field, string source, string pseudonymizer) =>
            field.Type.Kind is FieldKind.String or FieldKind.Enum
                ? pseudonymizer + ".PseudonymizeEach(" + source + ")"
                : "HashEach(" + source + ", " + pseudonymizer + ")";

        /// <summary>
        /// Writes statements that make the entries of a map read from <paramref name="source"/> (not null) into a new list
        /// named <paramref name="local"/>: one per key present, in the key enum's declaration order, keyed by member name;
        /// keys the enum does not declare (combinations of flags) are not sent. With a null <paramref name="pseudonymizer"/>
        /// nothing is hashed.
        /// </summary>
        public static void WriteMapEntries(IndentedTextBuilder text, FieldSpec field, string source, string local, string? pseudonymizer, EnumNames names)
        {
            var key = field.Type.Key!;
            var hashed = pseudonymizer is not null && field.Hashing != HashingKind.None;
            var valueType = hashed ? "string?" : UnhashedValueType(field.Type);
            var entry = KeyValuePair + "<string, " + valueType + ">";
            text.Line("var " + local + " = new " + EntryList + "<" + entry + ">(" + source + ".Count);");
            for (var k = 0; k < key.Members.Count; k++)
            {
                var member = key.Members[k].Name;
                var found = local + "Value" + CSharpLiteral.Int32(k);
                text.Open("if (" + source + ".TryGetValue(" + key.FullyQualifiedName + "." + CSharpLiteral.Identifier(member) + ", out var " + found + "))");
                var value = Unhashed(field.Type, found, names);
                text.Line(local + ".Add(new " + entry + "(" + CSharpLiteral.String(member) + ", " + (hashed ? Hashed(field, value, pseudonymizer!) : value) + "));");
                text.Close();
            }
        }

        /// <summary>The type of a list of map entries in their unhashed written form, or hashed.</summary>
        public static string EntriesType(FieldSpec field, bool hashed) =>
            EntryList + "<" + KeyValuePair + "<string, " + (hashed ? "string?" : UnhashedValueType(field.Type)) + ">>";

        /// <summary>Writes statements that hash the values of map entries already in their unhashed written form (a context's copy).</summary>
        public static void WriteHashedEntries(IndentedTextBuilder text, FieldSpec field, string source, string local, string pseudonymizer)
        {
            var entry = KeyValuePair + "<string, string?>";
            text.Line("var " + local + " = new " + EntryList + "<" + entry + ">(" + source + ".Count);");
            text.Open("foreach (var entry in " + source + ")");
            text.Line(local + ".Add(new " + entry + "(entry.Key, " + Hashed(field, "entry.Value", pseudonymizer) + "));");
            text.Close();
        }

        /// <summary>The unkeyed hash of a string (null stays null): the same on every installation, so no key is needed.</summary>
        public static string HashWithoutKey(string value) => Pseudonymizer + ".HashWithoutKey(" + value + ")";

        /// <summary>The unkeyed hash of each string of a list (not null), into a new array.</summary>
        public static string HashEachWithoutKey(string list) => Pseudonymizer + ".HashEachWithoutKey(" + list + ")";

        /// <summary>The declared element type of a list, as a generic argument (<c>string?</c> for strings, so any annotation converts).</summary>
        private static string DeclaredElementType(FieldTypeSpec type) => type.Kind == FieldKind.String ? "string?" : DeclaredValueType(type);

        /// <summary><c>string?[count]</c> is written <c>string?[count]</c>; the element type as given.</summary>
        private static string ArrayOf(string elementType, string count) => elementType + "[" + count + "]";
    }

    /// <summary>
    /// The name-lookup methods one generated type calls: one per distinct enum type its fields send (as a value, an
    /// element or a map value). Enum values are sent by member name: a switch over the declared members returns interned
    /// literals (no allocation); values outside the declaration (flag combinations) fall back to their number. An enum
    /// type the whole assembly can name has one <c>NameOf</c> overload in the assembly's shared class
    /// (<see cref="WriteSharedClass"/>), written once however many events send it; any other (private, protected or
    /// file-local) gets a method of the generated code's own, numbered in order of first use: a local function of an
    /// event's field writer, a private method of a context's values.
    /// </summary>
    internal sealed class EnumNames
    {
        private readonly Dictionary<string, string> _methods = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly List<FieldTypeSpec> _types = new List<FieldTypeSpec>();

        /// <param name="fields">The fields of the generated type.</param>
        /// <param name="sharedClassName">The assembly's shared class (<see cref="GeneratedNames.EnumNamesClassName"/>), or null to write every method locally.</param>
        public EnumNames(IEnumerable<FieldSpec> fields, string? sharedClassName)
        {
            var shared = sharedClassName is null ? null : "global::" + GeneratedNames.TrackingNamespace + "." + sharedClassName + ".NameOf";
            foreach (var field in fields)
            {
                if (field.Type.Kind != FieldKind.Enum || _methods.ContainsKey(field.Type.FullyQualifiedName))
                {
                    continue;
                }

                if (shared is not null && field.Type.IsEnumVisibleToAssembly)
                {
                    _methods.Add(field.Type.FullyQualifiedName, shared);
                }
                else
                {
                    _methods.Add(field.Type.FullyQualifiedName, "NameOf" + CSharpLiteral.Int32(_types.Count));
                    _types.Add(field.Type);
                }
            }
        }

        public string MethodFor(FieldTypeSpec type) => _methods[type.FullyQualifiedName];

        /// <summary>Writes the private methods of the enum types the shared class does not serve.</summary>
        public void WriteMethods(IndentedTextBuilder text)
        {
            foreach (var type in _types)
            {
                text.Line();
                WriteMethod(text, "private static string " + _methods[type.FullyQualifiedName], type);
            }
        }

        /// <summary>
        /// Writes the methods of the enum types the shared class does not serve as local functions, at the end of the
        /// method that calls them: so an event's own type gains no member for them (local functions are C# 7.0).
        /// </summary>
        public void WriteLocalFunctions(IndentedTextBuilder text)
        {
            foreach (var type in _types)
            {
                text.Line();
                WriteMethod(text, "string " + _methods[type.FullyQualifiedName], type);
            }
        }

        /// <summary>The enum types of <paramref name="fields"/> the assembly's shared class serves.</summary>
        public static IEnumerable<FieldTypeSpec> SharedTypes(IEnumerable<FieldSpec> fields)
        {
            foreach (var field in fields)
            {
                if (field.Type.Kind == FieldKind.Enum && field.Type.IsEnumVisibleToAssembly)
                {
                    // Only what the method needs, so the shared file's input compares equal however the fields hold the enum.
                    yield return new FieldTypeSpec(FieldKind.Enum, false, string.Empty, field.Type.FullyQualifiedName, field.Type.EnumUnderlyingType, field.Type.EnumMembers, IsEnumVisibleToAssembly: true);
                }
            }
        }

        /// <summary>
        /// The file of the assembly's shared class: one <c>NameOf</c> overload per enum type in <paramref name="types"/>
        /// (distinct, in ordinal order of their names), so overload resolution picks the method by the value's type.
        /// </summary>
        public static string WriteSharedClass(EquatableArray<FieldTypeSpec> types, string className, bool nullableAnnotations)
        {
            var text = new IndentedTextBuilder();
            GeneratedFileHeader.Write(text, "the enum types this assembly's events send", nullableAnnotations);
            text.Line("// Obsolete enum members are the declaration's choice, and warned about there.");
            text.Line("#pragma warning disable CS0612, CS0618");
            text.Line();
            text.Open("namespace " + GeneratedNames.TrackingNamespace);
            text.Line("/// <summary>The member names the assembly's telemetry events send for enum values: one overload per enum type.</summary>");
            text.Line(EventEmitterWriter.GeneratedCodeAttribute());
            text.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            text.Open("internal static class " + className);
            for (var i = 0; i < types.Count; i++)
            {
                if (i > 0)
                {
                    text.Line();
                }

                WriteMethod(text, "internal static string NameOf", types[i]);
            }

            text.Close();
            text.Close();
            return text.ToStringAndRelease();
        }

        private static void WriteMethod(IndentedTextBuilder text, string declaration, FieldTypeSpec type)
        {
            text.Open(declaration + "(" + type.FullyQualifiedName + " value)");
            text.Open("switch (value)");
            foreach (var member in type.EnumMembers)
            {
                text.Line("case " + type.FullyQualifiedName + "." + CSharpLiteral.Identifier(member.Name) + ": return " + CSharpLiteral.String(member.Name) + ";");
            }

            text.Line("default: return ((" + type.EnumUnderlyingType + ")value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
            text.Close();
            text.Close();
        }
    }
}
