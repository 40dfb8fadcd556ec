using System;

namespace Governance.CodeAnalysis.Model
{
    /// <summary>The members the generator adds to an event type (see <see cref="GeneratedNames"/>), as a set.</summary>
    [Flags]
    internal enum GeneratedMembers
    {
        None = 0,

        /// <summary>The <c>TelemetryDescriptor</c> property.</summary>
        Descriptor = 1,

        /// <summary>The nested <c>TelemetryFieldValues</c> struct.</summary>
        FieldValues = 2,
    }
}
