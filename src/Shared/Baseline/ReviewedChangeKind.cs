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

        /// <summary>An event opts out of the common context, or back in (<c>IncludeContext</c>): it sends the context's fields or no longer does.</summary>
        ContextInclusionChanged,
        FieldAdded,
        FieldRemoved,
        FieldRenamed,
        DataClassChanged,

        /// <summary>A field is sent hashed where it was not, hashed another way, or the other way round (<c>Pseudonymize</c>, <c>HashWithoutKey</c>).</summary>
        HashingChanged,
    }
}
