using System;
using System.Collections.Generic;

namespace Governance
{
    /// <summary>What the declaration says about one field of an event or of a common context. Created by generated code.</summary>
    public sealed class TelemetryFieldDescriptor
    {
        /// <summary>
        /// Creates the descriptor of a scalar field, hashed with the installation's key when it is an
        /// <see cref="DataClass.Identifier"/>.
        /// </summary>
        public TelemetryFieldDescriptor(string name, string propertyName, string type, string description, DataClass dataClass)
            : this(name, propertyName, type, description, dataClass, dataClass == DataClass.Identifier ? FieldHashing.Keyed : FieldHashing.None, FieldShape.Scalar, null)
        {
        }

        /// <summary>Creates a field descriptor. Called by generated code.</summary>
        /// <param name="name">The wire name.</param>
        /// <param name="propertyName">The C# property the value comes from.</param>
        /// <param name="type">The type as the manifest shows it.</param>
        /// <param name="description">What the field contains, as declared.</param>
        /// <param name="dataClass">How sensitive the content is.</param>
        /// <param name="hashing">How generated code hashes the value (and each element of a list) before writing it.</param>
        /// <param name="shape">Scalar, list or map.</param>
        /// <param name="keys">For a map, the member names of its key enum in declaration order (copied); otherwise null or empty.</param>
        public TelemetryFieldDescriptor(
            string name,
            string propertyName,
            string type,
            string description,
            DataClass dataClass,
            FieldHashing hashing,
            FieldShape shape,
            string[]? keys)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            PropertyName = propertyName ?? throw new ArgumentNullException(nameof(propertyName));
            Type = type ?? throw new ArgumentNullException(nameof(type));
            Description = description ?? throw new ArgumentNullException(nameof(description));
            DataClass = dataClass;
            Hashing = hashing;
            Shape = shape;
            Keys = keys is null || keys.Length == 0 ? Array.Empty<string>() : Array.AsReadOnly((string[])keys.Clone());
        }

        /// <summary>The name the field is sent under (the wire name).</summary>
        public string Name { get; }

        /// <summary>The C# property the value comes from.</summary>
        public string PropertyName { get; }

        /// <summary>The field's type as the manifest shows it, such as <c>int</c>, <c>string?</c> or <c>IReadOnlyList&lt;string&gt;</c>.</summary>
        public string Type { get; }

        /// <summary>What the field contains.</summary>
        public string Description { get; }

        /// <summary>How sensitive the field's content is.</summary>
        public DataClass DataClass { get; }

        /// <summary>How the value is hashed before it reaches a sink: sinks receive the hash, never the value.</summary>
        public FieldHashing Hashing { get; }

        /// <summary>Whether the field holds one value, a list or a map.</summary>
        public FieldShape Shape { get; }

        /// <summary>
        /// For a <see cref="FieldShape.Map"/>, every key it can be sent with: the member names of its key enum, in
        /// declaration order, which is also the order its entries are written in. Empty for other shapes.
        /// </summary>
        public IReadOnlyList<string> Keys { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
