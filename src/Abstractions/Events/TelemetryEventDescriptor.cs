using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace Governance
{
    /// <summary>
    /// What the declaration of an event says: its name, why it is collected, consent, retention, access and fields.
    /// Generated code creates one per event type (<c>MyEvent.TelemetryDescriptor</c>); sinks receive it with every event.
    /// </summary>
    /// <remarks>
    /// When the client has a common context set and the event includes it (<see cref="IncludesContext"/>), sinks receive
    /// a descriptor of the event as sent: the same declaration, with the context's fields first in <see cref="Fields"/>
    /// and its data classes in <see cref="DataClasses"/>; <see cref="Contexts"/> names the contexts and
    /// <see cref="WithoutContext"/> is the generated descriptor. The client creates it once per event and set of contexts.
    /// </remarks>
    public sealed class TelemetryEventDescriptor
    {
        private static int s_lastContextCacheSlot = -1;
        private readonly TelemetryEventDescriptor? _declaration;
        private readonly TelemetryFieldDescriptor[] _fields;
        private int _contextCacheSlot = -1;

        /// <summary>Creates an event descriptor whose declaring assembly is not recorded.</summary>
        public TelemetryEventDescriptor(
            string name,
            string purpose,
            int retentionDays,
            Consent consent,
            DataAccess access,
            string? owner,
            string? expires,
            string sourceType,
            TelemetryFieldDescriptor[] fields)
            : this(name, purpose, retentionDays, consent, access, owner, expires, sourceType, null, fields)
        {
        }

        /// <summary>
        /// Creates the descriptor of an event that includes the common context, with <paramref name="assembly"/> the
        /// simple name of the assembly that declares it (what generated code called before contexts existed).
        /// </summary>
        public TelemetryEventDescriptor(
            string name,
            string purpose,
            int retentionDays,
            Consent consent,
            DataAccess access,
            string? owner,
            string? expires,
            string sourceType,
            string? assembly,
            TelemetryFieldDescriptor[] fields)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Purpose = purpose ?? throw new ArgumentNullException(nameof(purpose));
            RetentionDays = retentionDays;
            Consent = consent;
            Access = access;
            Owner = owner;
            Expires = expires;
            SourceType = sourceType ?? throw new ArgumentNullException(nameof(sourceType));
            Assembly = assembly;
            var copy = (TelemetryFieldDescriptor[])(fields ?? throw new ArgumentNullException(nameof(fields))).Clone();
            _fields = copy;
            Fields = Array.AsReadOnly(copy);
            DataClasses = DistinctDataClasses.Of(copy);
        }

        /// <summary>
        /// Creates an event descriptor. Called by generated code, with <paramref name="assembly"/> the simple name of the
        /// assembly that declares the event and <paramref name="includesContext"/> false when the declaration opts out of
        /// the common context.
        /// </summary>
        public TelemetryEventDescriptor(
            string name,
            string purpose,
            int retentionDays,
            Consent consent,
            DataAccess access,
            string? owner,
            string? expires,
            string sourceType,
            string? assembly,
            bool includesContext,
            TelemetryFieldDescriptor[] fields)
            : this(name, purpose, retentionDays, consent, access, owner, expires, sourceType, assembly, fields)
        {
            IncludesContext = includesContext;
        }

        /// <summary>
        /// Creates the descriptor of a declared event from the compact form the generator writes for it (one string per
        /// event instead of an object creation per field). Called by generated code; use the constructors instead.
        /// </summary>
        /// <exception cref="FormatException"><paramref name="declaration"/> is not of the form the generator writes.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static TelemetryEventDescriptor FromDeclaration(string declaration) => CompactEventDeclaration.Read(declaration);

        /// <summary>
        /// The descriptor of the declared event type <typeparamref name="TEvent"/>, read from <paramref name="declaration"/>
        /// (as <see cref="FromDeclaration(string)"/>) on the first call and the same instance on every later one. Called by
        /// the generated <c>TelemetryDescriptor</c> of each event.
        /// </summary>
        /// <exception cref="FormatException"><paramref name="declaration"/> is not of the form the generator writes.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static TelemetryEventDescriptor FromDeclaration<TEvent>(string declaration) => DeclaredDescriptor<TEvent>.Get(declaration);

        /// <summary>The event as sent with <paramref name="contexts"/>; <paramref name="fields"/> are theirs, then its own.</summary>
        private TelemetryEventDescriptor(TelemetryEventDescriptor declaration, TelemetryContextDescriptor[] contexts, TelemetryFieldDescriptor[] fields)
            : this(declaration.Name, declaration.Purpose, declaration.RetentionDays, declaration.Consent, declaration.Access, declaration.Owner,
                declaration.Expires, declaration.SourceType, declaration.Assembly, fields)
        {
            IncludesContext = declaration.IncludesContext;
            Contexts = Array.AsReadOnly(contexts);
            _declaration = declaration;
        }

        /// <summary>The name the event is sent under.</summary>
        public string Name { get; }

        /// <summary>Why the data is collected.</summary>
        public string Purpose { get; }

        /// <summary>How many days the data is kept after it is received.</summary>
        public int RetentionDays { get; }

        /// <summary>Whether the event needs an opt-in or honours an opt-out.</summary>
        public Consent Consent { get; }

        /// <summary>Who may see the data.</summary>
        public DataAccess Access { get; }

        /// <summary>Who answers for the event, if declared.</summary>
        public string? Owner { get; }

        /// <summary>The date (<c>yyyy-MM-dd</c>) after which the event must no longer be collected, if declared.</summary>
        public string? Expires { get; }

        /// <summary>The fully qualified name of the C# type that declares the event.</summary>
        public string SourceType { get; }

        /// <summary>
        /// The simple name of the assembly that declares the event (an application's catalog lists the events of the
        /// libraries it was compiled against too), or null when the descriptor does not record it.
        /// </summary>
        public string? Assembly { get; }

        /// <summary>
        /// The event's fields in declaration order; in a descriptor with <see cref="Contexts"/>, preceded by the contexts'
        /// fields (less any the event declares under the same wire name: the event's own value is sent).
        /// </summary>
        public IReadOnlyList<TelemetryFieldDescriptor> Fields { get; }

        /// <summary>
        /// The field at <paramref name="index"/> of <see cref="Fields"/>, read without an interface call: what generated
        /// field writers pass to the sink's writer with each value. Call <see cref="Fields"/> instead.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public TelemetryFieldDescriptor FieldAt(int index) => _fields[index];

        /// <summary>
        /// The distinct data classes of <see cref="Fields"/>, least sensitive first; empty when there are none. With
        /// <see cref="Contexts"/>, the contexts' classes are included: an identifier in the context makes every event that
        /// carries it carry one.
        /// </summary>
        public IReadOnlyList<DataClass> DataClasses { get; }

        /// <summary>
        /// Whether the event carries the common context the client sets (<c>client.SetContext(value)</c>): true unless its
        /// declaration opts out.
        /// </summary>
        public bool IncludesContext { get; } = true;

        /// <summary>
        /// The common contexts whose fields start <see cref="Fields"/>, in the order they are written; empty in the
        /// descriptor generated for the declaration.
        /// </summary>
        public IReadOnlyList<TelemetryContextDescriptor> Contexts { get; } = Array.Empty<TelemetryContextDescriptor>();

        /// <summary>The descriptor generated for the declaration, without any context: this one when <see cref="Contexts"/> is empty.</summary>
        public TelemetryEventDescriptor WithoutContext => _declaration ?? this;

        /// <summary>Whether the client adds its contexts: a declaration that includes them (a descriptor with contexts already has them).</summary>
        internal bool ReceivesContext => IncludesContext && _declaration is null;

        /// <summary>
        /// This event's slot in the per-client caches of descriptors with a context (see ContextLayout), assigned on first
        /// use: an array index, so a Track with a context set costs no dictionary lookup.
        /// </summary>
        internal int ContextCacheSlot => _contextCacheSlot >= 0 ? _contextCacheSlot : AssignContextCacheSlot();

        /// <inheritdoc />
        public override string ToString() => Name;

        /// <summary>
        /// This event as sent with <paramref name="contexts"/>: <paramref name="contextFields"/> (their fields, less those this
        /// event declares under the same wire name), then its own; the data classes of both.
        /// </summary>
        internal TelemetryEventDescriptor WithContexts(TelemetryContextDescriptor[] contexts, TelemetryFieldDescriptor[] contextFields) =>
            new TelemetryEventDescriptor(this, contexts, Concat(contextFields, Fields));

        /// <summary>The data classes this event carries when the contexts of <paramref name="contexts"/> are set, if it includes them.</summary>
        internal IReadOnlyList<DataClass> DataClassesWith(IReadOnlyList<TelemetryContextDescriptor> contexts)
        {
            if (!IncludesContext || contexts.Count == 0)
            {
                return DataClasses;
            }

            var values = new List<int>();
            foreach (var dataClass in DataClasses)
            {
                values.Add((int)dataClass);
            }

            foreach (var context in contexts)
            {
                foreach (var dataClass in context.DataClasses)
                {
                    values.Add((int)dataClass);
                }
            }

            return DistinctDataClasses.Of(values);
        }

        private int AssignContextCacheSlot()
        {
            // A stale -1 read above only leads here, where the first assignment wins.
            Interlocked.CompareExchange(ref _contextCacheSlot, Interlocked.Increment(ref s_lastContextCacheSlot), -1);
            return Volatile.Read(ref _contextCacheSlot);
        }

        private static TelemetryFieldDescriptor[] Concat(TelemetryFieldDescriptor[] first, IReadOnlyList<TelemetryFieldDescriptor> second)
        {
            var all = new TelemetryFieldDescriptor[first.Length + second.Count];
            first.CopyTo(all, 0);
            for (var i = 0; i < second.Count; i++)
            {
                all[first.Length + i] = second[i];
            }

            return all;
        }
    }
}
