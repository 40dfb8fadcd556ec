using System;

namespace Governance
{
    /// <summary>
    /// Receives the field values of an event, one typed call per field. Every overload funnels into
    /// <see cref="WriteValue"/> (boxing value types); a sink that must not allocate overrides the overloads it needs.
    /// Identifier fields arrive already pseudonymised, as strings.
    /// </summary>
    public abstract class TelemetryFieldWriter
    {
        /// <summary>Receives a field's value; <paramref name="value"/> is null for a missing value.</summary>
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
    }
}
