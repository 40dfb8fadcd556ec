using System;

namespace Governance
{
    /// <summary>
    /// Marks a method whose result no longer carries the personal data it was given (a hash, a redaction, a
    /// bucketing). The personal-data flow rule (GOV012) treats what comes out of such a method as clean.
    /// <see cref="TelemetryClient.Pseudonymize(string)"/> is one.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class TelemetrySanitizerAttribute : Attribute
    {
    }
}
