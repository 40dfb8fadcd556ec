using System;
using System.Collections.Generic;

namespace Governance.Generators
{
    /// <summary>
    /// A value (a struct array, an enum, a flag) carried between pipeline steps as a reference. Roslyn's incremental
    /// pipeline is generic over each step's value type: the runtime compiles that code once for every reference type
    /// but again for each value type and each tuple that holds one, about sixty methods apiece, which every build
    /// without the compiler server pays in JIT time (issue 17). Steps therefore pass classes, <c>Collect</c>'s arrays,
    /// and the tuple shapes the SDK's own generators already use.
    /// </summary>
    internal sealed class PipelineValue<T> : IEquatable<PipelineValue<T>>
    {
        public PipelineValue(T value)
        {
            Value = value;
        }

        public T Value { get; }

        public bool Equals(PipelineValue<T>? other) => other is not null && EqualityComparer<T>.Default.Equals(Value, other.Value);

        public override bool Equals(object? obj) => Equals(obj as PipelineValue<T>);

        public override int GetHashCode() => Value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(Value);
    }

    internal static class PipelineValue
    {
        public static PipelineValue<T> Of<T>(T value) => new PipelineValue<T>(value);
    }
}
