using System.Collections.Generic;
using System.Globalization;

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

    /// <summary>One difference between the declarations and the reviewed baseline, described for a reviewer.</summary>
    internal sealed class ReviewedChange
    {
        public ReviewedChange(ReviewedChangeKind kind, string eventName, string? field = null, string? before = null, string? after = null)
        {
            Kind = kind;
            EventName = eventName;
            Field = field;
            Before = before;
            After = after;
        }

        public ReviewedChangeKind Kind { get; }

        public string EventName { get; }

        /// <summary>The field's wire name (as in the baseline for renames and removals), for field changes.</summary>
        public string? Field { get; }

        public string? Before { get; }

        public string? After { get; }

        /// <summary>"retention of 'cli.run' changed 90 → 365 days"</summary>
        public string Describe()
        {
            var evt = "'" + EventName + "'";
            var field = "'" + Field + "'";
            return Kind switch
            {
                ReviewedChangeKind.EventAdded => "event " + evt + " is new",
                ReviewedChangeKind.EventRemoved => "event " + evt + " was removed",
                ReviewedChangeKind.PurposeChanged => "purpose of " + evt + " changed from \"" + Shorten(Before) + "\" to \"" + Shorten(After) + "\"",
                ReviewedChangeKind.RetentionChanged => "retention of " + evt + " changed " + Before + " → " + After + " days",
                ReviewedChangeKind.ConsentChanged => "consent of " + evt + " changed " + Before + " → " + After,
                ReviewedChangeKind.AccessChanged => "access to " + evt + " changed " + Before + " → " + After,
                ReviewedChangeKind.FieldAdded => "field " + field + " of " + evt + " is new (" + After + ")",
                ReviewedChangeKind.FieldRemoved => "field " + field + " of " + evt + " was removed",
                ReviewedChangeKind.FieldRenamed => "field " + field + " of " + evt + " was renamed to '" + After + "'",
                _ => "field " + field + " of " + evt + " changed data class " + Before + " → " + After,
            };
        }

        private static string Shorten(string? text) => text is null ? string.Empty : text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }

    /// <summary>Compares one event's declaration with its reviewed entry, field by field.</summary>
    internal static class BaselineComparer
    {
        public static List<ReviewedChange> Compare(ReviewedEvent? reviewed, ReviewedEvent? current)
        {
            var changes = new List<ReviewedChange>();
            if (reviewed is null && current is null)
            {
                return changes;
            }

            if (reviewed is null)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.EventAdded, current!.Name));
                return changes;
            }

            if (current is null)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.EventRemoved, reviewed.Name));
                return changes;
            }

            var name = current.Name;
            if (reviewed.Purpose != current.Purpose)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.PurposeChanged, name, before: reviewed.Purpose, after: current.Purpose));
            }

            if (reviewed.RetentionDays != current.RetentionDays)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.RetentionChanged, name, before: Number(reviewed.RetentionDays), after: Number(current.RetentionDays)));
            }

            if (reviewed.Consent != current.Consent)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.ConsentChanged, name, before: reviewed.Consent, after: current.Consent));
            }

            if (reviewed.Access != current.Access)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.AccessChanged, name, before: reviewed.Access, after: current.Access));
            }

            CompareFields(name, reviewed.Fields, current.Fields, changes);
            return changes;
        }

        private static void CompareFields(string eventName, IReadOnlyList<ReviewedField> reviewed, IReadOnlyList<ReviewedField> current, List<ReviewedChange> changes)
        {
            var unmatchedReviewed = new List<ReviewedField>();
            foreach (var before in reviewed)
            {
                var after = Find(current, f => f.Name == before.Name);
                if (after is null)
                {
                    unmatchedReviewed.Add(before);
                }
                else if (after.DataClass != before.DataClass)
                {
                    changes.Add(new ReviewedChange(ReviewedChangeKind.DataClassChanged, eventName, before.Name, before.DataClass, after.DataClass));
                }
            }

            foreach (var after in current)
            {
                if (Find(reviewed, f => f.Name == after.Name) is not null)
                {
                    continue;
                }

                // A new wire name on a property the review knew under another name is a rename.
                var renamedFrom = Find(unmatchedReviewed, f => f.Property == after.Property);
                if (renamedFrom is not null)
                {
                    unmatchedReviewed.Remove(renamedFrom);
                    changes.Add(new ReviewedChange(ReviewedChangeKind.FieldRenamed, eventName, renamedFrom.Name, renamedFrom.Name, after.Name));
                    if (renamedFrom.DataClass != after.DataClass)
                    {
                        changes.Add(new ReviewedChange(ReviewedChangeKind.DataClassChanged, eventName, after.Name, renamedFrom.DataClass, after.DataClass));
                    }
                }
                else
                {
                    changes.Add(new ReviewedChange(ReviewedChangeKind.FieldAdded, eventName, after.Name, after: after.DataClass));
                }
            }

            foreach (var removed in unmatchedReviewed)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.FieldRemoved, eventName, removed.Name, before: removed.DataClass));
            }
        }

        private static ReviewedField? Find(IReadOnlyList<ReviewedField> fields, System.Func<ReviewedField, bool> predicate)
        {
            foreach (var field in fields)
            {
                if (predicate(field))
                {
                    return field;
                }
            }

            return null;
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
