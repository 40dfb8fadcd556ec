using System;
using System.Collections;
using System.Collections.Generic;

namespace Governance
{
    /// <summary>
    /// A map field's entries, copied when the event was tracked; read-only, keyed by enum member name, enumerated in
    /// the order they were written (the key enum's declaration order). Maps have a few keys: lookups are linear.
    /// </summary>
    internal sealed class CopiedMap<TValue> : IReadOnlyDictionary<string, TValue>, IReadOnlyList<KeyValuePair<string, TValue>>, ICopiedFieldValue
    {
        private readonly KeyValuePair<string, TValue>[] _entries;

        private CopiedMap(KeyValuePair<string, TValue>[] entries)
        {
            _entries = entries;
        }

        public int Count => _entries.Length;

        public IEnumerable<string> Keys
        {
            get
            {
                foreach (var entry in _entries)
                {
                    yield return entry.Key;
                }
            }
        }

        public IEnumerable<TValue> Values
        {
            get
            {
                foreach (var entry in _entries)
                {
                    yield return entry.Value;
                }
            }
        }

        public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException("The map has no key '" + key + "'.");

        KeyValuePair<string, TValue> IReadOnlyList<KeyValuePair<string, TValue>>.this[int index] => _entries[index];

        /// <summary>A copy of <paramref name="entries"/>, or the entries themselves when they already are a copy.</summary>
        public static CopiedMap<TValue> Of(IReadOnlyList<KeyValuePair<string, TValue>> entries)
        {
            if (entries is CopiedMap<TValue> copied)
            {
                return copied;
            }

            var items = new KeyValuePair<string, TValue>[entries.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = entries[i];
            }

            return new CopiedMap<TValue>(items);
        }

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, out TValue value)
        {
            foreach (var entry in _entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                {
                    value = entry.Value;
                    return true;
                }
            }

            value = default!;
            return false;
        }

        public void WriteTo(TelemetryFieldWriter writer, TelemetryFieldDescriptor field) => writer.WriteMap(field, this);

        public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)_entries).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();
    }
}
