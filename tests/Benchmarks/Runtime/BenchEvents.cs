namespace Governance.Benchmarks.Runtime;

// The events the run-time benchmarks send: 0, 2, 6 and 8 fields, declared here so the real generator builds their
// Track methods exactly as it does in a consumer. Value-type fields, one string and one enum (sent by name).

/// <summary>How an operation ended.</summary>
public enum RunOutcome
{
    Completed,
    Cancelled,
    Failed,
}

[TelemetryEvent("bench.runtime.no_fields", Purpose = "Measure what sending an event without fields costs the caller.",
    RetentionDays = 30, Consent = Consent.OptOut, Owner = "bench@example.org")]
public partial record NoFieldsEvent;

[TelemetryEvent("bench.runtime.two_fields", Purpose = "Measure what sending an event with two fields costs the caller.",
    RetentionDays = 30, Consent = Consent.OptOut, Owner = "bench@example.org")]
public partial record TwoFieldsEvent
{
    [TelemetryField("How long the operation took, in milliseconds.")]
    public int DurationMs { get; init; }

    [TelemetryField("Whether the operation finished without an error.")]
    public bool Succeeded { get; init; }
}

[TelemetryEvent("bench.runtime.six_fields", Purpose = "Measure what sending an event with six fields costs the caller.",
    RetentionDays = 30, Consent = Consent.OptOut, Owner = "bench@example.org")]
public partial record SixFieldsEvent
{
    [TelemetryField("The feature area the user was working in, from the fixed list of areas.", DataClass = DataClass.Interaction)]
    public string FeatureArea { get; init; } = "";

    [TelemetryField("How long the operation took, in milliseconds.")]
    public int DurationMs { get; init; }

    [TelemetryField("How many bytes the operation read or wrote.")]
    public long BytesProcessed { get; init; }

    [TelemetryField("Whether the operation finished without an error.")]
    public bool Succeeded { get; init; }

    [TelemetryField("The share of lookups answered from the cache, between zero and one.")]
    public double CacheHitRatio { get; init; }

    [TelemetryField("How the operation ended, from the fixed list of outcomes.")]
    public RunOutcome Outcome { get; init; }
}

[TelemetryEvent("bench.runtime.eight_fields", Purpose = "Measure what sending an event with eight fields costs the caller.",
    RetentionDays = 30, Consent = Consent.OptOut, Owner = "bench@example.org")]
public partial record EightFieldsEvent
{
    [TelemetryField("The feature area the user was working in, from the fixed list of areas.", DataClass = DataClass.Interaction)]
    public string FeatureArea { get; init; } = "";

    [TelemetryField("How long the operation took, in milliseconds.")]
    public int DurationMs { get; init; }

    [TelemetryField("How many bytes the operation read or wrote.")]
    public long BytesProcessed { get; init; }

    [TelemetryField("Whether the operation finished without an error.")]
    public bool Succeeded { get; init; }

    [TelemetryField("The share of lookups answered from the cache, between zero and one.")]
    public double CacheHitRatio { get; init; }

    [TelemetryField("How the operation ended, from the fixed list of outcomes.")]
    public RunOutcome Outcome { get; init; }

    [TelemetryField("When the operation started, in UTC.")]
    public DateTimeOffset StartedAt { get; init; }

    [TelemetryField("How many items the operation touched.", DataClass = DataClass.Interaction)]
    public int ItemCount { get; init; }
}
