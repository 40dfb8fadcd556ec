using Governance.OpenTelemetry;
using Governance.Runtime.Tests.HandWritten;
using OpenTelemetry.Logs;

namespace Governance.Runtime.Tests;

/// <summary>
/// Lists and enum-keyed maps from the generated emitter (written by hand here, see HandWritten/) to every sink: kept as
/// copies, replayed as they were written, exported as OTLP arrays and one attribute per map key.
/// </summary>
public sealed class FieldShapeTests
{
    private static readonly Guid FirstId = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void Lists_and_maps_are_recorded_as_read_only_copies_keyed_by_member_name()
    {
        var (client, sink) = NewClient();
        var frameworks = new List<string> { "net8.0", "net10.0" };
        var vulnerabilities = new Dictionary<Severity, int> { [Severity.Critical] = 1, [Severity.Low] = 4 };

        client.Track(new ShapedEvent { Frameworks = frameworks, Counts = [3, 5], Results = [SyncResult.Failed, SyncResult.Succeeded], Vulnerabilities = vulnerabilities });
        frameworks.Add("changed after Track");
        vulnerabilities[Severity.High] = 9;

        var fields = Assert.Single(sink.Events).Fields;
        Assert.Equal(["net8.0", "net10.0"], Assert.IsAssignableFrom<IReadOnlyList<string>>(fields["frameworks"]));
        Assert.Equal([3, 5], Assert.IsAssignableFrom<IReadOnlyList<int>>(fields["counts"]));
        Assert.Equal(["Failed", "Succeeded"], Assert.IsAssignableFrom<IReadOnlyList<string>>(fields["results"]));

        // The key enum's declaration order, whatever order the dictionary had.
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, int>>(fields["vulnerabilities"]);
        Assert.Equal([new("Low", 4), new("Critical", 1)], map.ToArray());
        Assert.Equal(4, map["Low"]);
        Assert.False(map.ContainsKey("High"));
        Assert.Throws<KeyNotFoundException>(() => map["High"]);
        Assert.Null(fields["vulnerabilities"] as ICollection<KeyValuePair<string, int>>); // no mutable view of the copy
        Assert.Null(fields["frameworks"] as ICollection<string>);
    }

    [Fact]
    public void A_pseudonymized_list_is_sent_as_one_keyed_hash_per_element()
    {
        var (client, sink) = NewClient();

        client.Track(new ShapedEvent { Packages = ["Newtonsoft.Json", "Contoso.Internal"] });

        var hashes = Assert.IsAssignableFrom<IReadOnlyList<string?>>(Assert.Single(sink.Events).Fields["packages"]);
        Assert.Equal([client.Pseudonymize("Newtonsoft.Json"), client.Pseudonymize("Contoso.Internal")], hashes);
        Assert.All(hashes, h => Assert.Matches("^[0-9a-f]{64}$", h!));
        Assert.Equal(FieldHashing.Keyed, ShapedEventFields.Descriptor.Fields.Single(f => f.Name == "packages").Hashing);
    }

    [Fact]
    public void The_descriptor_says_each_fields_shape_and_a_maps_keys()
    {
        var fields = ShapedEventFields.Descriptor.Fields.ToDictionary(f => f.Name);

        Assert.Equal(FieldShape.List, fields["frameworks"].Shape);
        Assert.Empty(fields["frameworks"].Keys);
        Assert.Equal(FieldShape.Map, fields["vulnerabilities"].Shape);
        Assert.Equal(["Low", "Moderate", "High", "Critical"], fields["vulnerabilities"].Keys);
        Assert.Equal(FieldShape.Scalar, fields["note"].Shape);

        // The constructor older generated code calls: a scalar, hashed exactly when it is an identifier.
        var identifier = new TelemetryFieldDescriptor("id", "Id", "string", "An id.", DataClass.Identifier);
        Assert.Equal((FieldShape.Scalar, FieldHashing.Keyed), (identifier.Shape, identifier.Hashing));
        Assert.Equal(FieldHashing.None, new TelemetryFieldDescriptor("n", "N", "int", "A number.", DataClass.Technical).Hashing);
    }

    [Fact]
    public void A_writer_that_only_implements_WriteValue_receives_copies_of_lists_and_maps()
    {
        var writer = new ValueOnlyWriter();
        var packages = new List<string> { "a" };
        new ShapedEventFields(new ShapedEvent { Frameworks = packages, Vulnerabilities = new Dictionary<Severity, int> { [Severity.High] = 2 } }, new TelemetryPseudonymizer(new byte[32]))
            .WriteTo(writer);
        packages.Add("b");

        Assert.Equal(["a"], Assert.IsAssignableFrom<IReadOnlyList<string>>(writer.Values["frameworks"]));
        Assert.Equal(2, Assert.IsAssignableFrom<IReadOnlyDictionary<string, int>>(writer.Values["vulnerabilities"])["High"]);
    }

    [Fact]
    public void The_background_sink_copies_lists_and_maps_when_the_event_is_tracked()
    {
        using var release = new ManualResetEventSlim();
        var recorder = new InMemoryTelemetrySink();
        var gate = new GateSink(recorder, release);
        using var background = new BackgroundTelemetrySink(gate);
        var client = NewClient(background);
        var frameworks = new List<string> { "net8.0" };
        var counts = new[] { 1, 2 };
        var labels = new Dictionary<Severity, string> { [Severity.Low] = "fine" };

        client.Track(new ShapedEvent { Frameworks = frameworks, Counts = counts, Labels = labels, Results = [SyncResult.Failed], Ids = [FirstId] });

        // The event waits in the background sink until released: change everything the caller still holds first.
        frameworks[0] = "changed";
        frameworks.Add("added");
        counts[0] = 100;
        labels[Severity.Low] = "changed";
        labels[Severity.High] = "added";
        release.Set();
        Assert.True(background.Flush(TimeSpan.FromSeconds(60)));

        var fields = Assert.Single(recorder.Events).Fields;
        Assert.Equal(["net8.0"], Assert.IsAssignableFrom<IReadOnlyList<string>>(fields["frameworks"]));
        Assert.Equal([1, 2], Assert.IsAssignableFrom<IReadOnlyList<int>>(fields["counts"]));
        Assert.Equal([new("Low", "fine")], Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(fields["labels"]).ToArray());
        Assert.Equal(["Failed"], Assert.IsAssignableFrom<IReadOnlyList<string>>(fields["results"]));
        Assert.Equal([FirstId], Assert.IsAssignableFrom<IReadOnlyList<Guid>>(fields["ids"]));
        Assert.Null(fields["vulnerabilities"]);
        Assert.Equal(1, gate.ListsReplayed); // replayed through WriteList, not as a boxed object
    }

    [Fact]
    public void OpenTelemetry_receives_lists_as_typed_arrays_and_maps_as_one_attribute_per_key()
    {
        var exported = new List<LogRecord>();
        using (var sink = new OpenTelemetryTelemetrySink(export => export.AddInMemoryExporter(exported)))
        {
            var client = NewClient(sink);
            client.Track(new ShapedEvent
            {
                Frameworks = ["net8.0", null!],
                Counts = [3, -5],
                Results = [SyncResult.Succeeded],
                Vulnerabilities = new Dictionary<Severity, int> { [Severity.High] = 2, [Severity.Low] = 7 },
                Flags = [true, false],
                Ratios = [0.5, 2],
                Sizes = [1, 2],
                Prices = [1.5m],
                Ids = [FirstId],
                Times = [new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.FromHours(1))],
                Durations = [TimeSpan.FromMinutes(90)],
                Labels = new Dictionary<Severity, string> { [Severity.Critical] = "patch now" },
            });
            client.Track(new ShapedEvent { Sizes = [1, ulong.MaxValue], Counts = [], Labels = new Dictionary<Severity, string>() });
        }

        Assert.Equal(2, exported.Count);
        var attributes = exported[0].Attributes!.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal(new string?[] { "net8.0", null }, Assert.IsType<string?[]>(attributes["frameworks"]));
        Assert.Equal([3L, -5L], Assert.IsType<long[]>(attributes["counts"]));
        Assert.Equal(new string?[] { "Succeeded" }, Assert.IsType<string?[]>(attributes["results"]));
        Assert.Equal([true, false], Assert.IsType<bool[]>(attributes["flags"]));
        Assert.Equal([0.5, 2.0], Assert.IsType<double[]>(attributes["ratios"]));
        Assert.Equal([1L, 2L], Assert.IsType<long[]>(attributes["sizes"]));
        Assert.Equal(new string?[] { "1.5" }, Assert.IsType<string?[]>(attributes["prices"]));
        Assert.Equal(new string?[] { FirstId.ToString("D") }, Assert.IsType<string?[]>(attributes["ids"]));
        Assert.Equal(new string?[] { "2026-11-30T12:00:00.0000000+01:00" }, Assert.IsType<string?[]>(attributes["times"]));
        Assert.Equal(new string?[] { "01:30:00" }, Assert.IsType<string?[]>(attributes["durations"]));

        // A map: one attribute per key present, named <field>.<key>, converted as a scalar of its value type.
        Assert.Equal(7L, attributes["vulnerabilities.Low"]);
        Assert.Equal(2L, attributes["vulnerabilities.High"]);
        Assert.Equal("patch now", attributes["labels.Critical"]);
        Assert.DoesNotContain("vulnerabilities", attributes.Keys);
        Assert.DoesNotContain("vulnerabilities.Moderate", attributes.Keys);
        Assert.Equal(["vulnerabilities.Low", "vulnerabilities.High"], attributes.Keys.Where(k => k.StartsWith("vulnerabilities", StringComparison.Ordinal)));

        var second = exported[1].Attributes!.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal(new string?[] { "1", "18446744073709551615" }, Assert.IsType<string?[]>(second["sizes"])); // one type per array
        Assert.Empty(Assert.IsType<long[]>(second["counts"]));
        Assert.Null(second["vulnerabilities"]); // a null map is a null field, as a null scalar is
        Assert.DoesNotContain(second.Keys, k => k.StartsWith("labels", StringComparison.Ordinal)); // an empty map sends no attribute
    }

    internal static (TelemetryClient Client, InMemoryTelemetrySink Sink) NewClient()
    {
        var sink = new InMemoryTelemetrySink();
        return (NewClient(sink), sink);
    }

    internal static TelemetryClient NewClient(ITelemetrySink sink) => new(new TelemetryOptions
    {
        Sinks = { sink },
        RequireNotice = false,
        PseudonymizationKey = new byte[32],
        ConsentStore = new InMemoryConsentStore(),
        EnvironmentVariableReader = _ => null,
    });

    /// <summary>A writer as a custom sink written before lists and maps existed would have it: one method.</summary>
    private sealed class ValueOnlyWriter : TelemetryFieldWriter
    {
        public Dictionary<string, object?> Values { get; } = [];

        protected override void WriteValue(TelemetryFieldDescriptor field, object? value) => Values[field.Name] = value;
    }

    /// <summary>Holds each event until released, then hands it to the inner sink; counts lists replayed typed.</summary>
    private sealed class GateSink(ITelemetrySink inner, ManualResetEventSlim release) : ITelemetrySink
    {
        public int ListsReplayed { get; private set; }

        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields
        {
            release.Wait();
            var counter = new ListCounter();
            fields.WriteTo(counter);
            ListsReplayed += counter.Lists;
            inner.Write(descriptor, in fields);
        }

        private sealed class ListCounter : TelemetryFieldWriter
        {
            public int Lists { get; private set; }

            public override void WriteList<T>(TelemetryFieldDescriptor field, IReadOnlyList<T> values)
            {
                if (field.Name == "frameworks")
                {
                    Lists++;
                }
            }

            protected override void WriteValue(TelemetryFieldDescriptor field, object? value)
            {
            }
        }
    }
}
