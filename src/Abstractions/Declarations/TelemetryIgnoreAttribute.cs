using System;

namespace Governance
{
    /// <summary>
    /// Excludes a public property of a telemetry event or common context from what is sent and from the manifest. On a
    /// public field (which is never sent: fields are not read), it says so on purpose, and GOV016 stays quiet.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class TelemetryIgnoreAttribute : Attribute
    {
    }
}
