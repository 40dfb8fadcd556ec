// Events with the field shapes of issue 14 (lists, enum-keyed maps, fields left out when null, hashed lists), and what
// the generator will emit for them, written by hand against the runtime contract (/work/coord/contract-14.md) until the
// generator does: the declarations carry no [TelemetryEvent], so the real generator leaves them alone.

namespace Governance.Runtime.Tests.HandWritten;

public enum Severity { Low, Moderate, High, Critical }

/// <summary>Every list element type and a map, as a declaration would hold them.</summary>
public sealed record ShapedEvent
{
    public IReadOnlyList<string> Frameworks { get; init; } = [];

    public int[] Counts { get; init; } = [];

    public IReadOnlyList<SyncResult> Results { get; init; } = [];

    public IReadOnlyDictionary<Severity, int>? Vulnerabilities { get; init; }

    /// <summary>Declared <c>Pseudonymize = true</c>: each element is sent as a keyed hash.</summary>
    public IReadOnlyList<string>? Packages { get; init; }

    /// <summary>Declared <c>OmitWhenNull = true</c>.</summary>
    public string? Note { get; init; }

    public IReadOnlyList<bool> Flags { get; init; } = [];

    public IReadOnlyList<double> Ratios { get; init; } = [];

    public IReadOnlyList<ulong> Sizes { get; init; } = [];

    public IReadOnlyList<decimal> Prices { get; init; } = [];

    public IReadOnlyList<Guid> Ids { get; init; } = [];

    public IReadOnlyList<DateTimeOffset> Times { get; init; } = [];

    public IReadOnlyList<TimeSpan> Durations { get; init; } = [];

    public IReadOnlyDictionary<Severity, string>? Labels { get; init; }
}

/// <summary>An event that declares a field under the wire name of a context field (<c>os</c>).</summary>
public sealed record ShadowingEvent
{
    public string Os { get; init; } = "";
}

/// <summary>An event whose declaration opts out of the common context.</summary>
public sealed record ContextFreeEvent
{
    public int Count { get; init; }
}

/// <summary>What the generator emits for <see cref="ShapedEvent"/>: descriptors and one typed call per field.</summary>
internal readonly struct ShapedEventFields : ITelemetryFields
{
    internal static readonly TelemetryFieldDescriptor[] Fields =
    [
        new("frameworks", "Frameworks", "IReadOnlyList<string>", "Target frameworks.", DataClass.Technical, FieldHashing.None, FieldShape.List, null),
        new("counts", "Counts", "int[]", "Counts.", DataClass.Technical, FieldHashing.None, FieldShape.List, null),
        new("results", "Results", "IReadOnlyList<SyncResult>", "Results by name.", DataClass.Technical, FieldHashing.None, FieldShape.List, null),
        new("vulnerabilities", "Vulnerabilities", "IReadOnlyDictionary<Severity, int>?", "Vulnerabilities by severity.", DataClass.Technical, FieldHashing.None, FieldShape.Map,
            ["Low", "Moderate", "High", "Critical"]),
        new("packages", "Packages", "IReadOnlyList<string>?", "Package ids.", DataClass.Technical, FieldHashing.Keyed, FieldShape.List, null),
        new("note", "Note", "string?", "A note, left out when null.", DataClass.Technical, FieldHashing.None, FieldShape.Scalar, null),
        new("flags", "Flags", "IReadOnlyList<bool>", "Flags.", DataClass.Technical, FieldHashing.None, FieldShape.List, null),
        new("ratios", "Ratios", "IReadOnlyList<double>", "Ratios.", DataClass.Technical, FieldHashing.None, FieldShape.List, null),
        new("sizes", "Sizes", "IReadOnlyList<ulong>", "Sizes.", DataClass.Technical, FieldHashing.None, FieldShape.List, null),
        new("prices", "Prices", "IReadOnlyList<decimal>", "Prices.", DataClass.Technical, FieldHashing.None, FieldShape.List, null),
        new("ids", "Ids", "IReadOnlyList<Guid>", "Ids.", DataClass.Technical, FieldHashing.None, FieldShape.List, null),
        new("times", "Times", "IReadOnlyList<DateTimeOffset>", "Times.", DataClass.Technical, FieldHashing.None, FieldShape.List, null),
        new("durations", "Durations", "IReadOnlyList<TimeSpan>", "Durations.", DataClass.Technical, FieldHashing.None, FieldShape.List, null),
        new("labels", "Labels", "IReadOnlyDictionary<Severity, string>?", "Labels by severity.", DataClass.Technical, FieldHashing.None, FieldShape.Map,
            ["Low", "Moderate", "High", "Critical"]),
    ];

    internal static readonly TelemetryEventDescriptor Descriptor = new(
        name: "test.shaped_event",
        purpose: "Lists, maps and omitted nulls for runtime tests.",
        retentionDays: 30,
        consent: Consent.OptOut,
        access: DataAccess.Team,
        owner: null,
        expires: null,
        sourceType: "Governance.Runtime.Tests.HandWritten.ShapedEvent",
        assembly: "Governance.Runtime.Tests",
        includesContext: true,
        fields: Fields);

    private readonly ShapedEvent _event;
    private readonly TelemetryPseudonymizer _pseudonymizer;

    public ShapedEventFields(ShapedEvent evt, TelemetryPseudonymizer pseudonymizer)
    {
        _event = evt;
        _pseudonymizer = pseudonymizer;
    }

    public void WriteTo(TelemetryFieldWriter writer)
    {
        var frameworks = _event.Frameworks;
        if (frameworks is null)
        {
            writer.WriteNull(Fields[0]);
        }
        else
        {
            writer.WriteList(Fields[0], frameworks);
        }

        var counts = _event.Counts;
        if (counts is null)
        {
            writer.WriteNull(Fields[1]);
        }
        else
        {
            writer.WriteList(Fields[1], counts);
        }

        var results = _event.Results;
        if (results is null)
        {
            writer.WriteNull(Fields[2]);
        }
        else
        {
            // Enum elements go out by member name: one array per event, as the generated code makes it.
            var names = new string[results.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = NameOf0(results[i]);
            }

            writer.WriteList(Fields[2], names);
        }

        var vulnerabilities = _event.Vulnerabilities;
        if (vulnerabilities is null)
        {
            writer.WriteNull(Fields[3]);
        }
        else
        {
            writer.WriteMap(Fields[3], Entries(vulnerabilities));
        }

        var packages = _event.Packages;
        if (packages is null)
        {
            writer.WriteNull(Fields[4]);
        }
        else
        {
            writer.WriteList(Fields[4], _pseudonymizer.PseudonymizeEach(packages));
        }

        // OmitWhenNull: a null value is not written at all.
        if (_event.Note is { } note)
        {
            writer.Write(Fields[5], note);
        }

        writer.WriteList(Fields[6], _event.Flags);
        writer.WriteList(Fields[7], _event.Ratios);
        writer.WriteList(Fields[8], _event.Sizes);
        writer.WriteList(Fields[9], _event.Prices);
        writer.WriteList(Fields[10], _event.Ids);
        writer.WriteList(Fields[11], _event.Times);
        writer.WriteList(Fields[12], _event.Durations);
        if (_event.Labels is { } labels)
        {
            writer.WriteMap(Fields[13], Entries(labels));
        }
        else
        {
            writer.WriteNull(Fields[13]);
        }
    }

    /// <summary>A map's entries in the key enum's declaration order, keys by member name; keys the enum does not declare are not sent.</summary>
    private static KeyValuePair<string, TValue>[] Entries<TValue>(IReadOnlyDictionary<Severity, TValue> map)
    {
        var entries = new List<KeyValuePair<string, TValue>>(map.Count);
        if (map.TryGetValue(Severity.Low, out var low))
        {
            entries.Add(new("Low", low));
        }

        if (map.TryGetValue(Severity.Moderate, out var moderate))
        {
            entries.Add(new("Moderate", moderate));
        }

        if (map.TryGetValue(Severity.High, out var high))
        {
            entries.Add(new("High", high));
        }

        if (map.TryGetValue(Severity.Critical, out var critical))
        {
            entries.Add(new("Critical", critical));
        }

        return entries.ToArray();
    }

    private static string NameOf0(SyncResult value) => value switch
    {
        SyncResult.Succeeded => "Succeeded",
        SyncResult.Failed => "Failed",
        _ => ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

internal readonly struct ShadowingEventFields : ITelemetryFields
{
    internal static readonly TelemetryFieldDescriptor[] Fields =
    [
        new("os", "Os", "string", "The operating system as this event spells it.", DataClass.Technical),
    ];

    internal static readonly TelemetryEventDescriptor Descriptor = new("test.shadowing_event", "An event with a field named like a context field.", 30,
        Consent.OptOut, DataAccess.Team, null, null, "Governance.Runtime.Tests.HandWritten.ShadowingEvent", "Governance.Runtime.Tests", true, Fields);

    private readonly ShadowingEvent _event;

    public ShadowingEventFields(ShadowingEvent evt) => _event = evt;

    public void WriteTo(TelemetryFieldWriter writer) => writer.Write(Fields[0], _event.Os);
}

internal readonly struct ContextFreeEventFields : ITelemetryFields
{
    internal static readonly TelemetryFieldDescriptor[] Fields = [new("count", "Count", "int", "A count.", DataClass.Technical)];

    internal static readonly TelemetryEventDescriptor Descriptor = new("test.context_free_event", "An event that opts out of the common context.", 30,
        Consent.OptOut, DataAccess.Team, null, null, "Governance.Runtime.Tests.HandWritten.ContextFreeEvent", "Governance.Runtime.Tests", includesContext: false, Fields);

    private readonly ContextFreeEvent _event;

    public ContextFreeEventFields(ContextFreeEvent evt) => _event = evt;

    public void WriteTo(TelemetryFieldWriter writer) => writer.Write(Fields[0], _event.Count);
}

/// <summary>The generated <c>Track</c> methods of the hand-written events.</summary>
internal static class HandWrittenTracking
{
    public static void Track(this TelemetryClient client, ShapedEvent evt)
    {
        if (client is null || evt is null || !client.IsEnabled(ShapedEventFields.Descriptor))
        {
            return;
        }

        client.Send(ShapedEventFields.Descriptor, new ShapedEventFields(evt, client.Pseudonymizer));
    }

    public static void Track(this TelemetryClient client, ShadowingEvent evt)
    {
        if (client is null || evt is null || !client.IsEnabled(ShadowingEventFields.Descriptor))
        {
            return;
        }

        client.Send(ShadowingEventFields.Descriptor, new ShadowingEventFields(evt));
    }

    public static void Track(this TelemetryClient client, ContextFreeEvent evt)
    {
        if (client is null || evt is null || !client.IsEnabled(ContextFreeEventFields.Descriptor))
        {
            return;
        }

        client.Send(ContextFreeEventFields.Descriptor, new ContextFreeEventFields(evt));
    }
}
