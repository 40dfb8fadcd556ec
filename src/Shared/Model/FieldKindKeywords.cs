namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// How the manifest writes a field's type for each value kind other than an enum (<c>int</c>, <c>DateTime</c>): the
    /// one table for the writer of the manifest and the reader that reads a referenced assembly's manifest back.
    /// </summary>
    internal static class FieldKindKeywords
    {
        private static readonly (FieldKind Kind, string Keyword)[] Table =
        {
            (FieldKind.String, "string"),
            (FieldKind.Boolean, "bool"),
            (FieldKind.Byte, "byte"),
            (FieldKind.SByte, "sbyte"),
            (FieldKind.Int16, "short"),
            (FieldKind.UInt16, "ushort"),
            (FieldKind.Int32, "int"),
            (FieldKind.UInt32, "uint"),
            (FieldKind.Int64, "long"),
            (FieldKind.UInt64, "ulong"),
            (FieldKind.Single, "float"),
            (FieldKind.Double, "double"),
            (FieldKind.Decimal, "decimal"),
            (FieldKind.DateTime, "DateTime"),
            (FieldKind.DateTimeOffset, "DateTimeOffset"),
            (FieldKind.TimeSpan, "TimeSpan"),
            (FieldKind.Guid, "Guid"),
        };

        /// <summary>The type's name in the manifest, without the <c>?</c> of a nullable one.</summary>
        public static string KeywordOf(FieldKind kind)
        {
            foreach (var entry in Table)
            {
                if (entry.Kind == kind)
                {
                    return entry.Keyword;
                }
            }

            return "unsupported";
        }

        /// <summary>The kind the manifest's type name (without <c>?</c>) stands for; <see cref="FieldKind.Unsupported"/> if none.</summary>
        public static FieldKind KindOf(string keyword)
        {
            foreach (var entry in Table)
            {
                if (entry.Keyword == keyword)
                {
                    return entry.Kind;
                }
            }

            return FieldKind.Unsupported;
        }
    }
}
