using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace Governance
{
    /// <summary>
    /// Puts a slow sink (network, disk) behind a bounded queue and a background thread, so that it can never block or
    /// break the tracking thread. Each event's values are copied when it is tracked (lists and maps included, so the caller
    /// may change them once <c>Track</c> returns) and replayed to the inner sink through the same typed writer calls,
    /// common-context fields included, under the same descriptor. When the queue is full, the event
    /// is dropped and counted: nothing is lost silently. Every event written is, at any moment, exactly one of
    /// <see cref="Delivered"/>, <see cref="Failed"/>, <see cref="Dropped"/> or <see cref="Pending"/>.
    /// </summary>
    /// <remarks>
    /// A sink that hangs holds the background thread, not the application: the queue fills and further events are
    /// dropped. <see cref="Flush"/> and <see cref="Dispose(TimeSpan)"/> wait at most the time they are given.
    /// </remarks>
    public sealed class BackgroundTelemetrySink : ITelemetrySink, IDisposable
    {
        private readonly ITelemetrySink _inner;
        private readonly BlockingCollection<QueuedEvent> _queue;
        private readonly Thread _worker;
        private readonly ManualResetEventSlim _idle = new ManualResetEventSlim(initialState: true);
        private long _written;
        private long _delivered;
        private long _failed;
        private long _dropped;
        private int _disposed;

        /// <summary>Wraps <paramref name="inner"/> with a queue of at most <paramref name="capacity"/> events.</summary>
        public BackgroundTelemetrySink(ITelemetrySink inner, int capacity = 1024)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(capacity), "The queue must hold at least one event.");
            }

            _inner = inner ?? throw new ArgumentNullException(nameof(inner));
            _queue = new BlockingCollection<QueuedEvent>(new ConcurrentQueue<QueuedEvent>(), capacity);
            _worker = new Thread(Deliver) { IsBackground = true, Name = "Governance telemetry delivery" };
            _worker.Start();
        }

        /// <summary>Events handed to this sink.</summary>
        public long Written => Interlocked.Read(ref _written);

        /// <summary>Events the inner sink accepted.</summary>
        public long Delivered => Interlocked.Read(ref _delivered);

        /// <summary>Events the inner sink threw on.</summary>
        public long Failed => Interlocked.Read(ref _failed);

        /// <summary>Events dropped because the queue was full or the sink was disposed.</summary>
        public long Dropped => Interlocked.Read(ref _dropped);

        /// <summary>Events queued or being delivered.</summary>
        public long Pending => Written - Delivered - Failed - Dropped;

        /// <inheritdoc />
        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields
        {
            Interlocked.Increment(ref _written);
            var collector = new ValueCollector(descriptor.Fields.Count);
            fields.WriteTo(collector);
            var queued = new QueuedEvent(descriptor, collector.Values.ToArray());
            bool added;
            try
            {
                added = Volatile.Read(ref _disposed) == 0 && _queue.TryAdd(queued);
            }
            catch (InvalidOperationException)
            {
                added = false; // Completed for adding: the sink is being disposed.
            }

            if (!added)
            {
                Interlocked.Increment(ref _dropped);
            }
        }

        /// <summary>Waits until every queued event is delivered, at most <paramref name="timeout"/>.</summary>
        /// <returns>True when nothing was pending by the deadline.</returns>
        public bool Flush(TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (Pending > 0)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    return false;
                }

                _idle.Wait(left < TimeSpan.FromMilliseconds(50) ? left : TimeSpan.FromMilliseconds(50));
            }

            return true;
        }

        /// <summary>Stops accepting events and delivers what is queued, waiting at most two seconds.</summary>
        public void Dispose() => Dispose(TimeSpan.FromSeconds(2));

        /// <summary>Stops accepting events and delivers what is queued, waiting at most <paramref name="timeout"/>.</summary>
        public void Dispose(TimeSpan timeout)
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            _queue.CompleteAdding();
            if (!_worker.Join(timeout))
            {
                // The inner sink is stuck: what it still holds is counted as dropped, and its thread (a background
                // thread) does not keep the process alive.
                while (_queue.TryTake(out _))
                {
                    Interlocked.Increment(ref _dropped);
                }
            }
        }

        private void Deliver()
        {
            foreach (var queued in _queue.GetConsumingEnumerable())
            {
                _idle.Reset();
                try
                {
                    _inner.Write(queued.Descriptor, new ReplayedFields(queued.Values));
                    Interlocked.Increment(ref _delivered);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref _failed);
                }
                finally
                {
                    if (_queue.Count == 0)
                    {
                        _idle.Set();
                    }
                }
            }

            _idle.Set();
        }

        private sealed class QueuedEvent
        {
            public QueuedEvent(TelemetryEventDescriptor descriptor, KeyValuePair<TelemetryFieldDescriptor, object?>[] values)
            {
                Descriptor = descriptor;
                Values = values;
            }

            public TelemetryEventDescriptor Descriptor { get; }

            public KeyValuePair<TelemetryFieldDescriptor, object?>[] Values { get; }
        }

        /// <summary>Keeps each value as written; the base class copies lists and maps (<see cref="ICopiedFieldValue"/>).</summary>
        private sealed class ValueCollector : TelemetryFieldWriter
        {
            public ValueCollector(int capacity)
            {
                Values = new List<KeyValuePair<TelemetryFieldDescriptor, object?>>(capacity);
            }

            public List<KeyValuePair<TelemetryFieldDescriptor, object?>> Values { get; }

            protected override void WriteValue(TelemetryFieldDescriptor field, object? value) =>
                Values.Add(new KeyValuePair<TelemetryFieldDescriptor, object?>(field, value));
        }

        /// <summary>Replays copied values through the same typed writer calls the generated emitter made.</summary>
        private readonly struct ReplayedFields : ITelemetryFields
        {
            private readonly KeyValuePair<TelemetryFieldDescriptor, object?>[] _values;

            public ReplayedFields(KeyValuePair<TelemetryFieldDescriptor, object?>[] values)
            {
                _values = values;
            }

            public void WriteTo(TelemetryFieldWriter writer)
            {
                foreach (var entry in _values)
                {
                    var field = entry.Key;
                    switch (entry.Value)
                    {
                        case null: writer.WriteNull(field); break;
                        case string v: writer.Write(field, v); break;
                        case bool v: writer.Write(field, v); break;
                        case byte v: writer.Write(field, v); break;
                        case sbyte v: writer.Write(field, v); break;
                        case short v: writer.Write(field, v); break;
                        case ushort v: writer.Write(field, v); break;
                        case int v: writer.Write(field, v); break;
                        case uint v: writer.Write(field, v); break;
                        case long v: writer.Write(field, v); break;
                        case ulong v: writer.Write(field, v); break;
                        case float v: writer.Write(field, v); break;
                        case double v: writer.Write(field, v); break;
                        case decimal v: writer.Write(field, v); break;
                        case DateTime v: writer.Write(field, v); break;
                        case DateTimeOffset v: writer.Write(field, v); break;
                        case TimeSpan v: writer.Write(field, v); break;
                        case Guid v: writer.Write(field, v); break;
                        case ICopiedFieldValue copied: copied.WriteTo(writer, field); break;
                        default: writer.Write(field, Convert.ToString(entry.Value, System.Globalization.CultureInfo.InvariantCulture)); break;
                    }
                }
            }
        }
    }
}
