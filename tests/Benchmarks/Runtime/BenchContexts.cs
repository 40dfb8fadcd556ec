namespace Governance.Benchmarks.Runtime;

// The common contexts the run-time benchmarks set, and what the generator will emit for them (issue 14), written by
// hand against the runtime contract until the generator emits [TelemetryContext] types: the values are copied when
// the context is set; a context with an identifier is hashed by the client once per key, not per event.

/// <summary>A context of value and string fields, as most products' common properties are.</summary>
public sealed class BenchBuildContext
{
    public string OsPlatform { get; init; } = "";

    public int ProcessorCount { get; init; }

    public bool ContinuousIntegration { get; init; }

    public long StartedAtTicks { get; init; }
}

/// <summary>A context holding an identifier (a machine id, sent as a keyed hash) and two value fields.</summary>
public sealed class BenchMachineContext
{
    public string MachineId { get; init; } = "";

    public int ProcessorCount { get; init; }

    public bool ContinuousIntegration { get; init; }
}

/// <summary>What the generator emits for <see cref="BenchBuildContext"/>.</summary>
internal sealed class BenchBuildContextValues : ITelemetryFields
{
    private static readonly TelemetryFieldDescriptor[] Fields =
    [
        new("os_platform", "OsPlatform", "string", "The operating system family.", DataClass.Technical),
        new("processor_count", "ProcessorCount", "int", "How many processors the machine has.", DataClass.Technical),
        new("continuous_integration", "ContinuousIntegration", "bool", "Whether it runs in a continuous-integration build.", DataClass.Technical),
        new("started_at_ticks", "StartedAtTicks", "long", "When the process started, in ticks.", DataClass.Technical),
    ];

    internal static readonly TelemetryContextDescriptor Descriptor = new("Governance.Benchmarks.Runtime.BenchBuildContext", "Governance.Benchmarks", Fields);

    private readonly string _osPlatform;
    private readonly int _processorCount;
    private readonly bool _continuousIntegration;
    private readonly long _startedAtTicks;

    public BenchBuildContextValues(BenchBuildContext context)
    {
        _osPlatform = context.OsPlatform;
        _processorCount = context.ProcessorCount;
        _continuousIntegration = context.ContinuousIntegration;
        _startedAtTicks = context.StartedAtTicks;
    }

    public void WriteTo(TelemetryFieldWriter writer)
    {
        writer.Write(Fields[0], _osPlatform);
        writer.Write(Fields[1], _processorCount);
        writer.Write(Fields[2], _continuousIntegration);
        writer.Write(Fields[3], _startedAtTicks);
    }
}

/// <summary>What the generator emits for <see cref="BenchMachineContext"/>: raw values, hashed by <see cref="Hash"/>.</summary>
internal sealed class BenchMachineContextValues
{
    private static readonly TelemetryFieldDescriptor[] Fields =
    [
        new("machine_id", "MachineId", "string", "The machine's identifier.", DataClass.Identifier),
        new("processor_count", "ProcessorCount", "int", "How many processors the machine has.", DataClass.Technical),
        new("continuous_integration", "ContinuousIntegration", "bool", "Whether it runs in a continuous-integration build.", DataClass.Technical),
    ];

    internal static readonly TelemetryContextDescriptor Descriptor = new("Governance.Benchmarks.Runtime.BenchMachineContext", "Governance.Benchmarks", Fields);

    private readonly string _machineId;
    private readonly int _processorCount;
    private readonly bool _continuousIntegration;

    public BenchMachineContextValues(BenchMachineContext context)
    {
        _machineId = context.MachineId;
        _processorCount = context.ProcessorCount;
        _continuousIntegration = context.ContinuousIntegration;
    }

    public ITelemetryFields Hash(TelemetryPseudonymizer pseudonymizer) => new Hashed(pseudonymizer.Pseudonymize(_machineId), _processorCount, _continuousIntegration);

    private sealed class Hashed(string? machineId, int processorCount, bool continuousIntegration) : ITelemetryFields
    {
        public void WriteTo(TelemetryFieldWriter writer)
        {
            writer.Write(Fields[0], machineId);
            writer.Write(Fields[1], processorCount);
            writer.Write(Fields[2], continuousIntegration);
        }
    }
}

/// <summary>The generated <c>SetContext</c> methods of the benchmark contexts.</summary>
internal static class BenchContextSetters
{
    public static void SetContext(this TelemetryClient client, BenchBuildContext context) =>
        client.SetContext(BenchBuildContextValues.Descriptor, new BenchBuildContextValues(context));

    public static void SetContext(this TelemetryClient client, BenchMachineContext context) =>
        client.SetContext(BenchMachineContextValues.Descriptor, new BenchMachineContextValues(context).Hash);
}
