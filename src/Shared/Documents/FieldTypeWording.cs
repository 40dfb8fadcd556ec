using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Documents
{
    /// <summary>
    /// A field's type in words for people who do not read C#: "text", "whole number", "list of yes/no values",
    /// "keyed hash of text". The values an enum or a map's key can take are listed by the field's description.
    /// </summary>
    internal static class FieldTypeWording
    {
        public static string Describe(FieldSpec field)
        {
            var type = field.Type;
            if (type.Kind == FieldKind.Unsupported)
            {
                // Nothing the analyzers accept gets here; a manifest from a newer writer might.
                return type.DisplayName;
            }

            var hashing = field.Hashing switch
            {
                HashingKind.Keyed => "keyed hash of ",
                HashingKind.WithoutKey => "unkeyed hash of ",
                _ => null,
            };
            var one = hashing is null ? One(type.Kind) : hashing + One(type.Kind);
            return type.Shape switch
            {
                FieldShapeKind.List => "list of " + (hashing is null ? Many(type.Kind) : hashing.Replace("hash ", "hashes ") + One(type.Kind)),
                FieldShapeKind.Map => one + " for each key",
                _ => one,
            };
        }

        private static string One(FieldKind kind) => kind switch
        {
            FieldKind.String => "text",
            FieldKind.Boolean => "yes/no",
            FieldKind.Byte or FieldKind.SByte or FieldKind.Int16 or FieldKind.UInt16 or FieldKind.Int32 or FieldKind.UInt32
                or FieldKind.Int64 or FieldKind.UInt64 => "whole number",
            FieldKind.Single or FieldKind.Double or FieldKind.Decimal => "number",
            FieldKind.DateTime or FieldKind.DateTimeOffset => "date and time",
            FieldKind.TimeSpan => "duration",
            FieldKind.Guid => "unique id (GUID)",
            _ => "one of a fixed set of values",
        };

        private static string Many(FieldKind kind) => kind switch
        {
            FieldKind.String => "texts",
            FieldKind.Boolean => "yes/no values",
            FieldKind.Byte or FieldKind.SByte or FieldKind.Int16 or FieldKind.UInt16 or FieldKind.Int32 or FieldKind.UInt32
                or FieldKind.Int64 or FieldKind.UInt64 => "whole numbers",
            FieldKind.Single or FieldKind.Double or FieldKind.Decimal => "numbers",
            FieldKind.DateTime or FieldKind.DateTimeOffset => "dates and times",
            FieldKind.TimeSpan => "durations",
            FieldKind.Guid => "unique ids (GUID)",
            _ => "values from a fixed set",
        };
    }
}
