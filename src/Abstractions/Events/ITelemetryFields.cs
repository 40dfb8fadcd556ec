namespace Governance
{
    /// <summary>
    /// The field values of one tracked event, written on demand. Generated emitters implement this on a
    /// <c>readonly struct</c>, so a sink that reads no fields costs nothing and value-type fields are never boxed.
    /// </summary>
    public interface ITelemetryFields
    {
        /// <summary>Writes every field, in declaration order, to <paramref name="writer"/>.</summary>
        void WriteTo(TelemetryFieldWriter writer);
    }
}
