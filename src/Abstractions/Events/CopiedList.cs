using System.Collections;
using System.Collections.Generic;

namespace Governance
{
    /// <summary>A list field's elements, copied when the event was tracked; read-only.</summary>
    internal sealed class CopiedList<T> : IReadOnlyList<T>, ICopiedFieldValue
    {
        private readonly T[] _items;

        private CopiedList(T[] items)
        {
            _items = items;
        }

        public int Count => _items.Length;

        public T this[int index] => _items[index];

        /// <summary>A copy of <paramref name="values"/>, or the list itself when it already is one (copies never change).</summary>
        public static CopiedList<T> Of(IReadOnlyList<T> values)
        {
            if (values is CopiedList<T> copied)
            {
                return copied;
            }

            var items = new T[values.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = values[i];
            }

            return new CopiedList<T>(items);
        }

        public void WriteTo(TelemetryFieldWriter writer, TelemetryFieldDescriptor field) => writer.WriteList(field, this);

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
    }
}
