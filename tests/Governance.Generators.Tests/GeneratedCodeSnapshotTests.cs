using Microsoft.CodeAnalysis;
using Governance.Generators.Tests.Infrastructure;

namespace Governance.Generators.Tests;

/// <summary>
/// Baselines of generated code for every shape of declaration the generator supports. Each case must also compile
/// without a single warning, with nullable analysis on and every warning wave enabled.
/// </summary>
public sealed class GeneratedCodeSnapshotTests
{
    [Fact]
    public void Record_in_block_namespace()
    {
        Check(nameof(Record_in_block_namespace), """
            using Governance;

            namespace Contoso.Cli
            {
                public enum CommandOutcome { Succeeded, Failed, Cancelled }

                [TelemetryEvent("cli.command_run",
                    Purpose = "Learn which commands are used so the team can prioritise work.",
                    RetentionDays = 90, Consent = Consent.OptOut, Access = DataAccess.Team,
                    Owner = "cli-team@example.org", Expires = "2027-06-30")]
                public partial record CommandRun
                {
                    [TelemetryField("Name of the command, from the fixed list of commands.", DataClass = DataClass.Interaction)]
                    public required string Command { get; init; }

                    [TelemetryField("Wall time in milliseconds.", DataClass = DataClass.Technical)]
                    public required int DurationMs { get; init; }

                    [TelemetryField("How the command ended.")]
                    public CommandOutcome Outcome { get; init; }

                    [TelemetryIgnore]
                    public string? LocalNote { get; init; }
                }
            }
            """);
    }

    [Fact]
    public void Class_in_file_scoped_namespace()
    {
        Check(nameof(Class_in_file_scoped_namespace), """
            using Governance;

            namespace Contoso.Sync;

            [TelemetryEvent("sync.completed", Purpose = "Measure how long synchronisation takes for capacity planning.",
                RetentionDays = 30, Consent = Consent.OptIn)]
            public sealed partial class SyncCompleted
            {
                [TelemetryField("Number of items synchronised.")]
                public long ItemCount { get; set; }

                [TelemetryField("Whether the run was started by the user rather than on a schedule.", DataClass = DataClass.Interaction, Name = "manual")]
                public bool StartedByUser { get; set; }

                public int NotAField;

                internal string InternalProperty { get; set; } = "";

                public static string StaticProperty { get; set; } = "";
            }
            """);
    }

    [Fact]
    public void Struct_and_record_struct()
    {
        Check(nameof(Struct_and_record_struct), """
            using System;
            using Governance;

            namespace Contoso.Editor;

            [TelemetryEvent("editor.file_opened", Purpose = "Learn which file sizes the editor must handle well.",
                RetentionDays = 60, Consent = Consent.OptOut)]
            public partial struct FileOpened
            {
                [TelemetryField("Size of the file in bytes, rounded to the kibibyte.")]
                public long SizeBytes { get; set; }
            }

            [TelemetryEvent("editor.session_ended", Purpose = "Understand how long editing sessions last.",
                RetentionDays = 60, Consent = Consent.OptOut)]
            public readonly partial record struct SessionEnded(
                [property: TelemetryField("How long the session lasted.")] TimeSpan Duration,
                [property: TelemetryField("Number of files opened during the session.")] int FilesOpened);
            """);
    }

    [Fact]
    public void Nested_in_partial_types_and_internal()
    {
        Check(nameof(Nested_in_partial_types_and_internal), """
            using Governance;

            namespace Contoso.Service;

            public static partial class Telemetry
            {
                internal partial struct Http
                {
                    [TelemetryEvent("service.request_failed", Purpose = "Find the endpoints that fail most often.",
                        RetentionDays = 14, Consent = Consent.OptOut, Access = DataAccess.Restricted)]
                    internal partial record RequestFailed
                    {
                        [TelemetryField("HTTP status code returned to the client.")]
                        public int StatusCode { get; init; }
                    }
                }
            }
            """);
    }

    [Fact]
    public void Global_namespace_and_keyword_names()
    {
        Check(nameof(Global_namespace_and_keyword_names), """
            using Governance;

            public enum Kind { @class, @namespace, plain }

            [TelemetryEvent("app.keyword_names", Purpose = "Prove that names which are C# keywords survive generation.",
                RetentionDays = 7, Consent = Consent.OptIn)]
            public partial class KeywordNames
            {
                [TelemetryField("A property named like a keyword.")]
                public string @class { get; set; } = "";

                [TelemetryField("An enum with members named like keywords.")]
                public Kind @event { get; set; }

                [TelemetryField("A contextual keyword as a name.")]
                public int @var { get; set; }
            }
            """);
    }

    [Fact]
    public void Every_supported_field_type_nullable_and_not()
    {
        Check(nameof(Every_supported_field_type_nullable_and_not), """
            using System;
            using Governance;

            namespace Contoso.Types;

            public enum Level : byte { Low = 1, High = 2, Highest = 2 }

            [Flags]
            public enum Features : ulong { None = 0, Sync = 1, Share = 2, Huge = 0x8000000000000000 }

            [TelemetryEvent("types.everything", Purpose = "Cover every field type the generator accepts.",
                RetentionDays = 1, Consent = Consent.OptIn)]
            public partial record Everything
            {
                [TelemetryField("text")] public string Text { get; init; } = "";
                [TelemetryField("maybe text")] public string? MaybeText { get; init; }
                [TelemetryField("flag")] public bool Flag { get; init; }
                [TelemetryField("maybe flag")] public bool? MaybeFlag { get; init; }
                [TelemetryField("byte")] public byte Byte { get; init; }
                [TelemetryField("sbyte")] public sbyte SByte { get; init; }
                [TelemetryField("short")] public short Short { get; init; }
                [TelemetryField("ushort")] public ushort UShort { get; init; }
                [TelemetryField("int")] public int Int { get; init; }
                [TelemetryField("uint")] public uint UInt { get; init; }
                [TelemetryField("long")] public long Long { get; init; }
                [TelemetryField("ulong")] public ulong ULong { get; init; }
                [TelemetryField("float")] public float Float { get; init; }
                [TelemetryField("double")] public double Double { get; init; }
                [TelemetryField("decimal")] public decimal Decimal { get; init; }
                [TelemetryField("maybe decimal")] public decimal? MaybeDecimal { get; init; }
                [TelemetryField("date time")] public DateTime DateTime { get; init; }
                [TelemetryField("date time offset")] public DateTimeOffset DateTimeOffset { get; init; }
                [TelemetryField("maybe date time offset")] public DateTimeOffset? MaybeDateTimeOffset { get; init; }
                [TelemetryField("time span")] public TimeSpan TimeSpan { get; init; }
                [TelemetryField("guid")] public Guid Guid { get; init; }
                [TelemetryField("maybe guid")] public Guid? MaybeGuid { get; init; }
                [TelemetryField("level")] public Level Level { get; init; }
                [TelemetryField("maybe level")] public Level? MaybeLevel { get; init; }
                [TelemetryField("features")] public Features Features { get; init; }
            }
            """);
    }

    [Fact]
    public void Product_declaration_and_identifier_fields()
    {
        Check(nameof(Product_declaration_and_identifier_fields), """
            using System;
            using Governance;

            [assembly: TelemetryProduct("Contoso Sync", DataController = "Contoso Ltd, 1 Main Street", PrivacyContact = "privacy@contoso.example",
                PrivacyPolicyUrl = "https://contoso.example/privacy", SecurityContact = "security@contoso.example")]

            namespace Contoso.Accounts;

            public enum Plan { Free, Team }

            [TelemetryEvent("accounts.signed_in", Purpose = "Count distinct accounts that sign in, to plan capacity.",
                RetentionDays = 90, Consent = Consent.OptIn)]
            public partial record SignedIn
            {
                [TelemetryField("The account's identifier.", DataClass = DataClass.Identifier)] public string AccountId { get; init; } = "";
                [TelemetryField("The device's identifier, if known.", DataClass = DataClass.Identifier)] public Guid? DeviceId { get; init; }
                [TelemetryField("The account's numeric tenant.", DataClass = DataClass.Identifier)] public long TenantId { get; init; }
                [TelemetryField("The plan, used as a grouping key.", DataClass = DataClass.Identifier)] public Plan Plan { get; init; }
                [TelemetryField("Whether single sign-on was used.")] public bool SingleSignOn { get; init; }
            }
            """);
    }

    [Fact]
    public void Nested_event_and_underscore_event_that_used_to_collide()
    {
        Check(nameof(Nested_event_and_underscore_event_that_used_to_collide), """
            using Governance;

            namespace Contoso.Jobs;

            public static partial class Outer
            {
                [TelemetryEvent("jobs.nested", Purpose = "Count jobs declared by a nested event type.", RetentionDays = 30, Consent = Consent.OptOut)]
                public partial record Inner
                {
                    [TelemetryField("Number of jobs.")]
                    public int Jobs { get; init; }
                }
            }

            [TelemetryEvent("jobs.joined", Purpose = "Count jobs declared by a type whose name joins two names.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record Outer_Inner
            {
                [TelemetryField("Number of jobs.")]
                public int Jobs { get; init; }
            }
            """);
    }

    [Fact]
    public void Keyword_and_Unicode_names()
    {
        Check(nameof(Keyword_and_Unicode_names), """
            using Governance;

            namespace Contoso.@event.Größe;

            public enum Maß { Klein, @default }

            public partial class @class
            {
                [TelemetryEvent("app.unicode_names", Purpose = "Prove that keyword and Unicode names survive generation.",
                    RetentionDays = 7, Consent = Consent.OptIn)]
                public partial record Événement
                {
                    [TelemetryField("A property named like a keyword.")]
                    public long @long { get; init; }

                    [TelemetryField("A property with a Unicode name.")]
                    public Maß Größe { get; init; }
                }
            }

            [TelemetryEvent("app.keyword_type", Purpose = "Prove that an event type named like a keyword is generated.",
                RetentionDays = 7, Consent = Consent.OptIn)]
            public partial struct @struct
            {
                [TelemetryField("A number.")]
                public int Value { get; init; }
            }
            """);
    }

    [Fact]
    public void Internal_and_public_events_in_one_namespace()
    {
        Check(nameof(Internal_and_public_events_in_one_namespace), """
            using Governance;

            namespace Contoso.Mixed;

            [TelemetryEvent("mixed.public", Purpose = "An event other assemblies may send too.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record PublicEvent
            {
                [TelemetryField("A number.")]
                public int Value { get; init; }
            }

            [TelemetryEvent("mixed.internal", Purpose = "An event only this assembly sends.", RetentionDays = 30, Consent = Consent.OptOut)]
            internal partial record InternalEvent
            {
                [TelemetryField("A number.")]
                public int Value { get; init; }
            }
            """);
    }

    [Fact]
    public void Derived_event()
    {
        Check(nameof(Derived_event), """
            using Governance;

            namespace Contoso.Files;

            [TelemetryEvent("files.saved", Purpose = "Learn how large saved files are.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record FileSaved
            {
                [TelemetryField("Size in bytes.")]
                public long SizeBytes { get; init; }
            }

            [TelemetryEvent("files.autosaved", Purpose = "Learn how large automatically saved files are.", RetentionDays = 30, Consent = Consent.OptOut)]
            public sealed partial record FileAutosaved : FileSaved
            {
                [TelemetryField("Seconds since the last save.")]
                public int SecondsSinceLastSave { get; init; }
            }
            """);
    }

    [Fact]
    public void Application_with_a_library_that_carries_its_dependencys_events()
    {
        // Contoso.Storage ← Contoso.Sync ← the application: the application's manifest lists all three assemblies'
        // events and creates the libraries' descriptors from their manifests (the internal one included).
        var storage = GeneratorHarness.BuildLibrary("Contoso.Storage", [], """
            using Governance;
            namespace Contoso.Storage;
            [TelemetryEvent("storage.compacted", Purpose = "Learn how much space compaction recovers, to tune its schedule.", RetentionDays = 60, Consent = Consent.OptOut, Access = DataAccess.Restricted)]
            internal partial record Compacted
            {
                [TelemetryField("Bytes recovered by the compaction.")] public long BytesRecovered { get; init; }
            }
            """);
        var sync = GeneratorHarness.BuildLibrary("Contoso.Sync", [storage], """
            using Governance;
            namespace Contoso.Sync;
            public enum SyncTrigger { Manual, Scheduled }
            public enum SyncTier { Free, Paid }
            [TelemetryContext]
            public partial record SyncContext
            {
                [TelemetryField("Version of the sync engine.")] public string EngineVersion { get; init; } = "";
                [TelemetryField("The account's identifier.", DataClass = DataClass.Identifier)] public string AccountId { get; init; } = "";
                [TelemetryField("Number of items waiting, by tier.", OmitWhenNull = true)] public System.Collections.Generic.IReadOnlyDictionary<SyncTier, int>? Pending { get; init; }
            }
            [TelemetryEvent("sync.finished", Purpose = "Measure how long synchronisation takes to size the sync service.", RetentionDays = 30, Consent = Consent.OptOut, Owner = "sync@contoso.example")]
            public partial record SyncFinished
            {
                [TelemetryField("How long the synchronisation took, in milliseconds.")] public long? DurationMs { get; init; }
                [TelemetryField("What started the synchronisation.", DataClass = DataClass.Interaction)] public SyncTrigger Trigger { get; init; }
                [TelemetryField("The device that synchronised.", DataClass = DataClass.Identifier)] public string DeviceId { get; init; } = "";
            }
            """);

        Check(nameof(Application_with_a_library_that_carries_its_dependencys_events), """
            using Governance;

            [assembly: TelemetryProduct("Contoso Notes", PrivacyContact = "privacy@contoso.example")]

            namespace Contoso.Notes;

            [TelemetryEvent("notes.started", Purpose = "Count how often the app starts to size the servers.", RetentionDays = 90, Consent = Consent.OptOut)]
            public partial record Started
            {
                [TelemetryField("Whether this is the first start after installation.")] public bool FirstRun { get; init; }
            }
            """, sync);
    }

    [Fact]
    public void Contexts_lists_maps_omitted_nulls_and_pseudonymized_fields()
    {
        Check(nameof(Contexts_lists_maps_omitted_nulls_and_pseudonymized_fields), """
            using System;
            using System.Collections.Generic;
            using Governance;

            namespace Contoso.Build;

            public enum Channel { Stable, Preview }
            public enum Severity { Low, Moderate, High, Critical, Worst = Critical }

            [TelemetryContext]
            public partial record BuildContext
            {
                [TelemetryField("Operating system, such as Linux.")] public string Os { get; init; } = "";
                [TelemetryField("Number of processors.")] public int ProcessorCount { get; init; }
                [TelemetryField("Whether it runs in continuous integration, when known.", OmitWhenNull = true)] public bool? Ci { get; init; }
                [TelemetryField("Release channel of the tool.")] public Channel Channel { get; init; }
                [TelemetryField("Release channel it updates to, when set.")] public Channel? NextChannel { get; init; }
                [TelemetryField("Coding assistants detected.", OmitWhenNull = true)] public IReadOnlyList<string>? Assistants { get; init; }
                [TelemetryField("Channels installed side by side.")] public Channel[] Installed { get; init; } = [];
                [TelemetryField("Known problems, by severity.")] public IReadOnlyDictionary<Severity, int>? Problems { get; init; }
                [TelemetryField("Random identifier of this run.", DataClass = DataClass.Identifier)] public string SessionId { get; init; } = "";
                [TelemetryField("Folder the tool runs in, which can hold the user's name.", Pseudonymize = true)] public string? WorkingFolder { get; init; }
                [TelemetryField("Identifiers of the workspaces open.", DataClass = DataClass.Identifier)] public IReadOnlyList<Guid> Workspaces { get; init; } = [];
                [TelemetryField("Names of the projects open.", Pseudonymize = true, OmitWhenNull = true)] public IReadOnlyList<string>? Projects { get; init; }
            }

            [TelemetryContext]
            public partial record struct MachineContext
            {
                [TelemetryField("Processor architecture, such as x64.")] public string Architecture { get; init; }
                [TelemetryField("Memory in megabytes.")] public long MemoryMb { get; init; }
            }

            [TelemetryEvent("build/finished", Purpose = "Learn how long builds take and why they fail, to fix slow and failing builds.",
                RetentionDays = 30, Consent = Consent.OptOut)]
            public partial record BuildFinished
            {
                [TelemetryField("Target frameworks built.")] public IReadOnlyList<string> Frameworks { get; init; } = [];
                [TelemetryField("Exit codes of the build steps.")] public int[] ExitCodes { get; init; } = [];
                [TelemetryField("Channels the projects target.")] public IReadOnlyList<Channel> Channels { get; init; } = [];
                [TelemetryField("Warnings, by severity.", OmitWhenNull = true)] public IReadOnlyDictionary<Severity, int>? Warnings { get; init; }
                [TelemetryField("Slowest channel, by severity.")] public IReadOnlyDictionary<Severity, Channel> SlowestBySeverity { get; init; } = new Dictionary<Severity, Channel>();
                [TelemetryField("Name of the solution file, when there is one.", Pseudonymize = true, OmitWhenNull = true)] public string? Solution { get; init; }
                [TelemetryField("Ids of the packages restored.", Pseudonymize = true)] public IReadOnlyList<string> Packages { get; init; } = [];
                [TelemetryField("Error message category, when the build failed.", OmitWhenNull = true)] public string? Failure { get; init; }
                [TelemetryField("Build time in milliseconds, when measured.", OmitWhenNull = true)] public double? DurationMs { get; init; }
                [TelemetryField("Cache hits, when the cache was used.")] public int? CacheHits { get; init; }
            }

            [TelemetryEvent("build/installed", Purpose = "Count installations of the build tool per installer, to know which installers to keep.",
                RetentionDays = 30, Consent = Consent.OptOut, IncludeContext = false)]
            public partial record Installed
            {
                [TelemetryField("Installer that ran.")] public string Installer { get; init; } = "";
            }
            """);
    }

    private static void Check(string caseName, string source, params MetadataReference[] references)
    {
        var compilation = references.Length == 0
            ? GeneratorHarness.Compile(source)
            : GeneratorHarness.CompileAssembly("Consumer", references, GeneratorHarness.ParseOptions, ("/src/File0.cs", source));
        var outcome = GeneratorHarness.Run(compilation).AssertClean();
        Snapshot.Verify(caseName, Snapshot.WithManifestDocuments(outcome.Sources));
    }
}
