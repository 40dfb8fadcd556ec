using System;
using System.Runtime.CompilerServices;

namespace Governance
{
    /// <summary>
    /// The common contexts a client has set, with their values: immutable, published whole, so a <c>Track</c> that runs
    /// while another thread sets a context sees either the old contexts or the new ones, never a mix.
    /// </summary>
    internal sealed class ContextSnapshot
    {
        private readonly ITelemetryFields[] _values;

        private ContextSnapshot(ContextLayout layout, ContextEntry[] entries)
        {
            Layout = layout;
            Entries = entries;
            _values = new ITelemetryFields[entries.Length];
            var written = 0;
            foreach (var entry in entries)
            {
                // Values are null only for a keyed context not hashed yet: never the case once Send has hashed the snapshot.
                if (entry.Values is { } values)
                {
                    _values[written++] = values;
                }
            }

            if (written < _values.Length)
            {
                Array.Resize(ref _values, written);
            }

            TelemetryPseudonymizer? hashedWith = null;
            var hashed = true;
            foreach (var entry in entries)
            {
                if (entry.Hash is null)
                {
                    continue;
                }

                NeedsKey = true;
                hashed &= entry.Values is not null && (hashedWith is null || ReferenceEquals(hashedWith, entry.HashedWith));
                hashedWith ??= entry.HashedWith;
            }

            HashedWith = NeedsKey && hashed ? hashedWith : null;
        }

        public ContextLayout Layout { get; }

        /// <summary>The contexts, in the order of <see cref="ContextLayout.Contexts"/>.</summary>
        public ContextEntry[] Entries { get; }

        /// <summary>Whether a context has fields hashed with the key, so the snapshot must be hashed with the client's current key.</summary>
        public bool NeedsKey { get; }

        /// <summary>The pseudonymizer every hashed context was hashed with; null when one is not hashed yet.</summary>
        public TelemetryPseudonymizer? HashedWith { get; }

        /// <summary>The snapshot with <paramref name="entry"/> set (replacing the same context's earlier values), from <paramref name="current"/>.</summary>
        public static ContextSnapshot With(ContextSnapshot? current, ContextEntry entry)
        {
            if (current is null)
            {
                return new ContextSnapshot(ContextLayout.Of(new[] { entry.Descriptor }), new[] { entry });
            }

            var position = ContextLayout.Position(current.Layout.Contexts, entry.Descriptor, out var present);
            if (present)
            {
                var replaced = (ContextEntry[])current.Entries.Clone();
                replaced[position] = entry;
                return new ContextSnapshot(current.Layout, replaced);
            }

            var contexts = Insert(current.Layout.Contexts, position, entry.Descriptor);
            return new ContextSnapshot(ContextLayout.Of(contexts), Insert(current.Entries, position, entry));
        }

        /// <summary>The snapshot without the context <paramref name="descriptor"/>; null when no context is left.</summary>
        public static ContextSnapshot? Without(ContextSnapshot? current, TelemetryContextDescriptor descriptor)
        {
            if (current is null)
            {
                return null;
            }

            var position = ContextLayout.Position(current.Layout.Contexts, descriptor, out var present);
            if (!present)
            {
                return current;
            }

            if (current.Entries.Length == 1)
            {
                return null;
            }

            return new ContextSnapshot(ContextLayout.Of(Remove(current.Layout.Contexts, position)), Remove(current.Entries, position));
        }

        /// <summary>This snapshot with every hashed context hashed by <paramref name="pseudonymizer"/>.</summary>
        public ContextSnapshot HashWith(TelemetryPseudonymizer pseudonymizer)
        {
            var entries = new ContextEntry[Entries.Length];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = Entries[i].HashWith(pseudonymizer);
            }

            return new ContextSnapshot(Layout, entries);
        }

        /// <summary>This snapshot without hashed values (they are made again, with the current key, before the next event).</summary>
        public ContextSnapshot WithoutHashes()
        {
            if (!NeedsKey)
            {
                return this;
            }

            var entries = new ContextEntry[Entries.Length];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = Entries[i].WithoutHashes();
            }

            return new ContextSnapshot(Layout, entries);
        }

        /// <summary>Writes every context's fields, less those the event shadows.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteTo(TelemetryFieldWriter writer, EventWithContext evt)
        {
            if (evt.Shadowed is not null)
            {
                writer = new FieldSkippingWriter(writer, evt.Shadowed);
            }

            var values = _values;
            for (var i = 0; i < values.Length; i++)
            {
                values[i].WriteTo(writer);
            }
        }

        private static T[] Insert<T>(T[] items, int position, T item)
        {
            var result = new T[items.Length + 1];
            Array.Copy(items, 0, result, 0, position);
            result[position] = item;
            Array.Copy(items, position, result, position + 1, items.Length - position);
            return result;
        }

        private static T[] Remove<T>(T[] items, int position)
        {
            var result = new T[items.Length - 1];
            Array.Copy(items, 0, result, 0, position);
            Array.Copy(items, position + 1, result, position, items.Length - position - 1);
            return result;
        }
    }
}
