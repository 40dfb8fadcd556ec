using System;
using System.Collections.Generic;

namespace Governance
{
    /// <summary>
    /// What the declaration of a common context says: the fields sent with every event that includes the context, once
    /// a program sets it (<c>client.SetContext(value)</c>). Generated code creates one per <c>[TelemetryContext]</c> type
    /// (<c>MyContext.TelemetryDescriptor</c>).
    /// </summary>
    /// <remarks>
    /// Sinks see a context's fields as fields of each event that carries them: first in
    /// <see cref="TelemetryEventDescriptor.Fields"/>, first through the writer, under their wire names. An event's data
    /// classes include its context's (<see cref="TelemetryEventDescriptor.DataClasses"/>).
    /// </remarks>
    public sealed class TelemetryContextDescriptor
    {
        /// <summary>Creates a context descriptor. Called by generated code.</summary>
        /// <param name="sourceType">The fully qualified name of the C# type that declares the context.</param>
        /// <param name="assembly">The simple name of the assembly that declares it, or null when not recorded.</param>
        /// <param name="fields">Its fields in declaration order (copied).</param>
        public TelemetryContextDescriptor(string sourceType, string? assembly, TelemetryFieldDescriptor[] fields)
        {
            SourceType = sourceType ?? throw new ArgumentNullException(nameof(sourceType));
            Assembly = assembly;
            var copy = (TelemetryFieldDescriptor[])(fields ?? throw new ArgumentNullException(nameof(fields))).Clone();
            foreach (var field in copy)
            {
                if (field is null)
                {
                    throw new ArgumentException("A context's fields cannot be null.", nameof(fields));
                }
            }

            Fields = Array.AsReadOnly(copy);
            DataClasses = DistinctDataClasses.Of(copy);
            HasKeyedFields = Array.Exists(copy, f => f.Hashing == FieldHashing.Keyed);
        }

        /// <summary>The fully qualified name of the C# type that declares the context.</summary>
        public string SourceType { get; }

        /// <summary>The simple name of the assembly that declares the context, or null when the descriptor does not record it.</summary>
        public string? Assembly { get; }

        /// <summary>The context's fields in declaration order.</summary>
        public IReadOnlyList<TelemetryFieldDescriptor> Fields { get; }

        /// <summary>The distinct data classes of the fields, least sensitive first; empty when the context has no fields.</summary>
        public IReadOnlyList<DataClass> DataClasses { get; }

        /// <summary>Whether a field is hashed with the client's key, so the values must be made again when the key changes.</summary>
        internal bool HasKeyedFields { get; }

        /// <inheritdoc />
        public override string ToString() => SourceType;
    }
}
