using System;

namespace Governance
{
    /// <summary>What the declaration says about one field of an event. Created by generated code.</summary>
    public sealed class TelemetryFieldDescriptor
    {
        /// <summary>Creates a field descriptor. Called by generated code.</summary>
        public TelemetryFieldDescriptor(string name, string propertyName, string type, string description, DataClass dataClass)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            PropertyName = propertyName ?? throw new ArgumentNullException(nameof(propertyName));
            Type = type ?? throw new ArgumentNullException(nameof(type));
            Description = description ?? throw new ArgumentNullException(nameof(description));
            DataClass = dataClass;
        }

        /// <summary>The name the field is sent under (the wire name).</summary>
        public string Name { get; }

        /// <summary>The C# property the value comes from.</summary>
        public string PropertyName { get; }

        /// <summary>The field's type as the manifest shows it, such as <c>int</c> or <c>string?</c>.</summary>
        public string Type { get; }

        /// <summary>What the field contains.</summary>
        public string Description { get; }

        /// <summary>How sensitive the field's content is.</summary>
        public DataClass DataClass { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
