namespace Governance.Runtime.Tests;

/// <summary>What the generated emitters deliver, and what they cost.</summary>
public sealed class EmitterTests
{
    [Fact]
    public void Fields_arrive_by_wire_name_with_their_declared_types()
    {
        var (client, sink) = ConsentTests.NewClient();

        client.Track(new OptOutEvent { DurationMs = 42, Succeeded = true, Result = SyncResult.Failed, Count = null });
        client.Track(new OptOutEvent { Count = 7 });

        var first = sink.Events[0].Fields;
        Assert.Equal(new[] { "count", "duration_ms", "result", "succeeded" }, first.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(42, first["duration_ms"]);
        Assert.IsType<int>(first["duration_ms"]);
        Assert.Equal(true, first["succeeded"]);
        Assert.Equal("Failed", first["result"]);
        Assert.Null(first["count"]);
        Assert.Equal(7L, sink.Events[1].Fields["count"]);
    }

    [Fact]
    public void The_descriptor_carries_the_declaration()
    {
        var descriptor = OptInEvent.TelemetryDescriptor;

        Assert.Equal("test.opt_in_event", descriptor.Name);
        Assert.Equal(Consent.OptIn, descriptor.Consent);
        Assert.Equal(30, descriptor.RetentionDays);
        Assert.Equal(DataAccess.Team, descriptor.Access);
        Assert.Equal("Governance.Runtime.Tests.OptInEvent", descriptor.SourceType);
        var field = Assert.Single(descriptor.Fields);
        Assert.Equal(("command", "Command", "string", DataClass.Interaction), (field.Name, field.PropertyName, field.Type, field.DataClass));
        Assert.Equal([DataClass.Interaction], descriptor.DataClasses);
        Assert.Same(descriptor, Governance.Generated.TelemetryManifest.Events.Single(e => e.Name == "test.opt_in_event"));
    }

    [Fact]
    public void The_descriptor_lists_each_data_class_once_least_sensitive_first()
    {
        Assert.Equal([DataClass.Technical, DataClass.Identifier], IdentifiedEvent.TelemetryDescriptor.DataClasses);
        Assert.Equal([DataClass.Technical], OptOutEvent.TelemetryDescriptor.DataClasses);

        var handWritten = new TelemetryEventDescriptor("test.hand_written", "A descriptor built by hand.", 1, Consent.OptIn, DataAccess.Team, null, null, "Test",
        [
            new TelemetryFieldDescriptor("b", "B", "string", "B.", DataClass.Sensitive),
            new TelemetryFieldDescriptor("a", "A", "string", "A.", DataClass.Interaction),
            new TelemetryFieldDescriptor("c", "C", "string", "C.", (DataClass)42),
            new TelemetryFieldDescriptor("d", "D", "string", "D.", DataClass.Sensitive),
        ]);
        Assert.Equal([DataClass.Interaction, DataClass.Sensitive], handWritten.DataClasses); // an undefined value is not a class
        Assert.Empty(new TelemetryEventDescriptor("test.empty", "No fields.", 1, Consent.OptIn, DataAccess.Team, null, null, "Test", []).DataClasses);
    }

    [Fact]
    public void A_sink_that_throws_never_reaches_the_caller_and_is_counted()
    {
        var healthy = new InMemoryTelemetrySink();
        var client = new TelemetryClient(new TelemetryOptions { Sinks = { new ThrowingSink(), healthy }, RequireNotice = false, EnvironmentVariableReader = _ => null });

        client.Track(new OptOutEvent { DurationMs = 1 });
        client.Track(new OptOutEvent { DurationMs = 2 });

        Assert.Equal(2, client.SinkFailures);
        Assert.Equal(2, healthy.Events.Count);
    }

    [Fact]
    public void A_derived_event_is_sent_as_itself_even_when_held_as_its_base_event()
    {
        var (client, sink) = ConsentTests.NewClient();
        FileSaved autosaved = new FileAutosaved { SizeBytes = 10, SecondsSinceLastSave = 30 };

        client.Track(new FileSaved { SizeBytes = 5 });
        client.Track(autosaved);

        Assert.Equal(new[] { "test.file_saved", "test.file_autosaved" }, sink.Events.Select(e => e.Descriptor.Name));
        Assert.Equal(new Dictionary<string, object?> { ["size_bytes"] = 5L }, sink.Events[0].Fields);
        Assert.Equal(new Dictionary<string, object?> { ["size_bytes"] = 10L, ["seconds_since_last_save"] = 30 }, sink.Events[1].Fields);
    }

    [Fact]
    public void A_null_client_or_event_sends_nothing_and_does_not_throw()
    {
        var (client, sink) = ConsentTests.NewClient();
        TelemetryClient? noClient = null;
        OptOutEvent? noEvent = null;

        // Both are annotated as nullable, so neither call needs a test first or draws a nullable warning.
        noClient.Track(new OptOutEvent { DurationMs = 1 });
        client.Track(noEvent);

        Assert.Empty(sink.Events);
    }

    [Fact]
    public void A_switched_off_event_allocates_nothing()
    {
        var (client, _) = ConsentTests.NewClient();
        var evt = new OptInEvent { Command = "add" };
        var structEvent = new StructEvent { Value = 1.5 };
        client.Track(evt);
        client.Track(structEvent);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            client.Track(evt);
            client.Track(structEvent);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Value_type_fields_reach_a_typed_sink_without_boxing()
    {
        var sink = new CountingSink();
        var client = new TelemetryClient(new TelemetryOptions { Sinks = { sink }, RequireNotice = false, EnvironmentVariableReader = _ => null });
        var evt = new OptOutEvent { DurationMs = 3, Succeeded = true, Result = SyncResult.Succeeded, Count = 9 };
        client.Track(evt);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            client.Track(evt);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1001 * 4, sink.FieldsSeen);
    }

    [Fact]
    public void A_struct_event_reaches_a_typed_sink_without_boxing()
    {
        // The event travels to the sink inside the runtime's generic field holder, copied, never boxed.
        var sink = new CountingSink();
        var store = new InMemoryConsentStore(ConsentRecord.Empty.WithDecision(ConsentState.OptedIn, DateTimeOffset.UtcNow));
        var client = new TelemetryClient(new TelemetryOptions { Sinks = { sink }, ConsentStore = store, EnvironmentVariableReader = _ => null });
        var evt = new StructEvent { Value = 2.5 };
        client.Track(evt);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            client.Track(evt);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1001, sink.FieldsSeen);
    }

    private sealed class ThrowingSink : ITelemetrySink
    {
        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields => throw new InvalidOperationException("sink down");
    }

    /// <summary>A sink whose writer overrides the typed overloads, so nothing is boxed on the way.</summary>
    private sealed class CountingSink : ITelemetrySink
    {
        private readonly CountingWriter _writer = new();

        public long FieldsSeen => _writer.Count;

        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields => fields.WriteTo(_writer);

        private sealed class CountingWriter : TelemetryFieldWriter
        {
            public long Count;

            protected override void WriteValue(TelemetryFieldDescriptor field, object? value) => throw new InvalidOperationException("boxed " + field.Name);

            public override void Write(TelemetryFieldDescriptor field, int value) => Count++;

            public override void Write(TelemetryFieldDescriptor field, long value) => Count++;

            public override void Write(TelemetryFieldDescriptor field, bool value) => Count++;

            public override void Write(TelemetryFieldDescriptor field, double value) => Count++;

            public override void Write(TelemetryFieldDescriptor field, string? value) => Count++;

            public override void WriteNull(TelemetryFieldDescriptor field) => Count++;
        }
    }
}
