using System;

namespace Governance.CodeAnalysis.Model
{
    /// <summary>The members the generator adds to an event or context type (see <see cref="GeneratedNames"/>), as a set.</summary>
    [Flags]
    internal enum GeneratedMembers
    {
        None = 0,

        /// <summary>The <c>TelemetryDescriptor</c> property.</summary>
        Descriptor = 1,

        /// <summary>The nested <c>TelemetryContextValues</c> class of a context.</summary>
        ContextValues = 2,
    }
}
