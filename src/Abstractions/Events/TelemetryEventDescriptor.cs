using System;
using System.Collections.Generic;
using Governance.CodeAnalysis.Model;

namespace Governance
{
    /// <summary>
    /// What the declaration of an event says: its name, why it is collected, consent, retention, access and fields.
    /// Generated code creates one per event type (<c>MyEvent.TelemetryDescriptor</c>); sinks receive it with every event.
    /// </summary>
    public sealed class TelemetryEventDescriptor
    {
        /// <summary>Creates an event descriptor whose declaring assembly is not recorded.</summary>
        public TelemetryEventDescriptor(
            string name,
            string purpose,
            int retentionDays,
            Consent consent,
            DataAccess access,
            string? owner,
            string? expires,
            string sourceType,
            TelemetryFieldDescriptor[] fields)
            : this(name, purpose, retentionDays, consent, access, owner, expires, sourceType, null, fields)
        {
        }

        /// <summary>
        /// Creates an event descriptor. Called by generated code, with <paramref name="assembly"/> the simple name of the
        /// assembly that declares the event.
        /// </summary>
        public TelemetryEventDescriptor(
            string name,
            string purpose,
            int retentionDays,
            Consent consent,
            DataAccess access,
            string? owner,
            string? expires,
            string sourceType,
            string? assembly,
            TelemetryFieldDescriptor[] fields)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Purpose = purpose ?? throw new ArgumentNullException(nameof(purpose));
            RetentionDays = retentionDays;
            Consent = consent;
            Access = access;
            Owner = owner;
            Expires = expires;
            SourceType = sourceType ?? throw new ArgumentNullException(nameof(sourceType));
            Assembly = assembly;
            var copy = (TelemetryFieldDescriptor[])(fields ?? throw new ArgumentNullException(nameof(fields))).Clone();
            Fields = Array.AsReadOnly(copy);
            DataClasses = DistinctDataClasses(copy);
        }

        /// <summary>The name the event is sent under.</summary>
        public string Name { get; }

        /// <summary>Why the data is collected.</summary>
        public string Purpose { get; }

        /// <summary>How many days the data is kept after it is received.</summary>
        public int RetentionDays { get; }

        /// <summary>Whether the event needs an opt-in or honours an opt-out.</summary>
        public Consent Consent { get; }

        /// <summary>Who may see the data.</summary>
        public DataAccess Access { get; }

        /// <summary>Who answers for the event, if declared.</summary>
        public string? Owner { get; }

        /// <summary>The date (<c>yyyy-MM-dd</c>) after which the event must no longer be collected, if declared.</summary>
        public string? Expires { get; }

        /// <summary>The fully qualified name of the C# type that declares the event.</summary>
        public string SourceType { get; }

        /// <summary>
        /// The simple name of the assembly that declares the event (an application's catalog lists the events of the
        /// libraries it was compiled against too), or null when the descriptor does not record it.
        /// </summary>
        public string? Assembly { get; }

        /// <summary>The event's fields in declaration order.</summary>
        public IReadOnlyList<TelemetryFieldDescriptor> Fields { get; }

        /// <summary>The distinct data classes of the fields, least sensitive first; empty when the event has no fields.</summary>
        public IReadOnlyList<DataClass> DataClasses { get; }

        /// <inheritdoc />
        public override string ToString() => Name;

        private static IReadOnlyList<DataClass> DistinctDataClasses(TelemetryFieldDescriptor[] fields)
        {
            var values = new int[fields.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                values[i] = (int)fields[i].DataClass;
            }

            var present = EnumSpellings.DataClass.MembersAmong(values);
            var dataClasses = new DataClass[present.Count];
            for (var i = 0; i < dataClasses.Length; i++)
            {
                dataClasses[i] = (DataClass)present[i].Value;
            }

            return Array.AsReadOnly(dataClasses);
        }
    }
}
