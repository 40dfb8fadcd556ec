using Governance.OpenTelemetry;
using Governance.Runtime.Tests.HandWritten;
using OpenTelemetry.Logs;

namespace Governance.Runtime.Tests;

/// <summary>
/// Common contexts at run time: set once, sent with every event that includes them (their fields first, through the
/// same writer), hashed once per key, published whole, and counted in each event's data classes.
/// </summary>
public sealed class ContextTests
{
    private static readonly BuildContext Build = new() { Os = "linux", Cores = 8, Ci = true, Assistants = ["claude"] };

    [Fact]
    public void Every_event_that_includes_the_context_carries_its_fields_first_under_their_wire_names()
    {
        var (client, sink) = FieldShapeTests.NewClient();
        client.Track(new ShadowingEvent { Os = "before" });

        client.SetContext(Build);
        client.Track(new OptOutEvent { DurationMs = 42 });
        client.Track(new ContextFreeEvent { Count = 1 });

        var (before, withContext, withoutContext) = (sink.Events[0], sink.Events[1], sink.Events[2]);
        Assert.Equal(["os"], before.Fields.Keys);
        Assert.Same(ShadowingEventFields.Descriptor, before.Descriptor);

        Assert.Equal("linux", withContext.Fields["os"]);
        Assert.Equal(8, withContext.Fields["cores"]);
        Assert.Equal(true, withContext.Fields["ci"]);
        Assert.Equal(["claude"], Assert.IsAssignableFrom<IReadOnlyList<string>>(withContext.Fields["assistants"]));
        Assert.Equal(42, withContext.Fields["duration_ms"]);

        // The descriptor sinks receive describes the record: the context's fields, then the event's own.
        var descriptor = withContext.Descriptor;
        Assert.Equal(["os", "cores", "ci", "assistants", "duration_ms", "succeeded", "result", "count"], descriptor.Fields.Select(f => f.Name));
        Assert.Same(BuildContext.TelemetryDescriptor, Assert.Single(descriptor.Contexts));
        Assert.Same(OptOutEvent.TelemetryDescriptor, descriptor.WithoutContext);
        Assert.Equal((OptOutEvent.TelemetryDescriptor.Name, OptOutEvent.TelemetryDescriptor.Consent), (descriptor.Name, descriptor.Consent));
        Assert.Equal([DataClass.Technical, DataClass.Interaction], descriptor.DataClasses);
        Assert.Empty(OptOutEvent.TelemetryDescriptor.Contexts);
        Assert.Same(OptOutEvent.TelemetryDescriptor, OptOutEvent.TelemetryDescriptor.WithoutContext);

        // An event whose declaration opts out is sent as declared.
        Assert.Equal(["count"], withoutContext.Fields.Keys);
        Assert.Same(ContextFreeEventFields.Descriptor, withoutContext.Descriptor);
        Assert.False(ContextFreeEventFields.Descriptor.IncludesContext);
        Assert.True(OptOutEvent.TelemetryDescriptor.IncludesContext);
    }

    [Fact]
    public void The_writer_receives_the_context_fields_before_the_events_own()
    {
        var writer = new OrderWriter();
        var client = FieldShapeTests.NewClient(new WritingSink(writer));
        client.SetContext(Build);

        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.Equal(["os", "cores", "ci", "assistants", "duration_ms", "succeeded", "result", "count"], writer.Names);
    }

    [Fact]
    public void The_values_are_those_of_the_moment_the_context_was_set()
    {
        var (client, sink) = FieldShapeTests.NewClient();
        var context = new BuildContext { Os = "linux", Cores = 2, Assistants = ["one"] };
        client.SetContext(context);

        context.Os = "changed";
        context.Assistants = ["changed"];
        client.Track(new OptOutEvent());
        client.SetContext(context);
        client.Track(new OptOutEvent());

        Assert.Equal("linux", sink.Events[0].Fields["os"]);
        Assert.Equal("changed", sink.Events[1].Fields["os"]);
        Assert.Same(sink.Events[0].Descriptor, sink.Events[1].Descriptor); // new values, same contexts: the same descriptor
    }

    [Fact]
    public void Two_contexts_are_sent_together_in_one_order_and_each_can_be_replaced_or_cleared()
    {
        var (first, firstSink) = FieldShapeTests.NewClient();
        var (second, secondSink) = FieldShapeTests.NewClient();
        var machine = new MachineContext { MachineId = "m-1", ProcessorCount = 4 };

        first.SetContext(Build);
        first.SetContext(machine);
        second.SetContext(machine);
        second.SetContext(Build);
        first.Track(new OptOutEvent());
        second.Track(new OptOutEvent());

        // Ordinal by declaring type, whichever was set first.
        string[] both = ["os", "cores", "ci", "assistants", "machine_id", "working_folder", "processor_count", "duration_ms", "succeeded", "result", "count"];
        Assert.Equal(both, firstSink.Events[0].Descriptor.Fields.Select(f => f.Name));
        Assert.Equal(both, secondSink.Events[0].Descriptor.Fields.Select(f => f.Name));
        Assert.Equal([BuildContext.TelemetryDescriptor, MachineContext.TelemetryDescriptor], firstSink.Events[0].Descriptor.Contexts);
        Assert.Equal([DataClass.Technical, DataClass.Interaction, DataClass.Identifier], firstSink.Events[0].Descriptor.DataClasses);

        first.SetContext(new BuildContext { Os = "windows" });
        first.Track(new OptOutEvent());
        Assert.Equal("windows", firstSink.Events[1].Fields["os"]);
        Assert.Equal(4, firstSink.Events[1].Fields["processor_count"]);

        first.ClearContext(BuildContext.TelemetryDescriptor);
        first.Track(new OptOutEvent());
        Assert.DoesNotContain("os", firstSink.Events[2].Fields.Keys);
        Assert.Equal(4, firstSink.Events[2].Fields["processor_count"]);

        first.SetContext((MachineContext?)null); // the generated SetContext clears on null
        first.ClearContext(MachineContext.TelemetryDescriptor); // clearing what is not set does nothing
        first.Track(new OptOutEvent());
        Assert.Same(OptOutEvent.TelemetryDescriptor, firstSink.Events[3].Descriptor);
        Assert.Equal(["count", "duration_ms", "result", "succeeded"], firstSink.Events[3].Fields.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Hashed_context_fields_are_hashed_once_per_key_and_again_after_the_key_changes()
    {
        var store = new InMemoryConsentStore(ConsentRecord.Empty.WithDecision(ConsentState.OptedIn, DateTimeOffset.UtcNow).WithInstallationKey(TelemetryPseudonymizer.CreateKey()));
        var sink = new InMemoryTelemetrySink();
        var client = new TelemetryClient(new TelemetryOptions { Sinks = { sink }, ConsentStore = store, EnvironmentVariableReader = _ => null });
        var values = new MachineContextValues(new MachineContext { MachineId = TelemetryClient.InstallationIdSource, WorkingFolder = "/home/ada/src", ProcessorCount = 4 });
        var hashes = 0;
        client.SetContext(MachineContext.TelemetryDescriptor, pseudonymizer =>
        {
            hashes++;
            return values.Hash(pseudonymizer);
        });
        Assert.Equal(0, hashes); // nothing is hashed until an event carries the context

        for (var i = 0; i < 50; i++)
        {
            client.Track(new OptOutEvent { DurationMs = i });
        }

        Assert.Equal(1, hashes);
        var before = sink.Events[0].Fields;
        Assert.Equal(client.InstallationId, before["machine_id"]);
        Assert.Equal(client.Pseudonymize("/home/ada/src"), before["working_folder"]);
        Assert.Equal(4, before["processor_count"]);
        Assert.All(sink.Events, e => Assert.Equal(before["machine_id"], e.Fields["machine_id"]));

        // Forgetting: the opt-out deletes the key, the opt-in makes another; the context is hashed again, once.
        client.OptOut();
        client.Track(new OptOutEvent());
        client.OptIn();
        client.Track(new OptOutEvent());
        client.Track(new OptOutEvent());

        Assert.Equal(2, hashes);
        Assert.Equal(52, sink.Events.Count);
        var after = sink.Events[50].Fields;
        Assert.NotEqual(before["machine_id"], after["machine_id"]);
        Assert.Equal(client.InstallationId, after["machine_id"]);
        Assert.Equal(client.Pseudonymize("/home/ada/src"), after["working_folder"]);
        Assert.Equal(after["machine_id"], sink.Events[51].Fields["machine_id"]);
    }

    [Fact]
    public void Setting_a_context_with_an_identifier_creates_no_key_until_an_event_is_sent()
    {
        var store = new InMemoryConsentStore();
        var client = new TelemetryClient(new TelemetryOptions { ConsentStore = store, EnvironmentVariableReader = _ => null, Sinks = { new InMemoryTelemetrySink() } });

        client.SetContext(new MachineContext { MachineId = "m-1" });
        client.Track(new OptOutEvent()); // undecided, notice not shown: not sent

        Assert.Null(store.Load()?.InstallationKey);
        Assert.Null(client.InstallationId);
    }

    [Fact]
    public void Hashed_fields_cannot_be_set_without_the_function_that_hashes_them()
    {
        var (client, sink) = FieldShapeTests.NewClient();

        var error = Assert.Throws<ArgumentException>(() => client.SetContext(MachineContext.TelemetryDescriptor, new ContextFreeEventFields(new ContextFreeEvent())));
        Assert.Contains(MachineContext.TelemetryDescriptor.SourceType, error.Message);
        client.Track(new OptOutEvent());
        Assert.Equal(4, Assert.Single(sink.Events).Fields.Count); // nothing was set
    }

    [Fact]
    public void An_event_field_with_a_context_fields_wire_name_is_sent_once_with_the_events_value()
    {
        var sink = new InMemoryTelemetrySink();
        var exported = new List<LogRecord>();
        using (var openTelemetry = new OpenTelemetryTelemetrySink(export => export.AddInMemoryExporter(exported)))
        {
            var client = new TelemetryClient(new TelemetryOptions
            {
                Sinks = { sink, openTelemetry },
                RequireNotice = false,
                ConsentStore = new InMemoryConsentStore(),
                EnvironmentVariableReader = _ => null,
            });
            client.SetContext(Build);
            client.Track(new ShadowingEvent { Os = "the event's own" });
        }

        var recorded = Assert.Single(sink.Events);
        Assert.Equal("the event's own", recorded.Fields["os"]);
        Assert.Equal(["cores", "ci", "assistants", "os"], recorded.Descriptor.Fields.Select(f => f.Name));
        var attributes = Assert.Single(exported).Attributes!.Where(a => a.Key == "os").ToList();
        Assert.Equal("the event's own", Assert.Single(attributes).Value);
    }

    [Fact]
    public void The_context_counts_in_the_data_classes_sinks_and_consent_resolvers_see()
    {
        var exported = new List<LogRecord>();
        var resolver = new RecordingResolver();
        using (var sink = new OpenTelemetryTelemetrySink(export => export.AddInMemoryExporter(exported)))
        {
            var client = new TelemetryClient(new TelemetryOptions
            {
                Sinks = { sink },
                ConsentResolver = resolver,
                PseudonymizationKey = new byte[32],
                ConsentStore = new InMemoryConsentStore(),
                EnvironmentVariableReader = _ => null,
            });
            client.Track(new OptInEvent { Command = "add" });
            client.SetContext(new MachineContext { MachineId = "m-1" });
            client.Track(new OptInEvent { Command = "add" });
            client.Track(new ContextFreeEvent());
        }

        Assert.Equal(3, exported.Count);
        string[] DataClassesOf(LogRecord record) => (string[])record.Attributes!.Single(a => a.Key == TelemetryAttributes.DataClasses).Value!;
        Assert.Equal(["interaction"], DataClassesOf(exported[0]));
        Assert.Equal(["technical", "interaction", "identifier"], DataClassesOf(exported[1]));
        Assert.Equal(["technical"], DataClassesOf(exported[2]));
        Assert.Equal([DataClass.Interaction], resolver.Seen[0].DataClasses);
        Assert.Equal([DataClass.Technical, DataClass.Interaction, DataClass.Identifier], resolver.Seen[1].DataClasses);
        Assert.Same(OptInEvent.TelemetryDescriptor, resolver.Seen[1].WithoutContext);
    }

    [Fact]
    public void The_background_sink_replays_the_context_fields()
    {
        var recorder = new InMemoryTelemetrySink();
        using var background = new BackgroundTelemetrySink(recorder);
        var client = FieldShapeTests.NewClient(background);
        client.SetContext(Build);
        client.SetContext(new MachineContext { MachineId = "m-1", ProcessorCount = 2 });

        client.Track(new OptOutEvent { DurationMs = 3 });
        Assert.True(background.Flush(TimeSpan.FromSeconds(60)));

        var fields = Assert.Single(recorder.Events).Fields;
        string[] expected = ["ci", "cores", "os", "assistants", "machine_id", "working_folder", "processor_count", "count", "duration_ms", "result", "succeeded"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(client.Pseudonymize("m-1"), fields["machine_id"]);
        Assert.Equal(3, fields["duration_ms"]);
    }

    [Fact]
    public void Setting_contexts_while_other_threads_track_never_mixes_two_sets_of_values()
    {
        var (client, sink) = FieldShapeTests.NewClient();
        var contexts = Enumerable.Range(0, 2).Select(i => new BuildContext { Os = "os-" + i, Cores = i, Ci = i == 1, Assistants = ["assistant-" + i] }).ToArray();
        client.SetContext(contexts[0]);

        Parallel.For(0, 4, worker =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                if (worker == 0)
                {
                    client.SetContext(contexts[i % 2]);
                    if (i % 100 == 0)
                    {
                        client.SetContext(new MachineContext { MachineId = "m-" + i });
                        client.ClearContext(MachineContext.TelemetryDescriptor);
                    }
                }
                else
                {
                    client.Track(new OptOutEvent { DurationMs = i });
                }
            }
        });

        Assert.Equal(6_000, sink.Events.Count);
        foreach (var evt in sink.Events)
        {
            var set = (int)evt.Fields["cores"]!;
            Assert.Equal("os-" + set, evt.Fields["os"]);
            Assert.Equal(set == 1, evt.Fields["ci"]);
            Assert.Equal(["assistant-" + set], Assert.IsAssignableFrom<IReadOnlyList<string>>(evt.Fields["assistants"]));
            Assert.Equal(evt.Descriptor.Fields.Select(f => f.Name).Order(StringComparer.Ordinal), evt.Fields.Keys.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Tracking_with_a_context_set_boxes_no_value_type_field()
    {
        var writer = new OrderWriter(recordNames: false);
        var client = FieldShapeTests.NewClient(new WritingSink(writer));
        client.SetContext(new BuildContext { Os = "linux", Cores = 8, Assistants = null! });
        client.SetContext(new MachineContext { MachineId = "m-1", ProcessorCount = 4 });
        var evt = new OptOutEvent { DurationMs = 3, Succeeded = true, Result = SyncResult.Succeeded, Count = 9 };
        client.Track(evt);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            client.Track(evt);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1001 * 11, writer.Count);
    }

    /// <summary>A sink that hands every event to one writer.</summary>
    private sealed class WritingSink(TelemetryFieldWriter writer) : ITelemetrySink
    {
        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields => fields.WriteTo(writer);
    }

    /// <summary>Counts (and can list) the fields it receives, through typed overloads only: a boxed value fails the test.</summary>
    private sealed class OrderWriter(bool recordNames = true) : TelemetryFieldWriter
    {
        public List<string> Names { get; } = [];

        public long Count { get; private set; }

        public override void WriteNull(TelemetryFieldDescriptor field) => Seen(field);

        public override void Write(TelemetryFieldDescriptor field, string? value) => Seen(field);

        public override void Write(TelemetryFieldDescriptor field, bool value) => Seen(field);

        public override void Write(TelemetryFieldDescriptor field, int value) => Seen(field);

        public override void Write(TelemetryFieldDescriptor field, long value) => Seen(field);

        public override void WriteList<T>(TelemetryFieldDescriptor field, IReadOnlyList<T> values) => Seen(field);

        protected override void WriteValue(TelemetryFieldDescriptor field, object? value) => throw new InvalidOperationException("boxed " + field.Name);

        private void Seen(TelemetryFieldDescriptor field)
        {
            Count++;
            if (recordNames)
            {
                Names.Add(field.Name);
            }
        }
    }

    private sealed class RecordingResolver : ITelemetryConsentResolver
    {
        public List<TelemetryEventDescriptor> Seen { get; } = [];

        public ConsentState Resolve(TelemetryEventDescriptor descriptor)
        {
            Seen.Add(descriptor);
            return ConsentState.OptedIn;
        }
    }
}
