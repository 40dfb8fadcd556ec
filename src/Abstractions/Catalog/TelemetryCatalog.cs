using System;
using System.Collections.Generic;
using System.Reflection;

namespace Governance
{
    /// <summary>
    /// Every event declared in the assemblies loaded so far. The generated manifest of each assembly registers itself
    /// when the assembly loads (a module initializer, on .NET 5 and later), so the first-run notice can list what the
    /// whole program collects. Libraries that target netstandard2.0 register by calling <see cref="Register"/>.
    /// </summary>
    public static class TelemetryCatalog
    {
        private static readonly object Gate = new object();
        private static readonly List<Registration> Registrations = new List<Registration>();

        /// <summary>Registers an assembly's declarations; registering the same assembly again has no effect.</summary>
        public static void Register(Assembly assembly, TelemetryProductDescriptor? product, IReadOnlyList<TelemetryEventDescriptor> events)
        {
            if (assembly is null)
            {
                throw new ArgumentNullException(nameof(assembly));
            }

            lock (Gate)
            {
                foreach (var existing in Registrations)
                {
                    if (existing.Assembly == assembly)
                    {
                        return;
                    }
                }

                Registrations.Add(new Registration(assembly, product, events ?? Array.Empty<TelemetryEventDescriptor>()));
            }
        }

        /// <summary>Every registered event, in ordinal order of name.</summary>
        public static IReadOnlyList<TelemetryEventDescriptor> Events
        {
            get
            {
                var events = new List<TelemetryEventDescriptor>();
                lock (Gate)
                {
                    foreach (var registration in Registrations)
                    {
                        events.AddRange(registration.Events);
                    }
                }

                events.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                return events;
            }
        }

        /// <summary>The entry assembly's product declaration, else the first one registered, else null.</summary>
        public static TelemetryProductDescriptor? Product
        {
            get
            {
                var entry = Assembly.GetEntryAssembly();
                lock (Gate)
                {
                    TelemetryProductDescriptor? first = null;
                    foreach (var registration in Registrations)
                    {
                        if (registration.Product is null)
                        {
                            continue;
                        }

                        if (registration.Assembly == entry)
                        {
                            return registration.Product;
                        }

                        first ??= registration.Product;
                    }

                    return first;
                }
            }
        }

        private sealed class Registration
        {
            public Registration(Assembly assembly, TelemetryProductDescriptor? product, IReadOnlyList<TelemetryEventDescriptor> events)
            {
                Assembly = assembly;
                Product = product;
                Events = events;
            }

            public Assembly Assembly { get; }

            public TelemetryProductDescriptor? Product { get; }

            public IReadOnlyList<TelemetryEventDescriptor> Events { get; }
        }
    }
}
