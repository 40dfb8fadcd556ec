namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>What kind of difference there is between the declarations and the reviewed baseline (for a context, Event* stands for the context).</summary>
    internal enum ReviewedChangeKind
    {
        EventAdded,
        EventRemoved,
        PurposeChanged,
        RetentionChanged,
        ConsentChanged,
        AccessChanged,
        FieldAdded,
        FieldRemoved,
        FieldRenamed,
        DataClassChanged,

        /// <summary>A field is sent hashed where it was not, or the other way round (<c>Pseudonymize</c>).</summary>
        HashingChanged,
    }
}
