namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>What kind of difference there is between the declarations and the reviewed baseline.</summary>
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
    }
}
