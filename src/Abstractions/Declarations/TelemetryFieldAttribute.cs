using System;

namespace Governance
{
    /// <summary>Documents a field of a telemetry event: what it contains and how sensitive it is.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class TelemetryFieldAttribute : Attribute
    {
        /// <summary>Documents a field.</summary>
        /// <param name="description">What the field contains, in words a reviewer would understand.</param>
        public TelemetryFieldAttribute(string description)
        {
            Description = description;
        }

        /// <summary>What the field contains.</summary>
        public string Description { get; }

        /// <summary>How sensitive the field's content is. Defaults to <see cref="DataClass.Technical"/>.</summary>
        public DataClass DataClass { get; set; }

        /// <summary>The name the field is sent under; defaults to the property name in snake_case.</summary>
        public string? Name { get; set; }
    }
}
