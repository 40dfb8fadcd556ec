using System;
using System.Collections.Generic;

namespace Governance
{
    /// <summary>
    /// Receives the field values of an event, one typed call per field. Every overload funnels into
    /// <see cref="WriteValue"/> (boxing value types); a sink that must not allocate overrides the overloads it needs.
    /// Hashed fields (<see cref="TelemetryFieldDescriptor.Hashing"/>) arrive already hashed, as strings.
    /// </summary>
    /// <remarks>
    /// An event's writer receives the fields of the client's common context first (see
    /// <see cref="TelemetryEventDescriptor.Contexts"/>), then the event's own, each at most once. A field declared to be
    /// left out when null is not written at all, so a writer may receive fewer fields than the descriptor lists.
    /// </remarks>
    public abstract class TelemetryFieldWriter
    {
        /// <summary>
        /// Receives a field's value; <paramref name="value"/> is null for a missing value. A list arrives as a read-only
        /// copy (<c>IReadOnlyList&lt;T&gt;</c> of its element type), a map as a read-only copy
        /// (<c>IReadOnlyDictionary&lt;string, TValue&gt;</c> keyed by enum member name, enumerated in written order).
        /// </summary>
        protected abstract void WriteValue(TelemetryFieldDescriptor field, object? value);

        /// <summary>Writes a missing value.</summary>
        public virtual void WriteNull(TelemetryFieldDescriptor field) => WriteValue(field, null);

        /// <summary>Writes a string value (enum values arrive as their member names).</summary>
        public virtual void Write(TelemetryFieldDescriptor field, string? value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, bool value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, byte value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, sbyte value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, short value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, ushort value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, int value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, uint value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, long value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, ulong value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, float value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, double value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, decimal value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, DateTime value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, DateTimeOffset value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, TimeSpan value) => WriteValue(field, value);

        /// <summary>Writes a value.</summary>
        public virtual void Write(TelemetryFieldDescriptor field, Guid value) => WriteValue(field, value);

        /// <summary>
        /// Writes a list (<see cref="FieldShape.List"/>). Elements are of one scalar type: <see cref="string"/> (enum
        /// values as member names, hashed fields as hashes; elements may be null), <see cref="bool"/>, the integer and
        /// floating-point types, <see cref="decimal"/>, <see cref="DateTime"/>, <see cref="DateTimeOffset"/>,
        /// <see cref="TimeSpan"/> or <see cref="Guid"/>; never a nullable value type. Generated code never passes null (it
        /// writes <see cref="WriteNull"/> instead); the caller may change the list after the event is tracked, so a writer
        /// that keeps it must copy it. The default copies it into a read-only list and passes that to <see cref="WriteValue"/>.
        /// </summary>
        public virtual void WriteList<T>(TelemetryFieldDescriptor field, IReadOnlyList<T> values)
        {
            if (values is null)
            {
                WriteNull(field);
                return;
            }

            WriteValue(field, CopiedList<T>.Of(values));
        }

        /// <summary>
        /// Writes a map (<see cref="FieldShape.Map"/>): one entry per key present, each key an enum member name of
        /// <see cref="TelemetryFieldDescriptor.Keys"/>, in that order, each key at most once; values of one scalar type,
        /// as for <see cref="WriteList{T}"/>. Generated code never passes null (it writes <see cref="WriteNull"/>
        /// instead). The default copies the entries into a read-only dictionary and passes that to <see cref="WriteValue"/>.
        /// </summary>
        public virtual void WriteMap<TValue>(TelemetryFieldDescriptor field, IReadOnlyList<KeyValuePair<string, TValue>> entries)
        {
            if (entries is null)
            {
                WriteNull(field);
                return;
            }

            WriteValue(field, CopiedMap<TValue>.Of(entries));
        }
    }
}
