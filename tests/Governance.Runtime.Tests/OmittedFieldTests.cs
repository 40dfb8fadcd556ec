using Governance.OpenTelemetry;
using Governance.Runtime.Tests.HandWritten;
using OpenTelemetry.Logs;

namespace Governance.Runtime.Tests;

/// <summary>
/// <c>OmitWhenNull</c> is decided by generated code, which does not write a null field at all: every sink must cope
/// with an event that writes fewer fields than its descriptor lists, down to none.
/// </summary>
public sealed class OmittedFieldTests
{
    [Fact]
    public void The_in_memory_sink_leaves_an_omitted_field_out_and_keeps_a_written_null()
    {
        var (client, sink) = FieldShapeTests.NewClient();

        client.Track(new ShapedEvent { Note = null });
        client.Track(new ShapedEvent { Note = "kept" });
        client.Send(ShapedEventFields.Descriptor, new NoFields());

        Assert.DoesNotContain("note", sink.Events[0].Fields.Keys);
        Assert.Null(sink.Events[0].Fields["vulnerabilities"]); // not declared OmitWhenNull: sent as null
        Assert.Equal("kept", sink.Events[1].Fields["note"]);
        Assert.Empty(sink.Events[2].Fields);
        Assert.Equal(ShapedEventFields.Fields.Length, sink.Events[2].Descriptor.Fields.Count);
    }

    [Fact]
    public void The_background_sink_replays_exactly_the_fields_written()
    {
        var recorder = new InMemoryTelemetrySink();
        using var background = new BackgroundTelemetrySink(recorder);
        var client = FieldShapeTests.NewClient(background);

        client.Track(new ShapedEvent { Note = null });
        client.Send(ShapedEventFields.Descriptor, new NoFields());
        client.Send(ShapedEventFields.Descriptor, new OneField());
        Assert.True(background.Flush(TimeSpan.FromSeconds(60)));

        Assert.Equal(3, background.Delivered);
        Assert.Equal(ShapedEventFields.Fields.Length - 1, recorder.Events[0].Fields.Count);
        Assert.DoesNotContain("note", recorder.Events[0].Fields.Keys);
        Assert.Empty(recorder.Events[1].Fields);
        Assert.Equal("only", Assert.Single(recorder.Events[2].Fields).Value);
    }

    [Fact]
    public void OpenTelemetry_exports_only_the_fields_written_and_every_policy_attribute()
    {
        var exported = new List<LogRecord>();
        using (var sink = new OpenTelemetryTelemetrySink(export => export.AddInMemoryExporter(exported)))
        {
            var client = FieldShapeTests.NewClient(sink);
            client.Track(new ShapedEvent { Note = null });
            client.Send(ShapedEventFields.Descriptor, new NoFields());
        }

        var first = exported[0].Attributes!.Select(a => a.Key).ToList();
        Assert.DoesNotContain("note", first);
        Assert.Contains("frameworks", first);
        Assert.Equal(
            [TelemetryAttributes.RetentionDays, TelemetryAttributes.Consent, TelemetryAttributes.DataClasses, TelemetryAttributes.Access],
            exported[1].Attributes!.Select(a => a.Key));
    }

    /// <summary>An emitter whose every field was null and left out.</summary>
    private readonly struct NoFields : ITelemetryFields
    {
        public void WriteTo(TelemetryFieldWriter writer)
        {
        }
    }

    /// <summary>An emitter that wrote one field of many.</summary>
    private readonly struct OneField : ITelemetryFields
    {
        public void WriteTo(TelemetryFieldWriter writer) => writer.Write(ShapedEventFields.Fields[5], "only");
    }
}
