using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Manifest
{
    /// <summary>
    /// The items both compact forms of an event begin with, in one order: the declaration generated code hands to the
    /// runtime (<c>TelemetryEventDescriptor.FromDeclaration</c>, after its version) and an entry of the compiled manifest
    /// (<see cref="CompactManifestEntries"/>). Written once, so the two cannot drift apart; each form's reader documents
    /// its whole layout.
    /// </summary>
    internal static class CompactEventItems
    {
        /// <summary><c>name, purpose, retentionDays, consent, access, owner, expires, sourceType, assembly, includesContext</c>, enums as numbers.</summary>
        public static JsonText WriteEvent(JsonText json, EventSpec evt, string? assembly) =>
            json.String(evt.Name)
                .String(evt.Purpose)
                .Number(evt.RetentionDays)
                .Number((int)evt.Consent)
                .Number((int)evt.Access)
                .String(evt.Owner)
                .String(evt.Expires)
                .String(evt.Type.DisplayName)
                .String(assembly)
                .Boolean(evt.IncludesContext);

        /// <summary><c>name, property, type, description, dataClass</c>, the data class as its number.</summary>
        public static JsonText WriteField(JsonText json, FieldSpec field) =>
            json.String(field.WireName)
                .String(field.PropertyName)
                .String(field.Type.DisplayName)
                .String(field.Description)
                .Number((int)field.DataClass);

        /// <summary>Member names as an array, or null when there are none to list.</summary>
        public static JsonText WriteMembers(JsonText json, EquatableArray<EnumMemberSpec>? members)
        {
            if (members is not { } list)
            {
                return json.String(null);
            }

            json.StartArray();
            foreach (var member in list)
            {
                json.String(member.Name);
            }

            return json.EndArray();
        }
    }
}
