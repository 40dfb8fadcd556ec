namespace Governance.Runtime.Tests;

public enum SyncResult { Succeeded, Failed }

[TelemetryEvent("test.opt_out_event", Purpose = "An opt-out event with value-type fields for runtime tests.",
    RetentionDays = 30, Consent = Consent.OptOut)]
public partial record OptOutEvent
{
    [TelemetryField("A duration in milliseconds.")]
    public int DurationMs { get; init; }

    [TelemetryField("Whether the operation succeeded.")]
    public bool Succeeded { get; init; }

    [TelemetryField("The result, sent by name.")]
    public SyncResult Result { get; init; }

    [TelemetryField("An optional count.")]
    public long? Count { get; init; }
}

[TelemetryEvent("test.opt_in_event", Purpose = "An opt-in event with a string field for runtime tests.",
    RetentionDays = 30, Consent = Consent.OptIn)]
public partial record OptInEvent
{
    [TelemetryField("The command that ran.", DataClass = DataClass.Interaction)]
    public string Command { get; init; } = "";

    [TelemetryIgnore]
    public string NotSent { get; init; } = "";
}

[TelemetryEvent("test.struct_event", Purpose = "A struct event, tracked without any allocation when off.",
    RetentionDays = 30, Consent = Consent.OptIn)]
public partial struct StructEvent
{
    [TelemetryField("A value.")]
    public double Value { get; set; }
}

[TelemetryEvent("test.identified_event", Purpose = "An opt-in event with identifier fields, to check pseudonymisation.",
    RetentionDays = 30, Consent = Consent.OptIn)]
public partial record IdentifiedEvent
{
    [TelemetryField("The account's identifier.", DataClass = DataClass.Identifier)]
    public string? AccountId { get; init; }

    [TelemetryField("The device's identifier.", DataClass = DataClass.Identifier)]
    public Guid DeviceId { get; init; }

    [TelemetryField("A plain count, sent as is.")]
    public int Count { get; init; }
}

[TelemetryEvent("test.file_saved", Purpose = "A base event, to check that a derived event is sent as itself.",
    RetentionDays = 30, Consent = Consent.OptOut)]
public partial record FileSaved
{
    [TelemetryField("The file's size in bytes.")]
    public long SizeBytes { get; init; }
}

[TelemetryEvent("test.file_autosaved", Purpose = "A derived event, sent as itself whatever the type of the expression that holds it.",
    RetentionDays = 30, Consent = Consent.OptOut)]
public sealed partial record FileAutosaved : FileSaved
{
    [TelemetryField("Seconds since the last save.")]
    public int SecondsSinceLastSave { get; init; }
}

[TelemetryEvent("test.every_descriptor_form", Purpose = "Covers every form of a generated descriptor, so each is read back and checked.",
    RetentionDays = 7, Consent = Consent.OptOut, Access = DataAccess.Restricted, Owner = "runtime-tests", Expires = "2099-12-31", IncludeContext = false)]
public partial record EveryDescriptorForm
{
    [TelemetryField("Results counted per kind.")]
    public IReadOnlyDictionary<SyncResult, int>? ResultsByKind { get; init; }

    [TelemetryField("Template names, hashed without a key.", HashWithoutKey = true)]
    public string? Template { get; init; }

    [TelemetryField("Profile names, hashed with the installation's key.", Pseudonymize = true)]
    public IReadOnlyList<string>? Profiles { get; init; }
}

[TelemetryEvent("test.read_while_initialising", Purpose = "Reads its own descriptor from a static initialiser, as user code may.",
    RetentionDays = 30, Consent = Consent.OptOut)]
public partial record ReadWhileInitialising
{
    /// <summary>Set while the type initialises: the generated descriptor must be ready by then.</summary>
    public static readonly string NameAtInitialisation = TelemetryDescriptor.Name;

    [TelemetryField("A number.")]
    public int Number { get; init; }
}
