using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class FieldTypeRuleTests
{
    private const string OpenKeys = "is keyed by values chosen at run time, so no description can say which keys are sent (an option name or a user's input becomes a field name); "
        + "key it by an enum (IReadOnlyDictionary<TEnum, TValue>), whose members are the keys the manifest lists, or send one event per key";

    private const string Event = """
        using System.Collections.Generic;
        using System.IO;

        [TelemetryEvent("app.sample", Purpose = "Exercise every kind of field type the rule judges.", RetentionDays = 30, Consent = Consent.OptIn)]
        """;

    [Fact]
    public async Task Every_allowed_type_is_accepted()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record Sample
            {
                [TelemetryField("A short label from a fixed list.")] public string? Label { get; init; }
                [TelemetryField("A yes or no.")] public bool Flag { get; init; }
                [TelemetryField("A small number.")] public byte Small { get; init; }
                [TelemetryField("A signed byte.")] public sbyte Signed { get; init; }
                [TelemetryField("A short number.")] public short Short { get; init; }
                [TelemetryField("An unsigned short.")] public ushort UShort { get; init; }
                [TelemetryField("A whole number.")] public int Whole { get; init; }
                [TelemetryField("An unsigned number.")] public uint Unsigned { get; init; }
                [TelemetryField("A long number.")] public long Long { get; init; }
                [TelemetryField("An unsigned long.")] public ulong ULong { get; init; }
                [TelemetryField("A float number.")] public float Single { get; init; }
                [TelemetryField("A double number.")] public double Double { get; init; }
                [TelemetryField("A decimal amount.")] public decimal Amount { get; init; }
                [TelemetryField("A point in time.")] public DateTime When { get; init; }
                [TelemetryField("A point in time with offset.")] public DateTimeOffset WhenWithOffset { get; init; }
                [TelemetryField("A duration of time.")] public TimeSpan Duration { get; init; }
                [TelemetryField("A random identifier.")] public Guid Id { get; init; }
                [TelemetryField("A day of the week.")] public DayOfWeek Day { get; init; }
                [TelemetryField("A maybe number.")] public int? MaybeWhole { get; init; }
                [TelemetryField("A day that may be missing.")] public DayOfWeek? MaybeDay { get; init; }
                [TelemetryField("Labels from a fixed list.")] public IReadOnlyList<string> Labels { get; init; } = [];
                [TelemetryField("Labels that may be missing.")] public IReadOnlyList<string?>? MaybeLabels { get; init; }
                [TelemetryField("Some numbers.")] public int[] Numbers { get; init; } = [];
                [TelemetryField("Some days.")] public IReadOnlyList<DayOfWeek> Days { get; init; } = [];
                [TelemetryField("Some points in time.")] public DateTimeOffset[]? Times { get; init; }
                [TelemetryField("A count for each day.")] public IReadOnlyDictionary<DayOfWeek, int> PerDay { get; init; } = new Dictionary<DayOfWeek, int>();
                [TelemetryField("A label for each day.")] public IReadOnlyDictionary<DayOfWeek, string?>? LabelPerDay { get; init; }
                [TelemetryField("A day for each day.")] public IReadOnlyDictionary<DayOfWeek, DayOfWeek> NextDay { get; init; } = new Dictionary<DayOfWeek, DayOfWeek>();
            }
            """);
    }

    [Theory]
    [InlineData("object", "can hold anything")]
    [InlineData("dynamic", "can hold anything")]
    [InlineData("List<string>", "is not one of the list types a field may have; declare it as IReadOnlyList<string> or string[]")]
    [InlineData("IEnumerable<int>", "is not one of the list types a field may have; declare it as IReadOnlyList<int> or int[]")]
    [InlineData("HashSet<Uri>", "is a collection of unbounded size and content; send a list of values (IReadOnlyList<T> or T[] of strings, numbers, enums...), a count, or a fixed set of fields instead")]
    [InlineData("IReadOnlyList<object>", "is a list of 'object', which can hold anything")]
    [InlineData("IReadOnlyList<int?>", "is a list of 'int?', nullable values; leave missing values out of the list")]
    [InlineData("IReadOnlyList<int[]>", "is a list of 'int[]', which holds collections inside a collection, which cannot be documented as one field; flatten it into separate fields")]
    [InlineData("int[,]", "is a multi-dimensional array; send a list of values (T[] or IReadOnlyList<T>) instead")]
    [InlineData("Dictionary<string, int>", OpenKeys)]
    [InlineData("IReadOnlyDictionary<string, string>", OpenKeys)]
    [InlineData("IReadOnlyDictionary<int, int>", OpenKeys)]
    [InlineData("Dictionary<DayOfWeek, int>", "is not the map type a field may have; declare it as IReadOnlyDictionary<DayOfWeek, int>")]
    [InlineData("IReadOnlyDictionary<DayOfWeek, int?>", "is a map to 'int?', nullable values; leave a key out rather than mapping it to null")]
    [InlineData("IReadOnlyDictionary<DayOfWeek, object>", "is a map to 'object', which can hold anything")]
    [InlineData("Exception", "carries messages, stack traces and file paths that can hold personal data")]
    [InlineData("InvalidOperationException", "carries messages, stack traces and file paths that can hold personal data")]
    [InlineData("Stream", "has unbounded, unknown content")]
    [InlineData("Action", "is code, not data")]
    [InlineData("char", "is a single character; send a string or an enum instead")]
    [InlineData("nint", "has a range that depends on the machine")]
    [InlineData("IDisposable", "can be implemented by anything")]
    [InlineData("Uri", "is a structured type that cannot be documented as one field; flatten it into documented fields")]
    [InlineData("Version", "is a structured type that cannot be documented as one field; flatten it into documented fields")]
    [InlineData("KeyValuePair<string, int>", "is a structured type that cannot be documented as one field; flatten it into documented fields")]
    public async Task Unbounded_types_are_reported_on_the_type_with_the_reason(string type, string reason)
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + $$"""
            public partial record Sample
            {
                [TelemetryField("A value that cannot be described.")] public {|#0:{{type}}?|} Value { get; init; }
            }
            """,
            expected: Diagnostic("GOV004").WithLocation(0).WithMessage($"Field 'Value' of event 'app.sample' has type '{type}?', which {reason}"));
    }
}
