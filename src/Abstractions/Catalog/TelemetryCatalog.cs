using System;
using System.Collections.Generic;
using System.Reflection;

namespace Governance
{
    /// <summary>
    /// Every event the program can send. An application's generated manifest lists the events of the whole product (its
    /// own and those of every library it was compiled against, read at compile time) and registers them when the
    /// application starts (a module initializer, on .NET 5 and later), so the first-run notice lists library events
    /// before any library type is touched. A library registers its own events too when it loads; an event is listed once
    /// however many registrations name it (by declaring assembly and name). Assemblies that target netstandard2.0 register
    /// by calling <see cref="O:Governance.TelemetryCatalog.Register"/>.
    /// </summary>
    public static class TelemetryCatalog
    {
        private static readonly object Gate = new object();
        private static readonly List<Registration> Registrations = new List<Registration>();
        private static readonly List<ContextRegistration> ContextRegistrations = new List<ContextRegistration>();

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

        /// <summary>
        /// Every registered event once, in ordinal order of name, then of declaring assembly. An event is identified by
        /// its declaring assembly (<see cref="TelemetryEventDescriptor.Assembly"/>, else the assembly that registered it)
        /// and its name; the first registration of it wins.
        /// </summary>
        public static IReadOnlyList<TelemetryEventDescriptor> Events
        {
            get
            {
                var events = new List<TelemetryEventDescriptor>();
                var seen = new HashSet<KeyValuePair<string, string>>();
                lock (Gate)
                {
                    foreach (var registration in Registrations)
                    {
                        foreach (var evt in registration.Events)
                        {
                            if (evt is not null && seen.Add(new KeyValuePair<string, string>(evt.Assembly ?? registration.AssemblyName, evt.Name)))
                            {
                                events.Add(evt);
                            }
                        }
                    }
                }

                events.Sort((a, b) =>
                {
                    var byName = string.CompareOrdinal(a.Name, b.Name);
                    return byName != 0 ? byName : string.CompareOrdinal(a.Assembly, b.Assembly);
                });
                return events;
            }
        }

        /// <summary>
        /// Registers an assembly's declarations with the common contexts (<c>[TelemetryContext]</c> types) of the product
        /// it describes, which the notice and the description describe once, not per event. Registering the same assembly
        /// again has no effect.
        /// </summary>
        public static void Register(
            Assembly assembly,
            TelemetryProductDescriptor? product,
            IReadOnlyList<TelemetryEventDescriptor> events,
            IReadOnlyList<TelemetryContextDescriptor> contexts)
        {
            Register(assembly, product, events);
            lock (Gate)
            {
                foreach (var existing in ContextRegistrations)
                {
                    if (existing.Assembly == assembly)
                    {
                        return;
                    }
                }

                ContextRegistrations.Add(new ContextRegistration(assembly, contexts ?? Array.Empty<TelemetryContextDescriptor>()));
            }
        }

        /// <summary>
        /// Every registered common context once, in ordinal order of declaring type, then of assembly. A context is
        /// identified by its declaring assembly (<see cref="TelemetryContextDescriptor.Assembly"/>, else the assembly that
        /// registered it) and type; the first registration of it wins.
        /// </summary>
        public static IReadOnlyList<TelemetryContextDescriptor> Contexts
        {
            get
            {
                var contexts = new List<TelemetryContextDescriptor>();
                var seen = new HashSet<KeyValuePair<string, string>>();
                lock (Gate)
                {
                    foreach (var registration in ContextRegistrations)
                    {
                        foreach (var context in registration.Contexts)
                        {
                            if (context is not null && seen.Add(new KeyValuePair<string, string>(context.Assembly ?? registration.AssemblyName, context.SourceType)))
                            {
                                contexts.Add(context);
                            }
                        }
                    }
                }

                contexts.Sort((a, b) =>
                {
                    var byType = string.CompareOrdinal(a.SourceType, b.SourceType);
                    return byType != 0 ? byType : string.CompareOrdinal(a.Assembly, b.Assembly);
                });
                return contexts;
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
                AssemblyName = assembly.GetName().Name ?? string.Empty;
            }

            public Assembly Assembly { get; }

            /// <summary>The simple name, which identifies the declaring assembly of events whose descriptor does not record it.</summary>
            public string AssemblyName { get; }

            public TelemetryProductDescriptor? Product { get; }

            public IReadOnlyList<TelemetryEventDescriptor> Events { get; }
        }

        private sealed class ContextRegistration
        {
            public ContextRegistration(Assembly assembly, IReadOnlyList<TelemetryContextDescriptor> contexts)
            {
                Assembly = assembly;
                Contexts = contexts;
                AssemblyName = assembly.GetName().Name ?? string.Empty;
            }

            public Assembly Assembly { get; }

            /// <summary>The simple name, which identifies the declaring assembly of contexts whose descriptor does not record it.</summary>
            public string AssemblyName { get; }

            public IReadOnlyList<TelemetryContextDescriptor> Contexts { get; }
        }
    }
}
