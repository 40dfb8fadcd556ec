using System;

namespace Governance
{
    /// <summary>
    /// Documents a field of a telemetry event or common context: what it contains, how sensitive it is, and how it is
    /// sent. A field holds one value (a string, bool, number, enum, date, duration or GUID), a list of such values
    /// (<c>IReadOnlyList&lt;T&gt;</c> or <c>T[]</c>), or one value per member of an enum
    /// (<c>IReadOnlyDictionary&lt;TEnum, TValue&gt;</c>).
    /// </summary>
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

        /// <summary>
        /// Leaves the field out of the event when its value is null, instead of sending it as null. Has no effect on a
        /// type that cannot be null.
        /// </summary>
        public bool OmitWhenNull { get; set; }

        /// <summary>
        /// Sends the value (each element of a list) as the keyed hash that <see cref="DataClass.Identifier"/> fields get
        /// (HMAC-SHA256 under the installation's key, 64 hex characters), never as written, whatever its data class: for
        /// values such as paths or package names that must be recognisable when equal but not readable. The manifest and
        /// the privacy document say the field is sent hashed. Only for strings, GUIDs and whole numbers of 32 or 64 bits,
        /// and lists of them; <see cref="DataClass.Identifier"/> fields are hashed without it.
        /// </summary>
        public bool Pseudonymize { get; set; }
    }
}
