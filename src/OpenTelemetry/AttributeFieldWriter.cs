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
    /// <remarks>
    /// A list becomes one array attribute of the same element conversion (<c>string[]</c>, <c>long[]</c>,
    /// <c>double[]</c>, <c>bool[]</c>, which the SDK exports as OTLP arrays); a list of unsigned 64-bit values with one
    /// above <see cref="long.MaxValue"/> becomes a <c>string[]</c> as a whole, since an array has one type. A map becomes
    /// one attribute per entry, named <c>&lt;field&gt;.&lt;key&gt;</c>, in the order written.
    /// </remarks>
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

        public override void Write(TelemetryFieldDescriptor field, ulong value) => Add(field, Scalar(value));

        public override void Write(TelemetryFieldDescriptor field, float value) => Add(field, (double)value);

        public override void Write(TelemetryFieldDescriptor field, double value) => Add(field, value);

        public override void Write(TelemetryFieldDescriptor field, decimal value) => Add(field, Text(value));

        public override void Write(TelemetryFieldDescriptor field, DateTime value) => Add(field, Text(value));

        public override void Write(TelemetryFieldDescriptor field, DateTimeOffset value) => Add(field, Text(value));

        public override void Write(TelemetryFieldDescriptor field, TimeSpan value) => Add(field, Text(value));

        public override void Write(TelemetryFieldDescriptor field, Guid value) => Add(field, Text(value));

        public override void WriteList<T>(TelemetryFieldDescriptor field, IReadOnlyList<T> values) =>
            Add(field, values is null ? null : Array(values));

        public override void WriteMap<TValue>(TelemetryFieldDescriptor field, IReadOnlyList<KeyValuePair<string, TValue>> entries)
        {
            if (entries is null)
            {
                WriteNull(field);
                return;
            }

            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                Attributes.Add(new KeyValuePair<string, object?>(field.Name + "." + entry.Key, Scalar(entry.Value)));
            }
        }

        protected override void WriteValue(TelemetryFieldDescriptor field, object? value) => Add(field, value);

        /// <summary>One value as an attribute value, converted as the typed overloads above convert it.</summary>
        private static object? Scalar<T>(T value)
        {
            // typeof(T) tests and (X)(object)value casts are resolved when the method is compiled for each value type.
            if (value is null)
            {
                return null;
            }

            if (typeof(T) == typeof(string) || typeof(T) == typeof(bool) || typeof(T) == typeof(long) || typeof(T) == typeof(double))
            {
                return value;
            }

            if (typeof(T) == typeof(ulong))
            {
                var number = (ulong)(object)value;
                return number <= long.MaxValue ? (object)(long)number : number.ToString(CultureInfo.InvariantCulture);
            }

            if (typeof(T) == typeof(float))
            {
                return (double)(float)(object)value;
            }

            return TryInt64(value, out var integer) ? integer : Text(value);
        }

        /// <summary>A list as an array attribute value: the element conversion of <see cref="Scalar{T}"/>, typed for OTLP.</summary>
        private static Array Array<T>(IReadOnlyList<T> values)
        {
            var count = values.Count;
            if (typeof(T) == typeof(bool))
            {
                var booleans = (IReadOnlyList<bool>)values;
                var result = new bool[count];
                for (var i = 0; i < count; i++)
                {
                    result[i] = booleans[i];
                }

                return result;
            }

            if (typeof(T) == typeof(float) || typeof(T) == typeof(double))
            {
                var result = new double[count];
                for (var i = 0; i < count; i++)
                {
                    var value = values[i];
                    result[i] = typeof(T) == typeof(float) ? (float)(object)value! : (double)(object)value!;
                }

                return result;
            }

            if (IsInteger<T>() && (typeof(T) != typeof(ulong) || AllFitInt64((IReadOnlyList<ulong>)values)))
            {
                var result = new long[count];
                for (var i = 0; i < count; i++)
                {
                    TryInt64(values[i], out result[i]);
                }

                return result;
            }

            var texts = new string?[count];
            for (var i = 0; i < count; i++)
            {
                texts[i] = Text(values[i]);
            }

            return texts;
        }

        /// <summary>An integer of any width as a long; false for other types (and unsigned values above <see cref="long.MaxValue"/>).</summary>
        private static bool TryInt64<T>(T value, out long result)
        {
            if (typeof(T) == typeof(int))
            {
                result = (int)(object)value!;
            }
            else if (typeof(T) == typeof(long))
            {
                result = (long)(object)value!;
            }
            else if (typeof(T) == typeof(short))
            {
                result = (short)(object)value!;
            }
            else if (typeof(T) == typeof(byte))
            {
                result = (byte)(object)value!;
            }
            else if (typeof(T) == typeof(sbyte))
            {
                result = (sbyte)(object)value!;
            }
            else if (typeof(T) == typeof(ushort))
            {
                result = (ushort)(object)value!;
            }
            else if (typeof(T) == typeof(uint))
            {
                result = (uint)(object)value!;
            }
            else if (typeof(T) == typeof(ulong) && (ulong)(object)value! <= long.MaxValue)
            {
                result = (long)(ulong)(object)value!;
            }
            else
            {
                result = 0;
                return false;
            }

            return true;
        }

        private static bool IsInteger<T>() =>
            typeof(T) == typeof(int) || typeof(T) == typeof(long) || typeof(T) == typeof(short) || typeof(T) == typeof(byte)
            || typeof(T) == typeof(sbyte) || typeof(T) == typeof(ushort) || typeof(T) == typeof(uint) || typeof(T) == typeof(ulong);

        private static bool AllFitInt64(IReadOnlyList<ulong> values)
        {
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] > long.MaxValue)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The invariant text of a value (ISO 8601 dates, <c>c</c> durations, <c>D</c> GUIDs), as scalars of those types are sent.</summary>
        private static string? Text<T>(T value) => value switch
        {
            null => null,
            string text => text,
            decimal number => number.ToString(CultureInfo.InvariantCulture),
            DateTime date => date.ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset date => date.ToString("O", CultureInfo.InvariantCulture),
            TimeSpan duration => duration.ToString("c", CultureInfo.InvariantCulture),
            Guid guid => guid.ToString("D"),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };

        private void Add(TelemetryFieldDescriptor field, object? value) => Attributes.Add(new KeyValuePair<string, object?>(field.Name, value));
    }
}
