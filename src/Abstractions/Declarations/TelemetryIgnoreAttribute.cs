using System;

namespace Governance
{
    /// <summary>Excludes a public property of a telemetry event from what is sent and from the manifest.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class TelemetryIgnoreAttribute : Attribute
    {
    }
}
