using System;
using System.Collections.Generic;
using System.Globalization;

namespace Governance.OpenTelemetry
{
    /// <summary>
    /// Turns field values into attribute values OpenTelemetry exports faithfully: strings, booleans, 64-bit integers
    /// and doubles as they are; decimals, dates, durations and GUIDs as invariant strings (ISO 8601 for dates,
    /// <c>c</c> format for durations), so no value depends on the machine's culture. Unsigned values above
    /// <see cref="long.MaxValue"/> become strings.
    /// </summary>
    internal sealed class AttributeFieldWriter : TelemetryFieldWriter
    {
        public AttributeFieldWriter(List<KeyValuePair<string, object?>> attributes)
        {
            Attributes = attributes;
        }

        public List<KeyValuePair<string, object?>> Attributes { get; }

        public override void WriteNull(TelemetryFieldDescriptor field) => Add(field, null);

        public override void Write(TelemetryFieldDescriptor field, string? value) => Add(field, value);

        public override void Write(TelemetryFieldDescriptor field, bool value) => Add(field, value);

        public override void Write(TelemetryFieldDescriptor field, byte value) => Add(field, (long)value);

        public override void Write(TelemetryFieldDescriptor field, sbyte value) => Add(field, (long)value);

        public override void Write(TelemetryFieldDescriptor field, short value) => Add(field, (long)value);

        public override void Write(TelemetryFieldDescriptor field, ushort value) => Add(field, (long)value);

        public override void Write(TelemetryFieldDescriptor field, int value) => Add(field, (long)value);

        public override void Write(TelemetryFieldDescriptor field, uint value) => Add(field, (long)value);

        public override void Write(TelemetryFieldDescriptor field, long value) => Add(field, value);

        public override void Write(TelemetryFieldDescriptor field, ulong value) =>
            Add(field, value <= long.MaxValue ? (object)(long)value : value.ToString(CultureInfo.InvariantCulture));

        public override void Write(TelemetryFieldDescriptor field, float value) => Add(field, (double)value);

        public override void Write(TelemetryFieldDescriptor field, double value) => Add(field, value);

        public override void Write(TelemetryFieldDescriptor field, decimal value) => Add(field, value.ToString(CultureInfo.InvariantCulture));

        public override void Write(TelemetryFieldDescriptor field, DateTime value) => Add(field, value.ToString("O", CultureInfo.InvariantCulture));

        public override void Write(TelemetryFieldDescriptor field, DateTimeOffset value) => Add(field, value.ToString("O", CultureInfo.InvariantCulture));

        public override void Write(TelemetryFieldDescriptor field, TimeSpan value) => Add(field, value.ToString("c", CultureInfo.InvariantCulture));

        public override void Write(TelemetryFieldDescriptor field, Guid value) => Add(field, value.ToString("D"));

        protected override void WriteValue(TelemetryFieldDescriptor field, object? value) => Add(field, value);

        private void Add(TelemetryFieldDescriptor field, object? value) => Attributes.Add(new KeyValuePair<string, object?>(field.Name, value));
    }
}
