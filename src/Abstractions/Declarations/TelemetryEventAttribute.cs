using System;

namespace Governance
{
    /// <summary>
    /// Declares a telemetry event: the type's public instance properties are its fields, and the named properties
    /// answer the questions a privacy review asks before anything is collected.
    /// The type must be <c>partial</c>; the Governance generator adds a typed <c>client.Track(evt)</c> emitter.
    /// </summary>
    /// <example>
    /// <code>
    /// [TelemetryEvent("cli.command_run", Purpose = "Learn which commands are used to prioritise work.",
    ///     RetentionDays = 90, Consent = Consent.OptOut)]
    /// public partial record CommandRun { ... }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class TelemetryEventAttribute : Attribute
    {
        /// <summary>Declares an event with the name it is sent under.</summary>
        /// <param name="name">
        /// Lower-case, dot-separated snake_case segments, for example <c>cli.command_run</c>, unless
        /// <c>governance.event_name_pattern</c> accepts another form.
        /// </param>
        public TelemetryEventAttribute(string name)
        {
            Name = name;
        }

        /// <summary>The name the event is sent under.</summary>
        public string Name { get; }

        /// <summary>Why the data is collected, in words a user would understand. Required.</summary>
        public string? Purpose { get; set; }

        /// <summary>How many days the data is kept after it is received. Required.</summary>
        public int RetentionDays { get; set; }

        /// <summary>Whether the user must opt in before the event is sent, or can opt out. Required.</summary>
        public Consent Consent { get; set; }

        /// <summary>Who may see the data. Defaults to <see cref="DataAccess.Team"/>.</summary>
        public DataAccess Access { get; set; } = DataAccess.Team;

        /// <summary>The team or person answerable for this event, such as an e-mail address.</summary>
        public string? Owner { get; set; }

        /// <summary>The date (<c>yyyy-MM-dd</c>) after which the event must no longer be collected.</summary>
        public string? Expires { get; set; }

        /// <summary>
        /// Whether the event carries the common context (<see cref="TelemetryContextAttribute"/>) that a client sets.
        /// Defaults to <c>true</c>; <c>false</c> sends the event with its own fields only, for an event that must keep
        /// a shape of its own (one that spells a context field differently, or must not carry the context's identifiers).
        /// </summary>
        public bool IncludeContext { get; set; } = true;
    }
}
