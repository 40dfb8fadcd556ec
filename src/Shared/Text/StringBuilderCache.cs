using System;
using System.Text;

namespace Governance.CodeAnalysis.Text
{
    /// <summary>
    /// Builders reused by the text writers of one thread. The generator writes one file per event: a fresh builder for
    /// each grows chunk by chunk and is thrown away, which at a thousand events allocated more than the text itself.
    /// A builder that grew past <see cref="MaxCachedCapacity"/> is dropped rather than kept, so a compiler server or an
    /// IDE holds at most two modest buffers per thread.
    /// </summary>
    internal static class StringBuilderCache
    {
        /// <summary>Characters a kept builder may hold: an event's file with room to spare; the manifest gets its own.</summary>
        public const int MaxCachedCapacity = 64 * 1024;

        private const int DefaultCapacity = 8 * 1024;

        // Two, because one writer may call another while it writes (a field's conversion inside an event's file).
        [ThreadStatic]
        private static StringBuilder? t_first;

        [ThreadStatic]
        private static StringBuilder? t_second;

        /// <summary>An empty builder of at least <paramref name="capacity"/> characters (a cached one when it is large enough).</summary>
        public static StringBuilder Acquire(int capacity = DefaultCapacity)
        {
            if (capacity <= MaxCachedCapacity)
            {
                var cached = t_first;
                if (cached is not null && cached.Capacity >= capacity)
                {
                    t_first = null;
                    cached.Clear();
                    return cached;
                }

                cached = t_second;
                if (cached is not null && cached.Capacity >= capacity)
                {
                    t_second = null;
                    cached.Clear();
                    return cached;
                }
            }

            return new StringBuilder(Math.Max(capacity, DefaultCapacity));
        }

        /// <summary>Gives <paramref name="builder"/> back for reuse; it must not be used afterwards.</summary>
        public static void Release(StringBuilder builder)
        {
            if (builder.Capacity > MaxCachedCapacity)
            {
                return;
            }

            if (t_first is null)
            {
                t_first = builder;
            }
            else if (t_second is null)
            {
                t_second = builder;
            }
        }

        /// <summary>The builder's text, and the builder given back (<see cref="Release"/>).</summary>
        public static string ToStringAndRelease(StringBuilder builder)
        {
            var text = builder.ToString();
            Release(builder);
            return text;
        }
    }
}
