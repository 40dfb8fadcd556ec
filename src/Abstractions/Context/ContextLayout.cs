using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Governance
{
    /// <summary>
    /// Which contexts a client has set, in the order their fields are written (ordinal by declaring type, then
    /// assembly: the same whatever order the program set them in), and the descriptor of each event as sent with them,
    /// made on the event's first use and kept while the set of contexts stays the same (new values reuse the layout).
    /// </summary>
    internal sealed class ContextLayout
    {
        private EventWithContext?[] _events = new EventWithContext?[16];

        private ContextLayout(TelemetryContextDescriptor[] contexts)
        {
            Contexts = contexts;
            var fields = new List<TelemetryFieldDescriptor>();
            foreach (var context in contexts)
            {
                fields.AddRange(context.Fields);
            }

            Fields = fields.ToArray();
        }

        public TelemetryContextDescriptor[] Contexts { get; }

        /// <summary>Every context field, in the order written.</summary>
        public TelemetryFieldDescriptor[] Fields { get; }

        /// <summary>The position <paramref name="descriptor"/> has, or would have, among <paramref name="contexts"/>.</summary>
        public static int Position(TelemetryContextDescriptor[] contexts, TelemetryContextDescriptor descriptor, out bool present)
        {
            for (var i = 0; i < contexts.Length; i++)
            {
                if (ReferenceEquals(contexts[i], descriptor))
                {
                    present = true;
                    return i;
                }

                if (Compare(descriptor, contexts[i]) < 0)
                {
                    present = false;
                    return i;
                }
            }

            present = false;
            return contexts.Length;
        }

        public static ContextLayout Of(TelemetryContextDescriptor[] contexts) => new ContextLayout(contexts);

        /// <summary>How <paramref name="declaration"/> is sent with these contexts.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public EventWithContext For(TelemetryEventDescriptor declaration)
        {
            var slot = declaration.ContextCacheSlot;
            var events = Volatile.Read(ref _events);
            return (uint)slot < (uint)events.Length && Volatile.Read(ref events[slot]) is { } known ? known : Add(declaration, slot);
        }

        /// <summary>Makes the event's descriptor with these contexts, on its first use, and keeps it in its slot.</summary>
        private EventWithContext Add(TelemetryEventDescriptor declaration, int slot)
        {
            var made = Make(declaration);
            while (true)
            {
                var events = Volatile.Read(ref _events);
                if (slot < events.Length)
                {
                    // Two threads may make the same event at once; either result is right, and both are equal.
                    Volatile.Write(ref events[slot], made);
                    if (ReferenceEquals(Volatile.Read(ref _events), events))
                    {
                        return made;
                    }

                    continue; // the array grew meanwhile: store into the new one too
                }

                var grown = new EventWithContext?[Math.Max(slot + 1, events.Length * 2)];
                Array.Copy(events, grown, events.Length);
                Interlocked.CompareExchange(ref _events, grown, events);
            }
        }

        private EventWithContext Make(TelemetryEventDescriptor declaration)
        {
            HashSet<string>? own = null;
            HashSet<TelemetryFieldDescriptor>? shadowed = null;
            var sent = new List<TelemetryFieldDescriptor>(Fields.Length);
            foreach (var field in Fields)
            {
                own ??= OwnNames(declaration);
                if (own.Contains(field.Name))
                {
                    (shadowed ??= new HashSet<TelemetryFieldDescriptor>()).Add(field);
                    continue;
                }

                sent.Add(field);
            }

            return new EventWithContext(declaration.WithContexts(Contexts, sent.ToArray()), shadowed);
        }

        private static HashSet<string> OwnNames(TelemetryEventDescriptor declaration)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in declaration.Fields)
            {
                names.Add(field.Name);
            }

            return names;
        }

        private static int Compare(TelemetryContextDescriptor a, TelemetryContextDescriptor b)
        {
            var byType = string.CompareOrdinal(a.SourceType, b.SourceType);
            return byType != 0 ? byType : string.CompareOrdinal(a.Assembly, b.Assembly);
        }
    }
}
