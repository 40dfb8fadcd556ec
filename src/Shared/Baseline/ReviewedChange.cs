namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>One difference between the declarations and the reviewed baseline, described for a reviewer.</summary>
    internal sealed class ReviewedChange
    {
        public ReviewedChange(ReviewedChangeKind kind, string eventName, string? field = null, string? before = null, string? after = null, string? assembly = null, bool isContext = false)
        {
            IsContext = isContext;
            Kind = kind;
            EventName = eventName;
            Assembly = assembly;
            Field = field;
            Before = before;
            After = after;
        }

        public ReviewedChangeKind Kind { get; }

        /// <summary>The event's name, or for a context its type.</summary>
        public string EventName { get; }

        /// <summary>Whether the change is to a common context rather than an event.</summary>
        public bool IsContext { get; }

        /// <summary>The assembly that declares the event when it is another assembly of the product (a dependency); else null.</summary>
        public string? Assembly { get; }

        /// <summary>The field's wire name (as in the baseline for renames and removals), for field changes.</summary>
        public string? Field { get; }

        public string? Before { get; }

        public string? After { get; }

        /// <summary>"retention of 'cli.run' changed 90 → 365 days"; "event 'sync.done' of assembly 'Sync' is new"; "field 'os' of context 'App.RunContext' is new (technical)"</summary>
        public string Describe()
        {
            var owner = "'" + EventName + "'" + (Assembly is null ? string.Empty : " of assembly '" + Assembly + "'");
            var evt = IsContext ? "context " + owner : owner;
            var whole = IsContext ? evt : "event " + evt;
            var field = "'" + Field + "'";
            return Kind switch
            {
                ReviewedChangeKind.EventAdded => whole + " is new",
                ReviewedChangeKind.EventRemoved => whole + " was removed",
                ReviewedChangeKind.PurposeChanged => "purpose of " + evt + " changed from \"" + Shorten(Before) + "\" to \"" + Shorten(After) + "\"",
                ReviewedChangeKind.RetentionChanged => "retention of " + evt + " changed " + Before + " → " + After + " days",
                ReviewedChangeKind.ConsentChanged => "consent of " + evt + " changed " + Before + " → " + After,
                ReviewedChangeKind.AccessChanged => "access to " + evt + " changed " + Before + " → " + After,
                ReviewedChangeKind.FieldAdded => "field " + field + " of " + evt + " is new (" + After + ")",
                ReviewedChangeKind.FieldRemoved => "field " + field + " of " + evt + " was removed",
                ReviewedChangeKind.FieldRenamed => "field " + field + " of " + evt + " was renamed to '" + After + "'",
                ReviewedChangeKind.HashingChanged => "field " + field + " of " + evt + (After is null ? " is no longer sent as a hash" : " is now sent as a hash (" + After + ")"),
                _ => "field " + field + " of " + evt + " changed data class " + Before + " → " + After,
            };
        }

        private static string Shorten(string? text) => text is null ? string.Empty : text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
