namespace Governance
{
    /// <summary>
    /// The field values of one tracked event, written on demand. The runtime implements this on a <c>readonly struct</c>
    /// that holds the event and calls its generated writer, so a sink that reads no fields costs nothing and value-type
    /// fields are never boxed; contexts' generated values implement it too.
    /// </summary>
    public interface ITelemetryFields
    {
        /// <summary>Writes every field, in declaration order, to <paramref name="writer"/>.</summary>
        void WriteTo(TelemetryFieldWriter writer);
    }
}
