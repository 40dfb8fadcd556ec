using System;
using System.Collections.Generic;

namespace Governance
{
    /// <summary>Passes every field on to another writer except the ones given: context fields an event shadows with its own.</summary>
    internal sealed class FieldSkippingWriter : TelemetryFieldWriter
    {
        private readonly TelemetryFieldWriter _inner;
        private readonly HashSet<TelemetryFieldDescriptor> _skipped;

        public FieldSkippingWriter(TelemetryFieldWriter inner, HashSet<TelemetryFieldDescriptor> skipped)
        {
            _inner = inner;
            _skipped = skipped;
        }

        public override void WriteNull(TelemetryFieldDescriptor field)
        {
            if (!_skipped.Contains(field))
            {
                _inner.WriteNull(field);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, string? value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, bool value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, byte value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, sbyte value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, short value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, ushort value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, int value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, uint value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, long value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, ulong value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, float value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, double value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, decimal value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, DateTime value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, DateTimeOffset value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, TimeSpan value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void Write(TelemetryFieldDescriptor field, Guid value)
        {
            if (!_skipped.Contains(field))
            {
                _inner.Write(field, value);
            }
        }

        public override void WriteList<T>(TelemetryFieldDescriptor field, IReadOnlyList<T> values)
        {
            if (!_skipped.Contains(field))
            {
                _inner.WriteList(field, values);
            }
        }

        public override void WriteMap<TValue>(TelemetryFieldDescriptor field, IReadOnlyList<KeyValuePair<string, TValue>> entries)
        {
            if (!_skipped.Contains(field))
            {
                _inner.WriteMap(field, entries);
            }
        }

        // Never reached: every public method above is overridden and forwards to the inner writer's own.
        protected override void WriteValue(TelemetryFieldDescriptor field, object? value)
        {
        }
    }
}
