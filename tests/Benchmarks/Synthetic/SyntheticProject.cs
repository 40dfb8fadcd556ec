using System.Globalization;
using System.Text;
using Governance.CodeAnalysis.Baseline;
using Governance.CodeAnalysis.Naming;

namespace Governance.Benchmarks.Synthetic;

/// <summary>One field of a synthetic event, and how its twin logging method uses the same value.</summary>
internal sealed record FieldTemplate(string Property, string Type, string Description, string DataClass, string MessagePart)
{
    /// <summary>The camelCase parameter the workflow method and the logging method take for this field.</summary>
    public string Parameter => char.ToLowerInvariant(Property[0]) + Property[1..];

    public string WireName => WireNames.FromPropertyName(Property);
}

/// <summary>One synthetic event: its declaration, and the logging method with the same parameters.</summary>
internal sealed record SyntheticEvent(
    int Index,
    int Area,
    string Name,
    string TypeName,
    string Purpose,
    int RetentionDays,
    string Consent,
    string Access,
    string Owner,
    IReadOnlyList<FieldTemplate> Fields);

/// <summary>A source file of a synthetic project, with the path it has in a compilation or on disk.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>
/// A synthetic code base of <see cref="EventCount"/> telemetry events, 6-8 documented fields each (string, int, long,
/// bool, double, enums and DateTimeOffset; Technical and Interaction), every event with a purpose, retention, consent,
/// access and owner, and a workflow method per event that sends it. Its twin declares the same number of
/// <c>[LoggerMessage]</c> methods with the same parameters, each used by a realistic message template, and a
/// workflow method per log message. Events are clean under the Governance analyzers given <see cref="BaselineJson"/>.
/// </summary>
internal sealed class SyntheticProject
{
    /// <summary>Events (and log methods) per source file: files hold the events of one feature area.</summary>
    public const int EventsPerFile = 20;

    public const string CommonFileName = "Common.cs";

    /// <summary>The body of the unrelated method every workflow class has (edit (a) of the IDE replay changes it).</summary>
    public const string ChecksumBody = "return seed * 31 + 7;";

    public const string EditedChecksumBody = "return seed * 37 + 11;";

    private static readonly FieldTemplate[] Pool =
    {
        new("FeatureArea", "string", "The feature area the user was working in, from the fixed list of areas.", "Interaction", "in area {FeatureArea}"),
        new("DurationMs", "int", "How long the operation took, in milliseconds.", "Technical", "after {DurationMs} ms"),
        new("BytesProcessed", "long", "How many bytes the operation read or wrote.", "Technical", "processing {BytesProcessed} bytes"),
        new("Succeeded", "bool", "Whether the operation finished without an error.", "Technical", "(succeeded: {Succeeded})"),
        new("CacheHitRatio", "double", "The share of lookups answered from the cache, between zero and one.", "Technical", "with a cache hit ratio of {CacheHitRatio}"),
        new("Outcome", "BenchOutcome", "How the operation ended, from the fixed list of outcomes.", "Technical", "ending as {Outcome}"),
        new("StartedAt", "DateTimeOffset", "When the operation started, in UTC.", "Technical", "started at {StartedAt}"),
        new("ItemCount", "int", "How many items the operation touched.", "Interaction", "touching {ItemCount} items"),
        new("UsedShortcut", "bool", "Whether the user started the action from a keyboard shortcut.", "Interaction", "(shortcut: {UsedShortcut})"),
        new("QueueLength", "long", "How many work items were waiting in the queue when the operation began.", "Technical", "with {QueueLength} items queued"),
        new("CpuLoad", "double", "The average processor load during the operation, between zero and one.", "Technical", "at a processor load of {CpuLoad}"),
        new("Trigger", "BenchTrigger", "What started the operation, from the fixed list of triggers.", "Interaction", "triggered by {Trigger}"),
        new("CompletedAt", "DateTimeOffset", "When the operation completed, in UTC.", "Technical", "completed at {CompletedAt}"),
        new("ThemeChoice", "string", "The colour theme chosen in the settings, from the fixed list of themes.", "Interaction", "using the theme {ThemeChoice}"),
    };

    private static readonly int[] Retentions = { 30, 90, 180, 365 };
    private static readonly string[] Accesses = { "Team", "Team", "Restricted", "Organization" };

    private SyntheticProject(int eventCount, IReadOnlyList<SyntheticEvent> events)
    {
        EventCount = eventCount;
        Events = events;
    }

    public int EventCount { get; }

    public IReadOnlyList<SyntheticEvent> Events { get; }

    public int FileCount => (EventCount + EventsPerFile - 1) / EventsPerFile;

    /// <summary>Total fields (and logging-method parameters) over all events.</summary>
    public int FieldCount => Events.Sum(e => e.Fields.Count);

    public static SyntheticProject Create(int eventCount)
    {
        var events = new List<SyntheticEvent>(eventCount);
        for (var i = 0; i < eventCount; i++)
        {
            events.Add(CreateEvent(i));
        }

        return new SyntheticProject(eventCount, events);
    }

    /// <summary>An event that is not in the project: the one edit (c) of the IDE replay adds to the first file.</summary>
    public SyntheticEvent CreateAddedEvent() => CreateEvent(EventCount) with { Area = 0 };

    private static SyntheticEvent CreateEvent(int i)
    {
        var area = i / EventsPerFile;
        var fieldCount = 6 + (i % 3);
        var start = (i * 5) % Pool.Length;
        var fields = new List<FieldTemplate>(fieldCount);
        for (var j = 0; j < fieldCount; j++)
        {
            fields.Add(Pool[(start + j) % Pool.Length]);
        }

        var number = i.ToString("D5", CultureInfo.InvariantCulture);
        var areaNumber = area.ToString("D3", CultureInfo.InvariantCulture);
        return new SyntheticEvent(
            i,
            area,
            Name: "bench.area_" + areaNumber + ".operation_" + number + "_completed",
            TypeName: "Operation" + number + "Completed",
            Purpose: "Learn how often operation " + i.ToString(CultureInfo.InvariantCulture) + " of area " + area.ToString(CultureInfo.InvariantCulture)
                + " runs and how long it takes, to decide what to improve first.",
            RetentionDays: Retentions[i % Retentions.Length],
            Consent: i % 4 == 3 ? "OptIn" : "OptOut",
            Access: Accesses[i % Accesses.Length],
            Owner: "area-" + areaNumber + "-team@example.org",
            fields);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The Governance project
    // ---------------------------------------------------------------------------------------------------------

    /// <summary>The Governance project's sources: <c>Common.cs</c> and one file per area.</summary>
    public IReadOnlyList<SourceFile> EventSources()
    {
        var files = new List<SourceFile> { new(CommonFileName, CommonSource()) };
        foreach (var area in Events.GroupBy(e => e.Area))
        {
            files.Add(new SourceFile(AreaFileName(area.Key), EventFileSource(area.Key, area.ToList())));
        }

        return files;
    }

    public static string AreaFileName(int area) => "Area" + area.ToString("D3", CultureInfo.InvariantCulture) + ".cs";

    public static string EventFileSource(int area, IReadOnlyList<SyntheticEvent> events)
    {
        var text = new StringBuilder();
        text.Append("// Synthetic benchmark source: the telemetry events of area ").Append(area).Append(" and the code that sends them.\n");
        text.Append("using System;\nusing Governance;\n\n");
        text.Append("namespace Contoso.Bench.").Append(AreaName(area)).Append(";\n\n");
        foreach (var evt in events)
        {
            AppendEventDeclaration(text, evt);
            text.Append('\n');
        }

        var className = AreaName(area) + "Workflows";
        text.Append("/// <summary>The operations of area ").Append(area).Append(", each of which reports that it completed.</summary>\n");
        text.Append("public sealed class ").Append(className).Append("\n{\n");
        text.Append("    private readonly TelemetryClient _client;\n\n");
        text.Append("    public ").Append(className).Append("(TelemetryClient client)\n    {\n        _client = client;\n    }\n\n");
        AppendChecksum(text);
        foreach (var evt in events)
        {
            text.Append("\n    public void Operation").Append(evt.Index.ToString("D5", CultureInfo.InvariantCulture)).Append('(').Append(Parameters(evt)).Append(")\n    {\n");
            text.Append("        _client.Track(new ").Append(evt.TypeName).Append("\n        {\n");
            foreach (var field in evt.Fields)
            {
                text.Append("            ").Append(field.Property).Append(" = ").Append(field.Parameter).Append(",\n");
            }

            text.Append("        });\n    }\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>One declaration, as a developer would write it.</summary>
    public static void AppendEventDeclaration(StringBuilder text, SyntheticEvent evt)
    {
        text.Append("[TelemetryEvent(\"").Append(evt.Name).Append("\",\n");
        text.Append("    Purpose = \"").Append(evt.Purpose).Append("\",\n");
        text.Append("    RetentionDays = ").Append(evt.RetentionDays).Append(", Consent = Consent.").Append(evt.Consent)
            .Append(", Access = DataAccess.").Append(evt.Access).Append(", Owner = \"").Append(evt.Owner).Append("\")]\n");
        text.Append("public partial record ").Append(evt.TypeName).Append("\n{\n");
        for (var i = 0; i < evt.Fields.Count; i++)
        {
            var field = evt.Fields[i];
            if (i > 0)
            {
                text.Append('\n');
            }

            text.Append("    [TelemetryField(\"").Append(field.Description).Append("\", DataClass = DataClass.").Append(field.DataClass).Append(")]\n");
            text.Append("    public required ").Append(field.Type).Append(' ').Append(field.Property).Append(" { get; init; }\n");
        }

        text.Append("}\n");
    }

    private static string CommonSource() =>
        "// Synthetic benchmark source: the enums the events and log messages share.\n"
        + "namespace Contoso.Bench;\n\n"
        + "/// <summary>How an operation ended.</summary>\n"
        + "public enum BenchOutcome\n{\n    Completed,\n    Cancelled,\n    Failed,\n    TimedOut,\n}\n\n"
        + "/// <summary>What started an operation.</summary>\n"
        + "public enum BenchTrigger\n{\n    User,\n    Schedule,\n    Startup,\n    Api,\n}\n";

    // ---------------------------------------------------------------------------------------------------------
    // The [LoggerMessage] twin
    // ---------------------------------------------------------------------------------------------------------

    /// <summary>The twin's sources: <c>Common.cs</c> and one file per area with a log class and its workflows.</summary>
    public IReadOnlyList<SourceFile> LoggingSources()
    {
        var files = new List<SourceFile> { new(CommonFileName, CommonSource()) };
        foreach (var area in Events.GroupBy(e => e.Area))
        {
            files.Add(new SourceFile(AreaFileName(area.Key), LoggingFileSource(area.Key, area.ToList())));
        }

        return files;
    }

    public static string LoggingFileSource(int area, IReadOnlyList<SyntheticEvent> events)
    {
        var text = new StringBuilder();
        var logClass = AreaName(area) + "Log";
        text.Append("// Synthetic benchmark source: the log messages of area ").Append(area).Append(" and the code that writes them.\n");
        text.Append("using System;\nusing Microsoft.Extensions.Logging;\n\n");
        text.Append("namespace Contoso.Bench.").Append(AreaName(area)).Append(";\n\n");
        text.Append("/// <summary>The log messages of area ").Append(area).Append(".</summary>\n");
        text.Append("public static partial class ").Append(logClass).Append("\n{\n");
        for (var i = 0; i < events.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            AppendLogMethod(text, events[i]);
        }

        text.Append("}\n\n");
        var className = AreaName(area) + "Workflows";
        text.Append("/// <summary>The operations of area ").Append(area).Append(", each of which logs that it completed.</summary>\n");
        text.Append("public sealed class ").Append(className).Append("\n{\n");
        text.Append("    private readonly ILogger _logger;\n\n");
        text.Append("    public ").Append(className).Append("(ILogger logger)\n    {\n        _logger = logger;\n    }\n\n");
        AppendChecksum(text);
        foreach (var evt in events)
        {
            text.Append("\n    public void Operation").Append(evt.Index.ToString("D5", CultureInfo.InvariantCulture)).Append('(').Append(Parameters(evt)).Append(")\n    {\n");
            text.Append("        ").Append(logClass).Append('.').Append(evt.TypeName).Append("(_logger");
            foreach (var field in evt.Fields)
            {
                text.Append(", ").Append(field.Parameter);
            }

            text.Append(");\n    }\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>One <c>[LoggerMessage]</c> method whose template uses every parameter.</summary>
    public static void AppendLogMethod(StringBuilder text, SyntheticEvent evt)
    {
        text.Append("    [LoggerMessage(EventId = ").Append(evt.Index).Append(", EventName = \"").Append(evt.Name).Append("\", Level = LogLevel.Information,\n");
        text.Append("        Message = \"").Append(MessageTemplate(evt)).Append("\")]\n");
        text.Append("    public static partial void ").Append(evt.TypeName).Append("(ILogger logger, ").Append(Parameters(evt)).Append(");\n");
    }

    public static string MessageTemplate(SyntheticEvent evt) =>
        "Operation " + evt.Index.ToString(CultureInfo.InvariantCulture) + " of area " + evt.Area.ToString(CultureInfo.InvariantCulture)
        + " completed " + string.Join(", ", evt.Fields.Select(f => f.MessagePart));

    // ---------------------------------------------------------------------------------------------------------
    // The reviewed baseline
    // ---------------------------------------------------------------------------------------------------------

    /// <summary>
    /// <c>telemetry.reviewed.json</c> for these events, written by the Governance baseline model itself
    /// (<see cref="ReviewedBaseline"/>), so the reviewed-baseline rule compares every event and reports nothing.
    /// </summary>
    public string BaselineJson()
    {
        var events = Events.Select(e => new ReviewedEvent(
            e.Name,
            e.Purpose,
            e.RetentionDays,
            e.Consent == "OptIn" ? "optIn" : "optOut",
            e.Access switch { "Restricted" => "restricted", "Organization" => "organization", "Public" => "public", _ => "team" },
            e.Fields.Select(f => new ReviewedField(f.WireName, f.Property, f.DataClass == "Interaction" ? "interaction" : "technical")).ToList()))
            .ToList();
        return new ReviewedBaseline(events).Write();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static string AreaName(int area) => "Area" + area.ToString("D3", CultureInfo.InvariantCulture);

    private static string Parameters(SyntheticEvent evt) => string.Join(", ", evt.Fields.Select(f => f.Type + " " + f.Parameter));

    private static void AppendChecksum(StringBuilder text)
    {
        text.Append("    /// <summary>Work that has nothing to do with telemetry.</summary>\n");
        text.Append("    public int Checksum(int seed)\n    {\n        ").Append(ChecksumBody).Append("\n    }\n");
    }
}
