using System.Collections.Generic;
using System.Globalization;

namespace Governance.CodeAnalysis.Baseline
{
    /// <summary>Compares one event's (or context's) declaration with its reviewed entry, field by field.</summary>
    internal static class BaselineComparer
    {
        /// <summary>The changes from <paramref name="reviewed"/> to <paramref name="current"/>, which are the same event (name and assembly).</summary>
        public static List<ReviewedChange> Compare(ReviewedEvent? reviewed, ReviewedEvent? current)
        {
            var changes = new List<ReviewedChange>();
            if (reviewed is null && current is null)
            {
                return changes;
            }

            var assembly = (current ?? reviewed)!.Assembly;

            if (reviewed is null)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.EventAdded, current!.Name, assembly: assembly));
                return changes;
            }

            if (current is null)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.EventRemoved, reviewed.Name, assembly: assembly));
                return changes;
            }

            var name = current.Name;
            if (reviewed.Purpose != current.Purpose)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.PurposeChanged, name, before: reviewed.Purpose, after: current.Purpose, assembly: assembly));
            }

            if (reviewed.RetentionDays != current.RetentionDays)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.RetentionChanged, name, before: Number(reviewed.RetentionDays), after: Number(current.RetentionDays), assembly: assembly));
            }

            if (reviewed.Consent != current.Consent)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.ConsentChanged, name, before: reviewed.Consent, after: current.Consent, assembly: assembly));
            }

            if (reviewed.Access != current.Access)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.AccessChanged, name, before: reviewed.Access, after: current.Access, assembly: assembly));
            }

            if (reviewed.IncludesContext != current.IncludesContext)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.ContextInclusionChanged, name, before: Boolean(reviewed.IncludesContext), after: Boolean(current.IncludesContext), assembly: assembly));
            }

            CompareFields(name, assembly, isContext: false, reviewed.Fields, current.Fields, changes);
            return changes;
        }

        /// <summary>The changes from <paramref name="reviewed"/> to <paramref name="current"/>, which are the same context (type and assembly).</summary>
        public static List<ReviewedChange> Compare(ReviewedContext? reviewed, ReviewedContext? current)
        {
            var changes = new List<ReviewedChange>();
            if (reviewed is null && current is null)
            {
                return changes;
            }

            var type = (current ?? reviewed)!.SourceType;
            var assembly = (current ?? reviewed)!.Assembly;
            if (reviewed is null)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.EventAdded, type, assembly: assembly, isContext: true));
            }
            else if (current is null)
            {
                changes.Add(new ReviewedChange(ReviewedChangeKind.EventRemoved, type, assembly: assembly, isContext: true));
            }
            else
            {
                CompareFields(type, assembly, isContext: true, reviewed.Fields, current.Fields, changes);
            }

            return changes;
        }

        private static void CompareFields(string eventName, string? assembly, bool isContext, IReadOnlyList<ReviewedField> reviewed, IReadOnlyList<ReviewedField> current, List<ReviewedChange> changes)
        {
            var start = changes.Count;
            List<ReviewedField>? unmatchedReviewed = null; // Most comparisons find every field: no list, no closures.
            foreach (var before in reviewed)
            {
                var after = FindByName(current, before.Name);
                if (after is null)
                {
                    (unmatchedReviewed ??= new List<ReviewedField>()).Add(before);
                }
                else
                {
                    if (after.DataClass != before.DataClass)
                    {
                        changes.Add(new ReviewedChange(ReviewedChangeKind.DataClassChanged, eventName, before.Name, before.DataClass, after.DataClass, assembly: assembly));
                    }

                    if (after.Hashing != before.Hashing)
                    {
                        changes.Add(new ReviewedChange(ReviewedChangeKind.HashingChanged, eventName, before.Name, before.Hashing, after.Hashing, assembly: assembly));
                    }
                }
            }

            foreach (var after in current)
            {
                if (FindByName(reviewed, after.Name) is not null)
                {
                    continue;
                }

                // A new wire name on a property the review knew under another name is a rename.
                var renamedFrom = unmatchedReviewed is null ? null : FindByProperty(unmatchedReviewed, after.Property);
                if (renamedFrom is not null)
                {
                    unmatchedReviewed!.Remove(renamedFrom);
                    changes.Add(new ReviewedChange(ReviewedChangeKind.FieldRenamed, eventName, renamedFrom.Name, renamedFrom.Name, after.Name, assembly: assembly));
                    if (renamedFrom.DataClass != after.DataClass)
                    {
                        changes.Add(new ReviewedChange(ReviewedChangeKind.DataClassChanged, eventName, after.Name, renamedFrom.DataClass, after.DataClass, assembly: assembly));
                    }

                    if (renamedFrom.Hashing != after.Hashing)
                    {
                        changes.Add(new ReviewedChange(ReviewedChangeKind.HashingChanged, eventName, after.Name, renamedFrom.Hashing, after.Hashing, assembly: assembly));
                    }
                }
                else
                {
                    changes.Add(new ReviewedChange(ReviewedChangeKind.FieldAdded, eventName, after.Name, after: after.DataClass, assembly: assembly));
                }
            }

            if (unmatchedReviewed is not null)
            {
                foreach (var removed in unmatchedReviewed)
                {
                    changes.Add(new ReviewedChange(ReviewedChangeKind.FieldRemoved, eventName, removed.Name, before: removed.DataClass, assembly: assembly));
                }
            }

            if (isContext)
            {
                for (var i = start; i < changes.Count; i++)
                {
                    var change = changes[i];
                    changes[i] = new ReviewedChange(change.Kind, change.EventName, change.Field, change.Before, change.After, change.Assembly, isContext: true);
                }
            }
        }

        private static ReviewedField? FindByName(IReadOnlyList<ReviewedField> fields, string name)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i].Name == name)
                {
                    return fields[i];
                }
            }

            return null;
        }

        private static ReviewedField? FindByProperty(IReadOnlyList<ReviewedField> fields, string property)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i].Property == property)
                {
                    return fields[i];
                }
            }

            return null;
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The JSON spelling, as the baseline writes it.</summary>
        private static string Boolean(bool value) => value ? "true" : "false";
    }
}
