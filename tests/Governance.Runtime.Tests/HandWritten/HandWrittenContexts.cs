// Common contexts ([TelemetryContext] types) and what the generator will emit for them, written by hand against the
// runtime contract (/work/coord/contract-14.md) until the generator does.

namespace Governance.Runtime.Tests.HandWritten;

/// <summary>A context of plain value and string fields, with a list.</summary>
public sealed class BuildContext
{
    public string Os { get; set; } = "";

    public int Cores { get; set; }

    public bool Ci { get; set; }

    public IReadOnlyList<string> Assistants { get; set; } = [];

    /// <summary>The generated context descriptor (<c>BuildContext.TelemetryDescriptor</c>).</summary>
    public static TelemetryContextDescriptor TelemetryDescriptor => BuildContextValues.Descriptor;
}

/// <summary>A context with an identifier and a field declared <c>Pseudonymize = true</c>.</summary>
public sealed class MachineContext
{
    public string? MachineId { get; set; }

    public string? WorkingFolder { get; set; }

    public int ProcessorCount { get; set; }

    public static TelemetryContextDescriptor TelemetryDescriptor => MachineContextValues.Descriptor;
}

/// <summary>
/// What the generator emits for <see cref="BuildContext"/>: the values copied when the context is set (lists into
/// arrays), so later changes to the object never reach events and every event sees one consistent set.
/// </summary>
internal sealed class BuildContextValues : ITelemetryFields
{
    internal static readonly TelemetryFieldDescriptor[] Fields =
    [
        new("os", "Os", "string", "The operating system.", DataClass.Technical),
        new("cores", "Cores", "int", "How many processor cores.", DataClass.Technical),
        new("ci", "Ci", "bool", "Whether it runs in continuous integration.", DataClass.Technical),
        new("assistants", "Assistants", "IReadOnlyList<string>", "Coding assistants detected.", DataClass.Interaction, FieldHashing.None, FieldShape.List, null),
    ];

    internal static readonly TelemetryContextDescriptor Descriptor = new("Governance.Runtime.Tests.HandWritten.BuildContext", "Governance.Runtime.Tests", Fields);

    private readonly string _os;
    private readonly int _cores;
    private readonly bool _ci;
    private readonly string[]? _assistants;

    public BuildContextValues(BuildContext context)
    {
        _os = context.Os;
        _cores = context.Cores;
        _ci = context.Ci;
        _assistants = context.Assistants is { } assistants ? [.. assistants] : null;
    }

    public void WriteTo(TelemetryFieldWriter writer)
    {
        writer.Write(Fields[0], _os);
        writer.Write(Fields[1], _cores);
        writer.Write(Fields[2], _ci);
        if (_assistants is null)
        {
            writer.WriteNull(Fields[3]);
        }
        else
        {
            writer.WriteList(Fields[3], _assistants);
        }
    }
}

/// <summary>
/// What the generator emits for <see cref="MachineContext"/>: the raw values copied when the context is set, and
/// <see cref="Hash"/>, which the client calls once per key to make the values events carry.
/// </summary>
internal sealed class MachineContextValues
{
    internal static readonly TelemetryFieldDescriptor[] Fields =
    [
        new("machine_id", "MachineId", "string?", "The machine's identifier.", DataClass.Identifier),
        new("working_folder", "WorkingFolder", "string?", "The working folder.", DataClass.Technical, FieldHashing.Keyed, FieldShape.Scalar, null),
        new("processor_count", "ProcessorCount", "int", "How many processors.", DataClass.Technical),
    ];

    internal static readonly TelemetryContextDescriptor Descriptor = new("Governance.Runtime.Tests.HandWritten.MachineContext", "Governance.Runtime.Tests", Fields);

    private readonly string? _machineId;
    private readonly string? _workingFolder;
    private readonly int _processorCount;

    public MachineContextValues(MachineContext context)
    {
        _machineId = context.MachineId;
        _workingFolder = context.WorkingFolder;
        _processorCount = context.ProcessorCount;
    }

    public ITelemetryFields Hash(TelemetryPseudonymizer pseudonymizer) =>
        new Hashed(pseudonymizer.Pseudonymize(_machineId), pseudonymizer.Pseudonymize(_workingFolder), _processorCount);

    private sealed class Hashed : ITelemetryFields
    {
        private readonly string? _machineId;
        private readonly string? _workingFolder;
        private readonly int _processorCount;

        public Hashed(string? machineId, string? workingFolder, int processorCount)
        {
            _machineId = machineId;
            _workingFolder = workingFolder;
            _processorCount = processorCount;
        }

        public void WriteTo(TelemetryFieldWriter writer)
        {
            writer.Write(Fields[0], _machineId);
            writer.Write(Fields[1], _workingFolder);
            writer.Write(Fields[2], _processorCount);
        }
    }
}

/// <summary>The generated <c>SetContext</c> methods of the hand-written contexts.</summary>
internal static class HandWrittenContextSetters
{
    public static void SetContext(this TelemetryClient client, BuildContext? context)
    {
        if (client is null)
        {
            return;
        }

        if (context is null)
        {
            client.ClearContext(BuildContextValues.Descriptor);
            return;
        }

        client.SetContext(BuildContextValues.Descriptor, new BuildContextValues(context));
    }

    public static void SetContext(this TelemetryClient client, MachineContext? context)
    {
        if (client is null)
        {
            return;
        }

        if (context is null)
        {
            client.ClearContext(MachineContextValues.Descriptor);
            return;
        }

        client.SetContext(MachineContextValues.Descriptor, new MachineContextValues(context).Hash);
    }
}
