namespace Governance
{
    /// <summary>What a field holds: one value, a list of values, or one value per key of a fixed set.</summary>
    public enum FieldShape
    {
        /// <summary>One value (string, bool, number, date, duration, GUID or enum member name), or null.</summary>
        Scalar,

        /// <summary>
        /// A list of values of one scalar type (<c>IReadOnlyList&lt;T&gt;</c> or <c>T[]</c>), written with
        /// <see cref="TelemetryFieldWriter.WriteList{T}"/>.
        /// </summary>
        List,

        /// <summary>
        /// One value per key, the keys being the members of an enum (<c>IReadOnlyDictionary&lt;TEnum, TValue&gt;</c>),
        /// written with <see cref="TelemetryFieldWriter.WriteMap{TValue}"/>; <see cref="TelemetryFieldDescriptor.Keys"/>
        /// lists the keys that can be sent.
        /// </summary>
        Map,
    }
}
