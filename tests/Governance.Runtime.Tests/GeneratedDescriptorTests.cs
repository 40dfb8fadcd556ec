using System.Reflection;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Runtime.Tests;

/// <summary>
/// Generated code declares each event's descriptor in a compact form that the runtime reads; the manifest compiled into
/// the same assembly is written from the same declaration. Every descriptor must say what the manifest says.
/// </summary>
public sealed class GeneratedDescriptorTests
{
    [Fact]
    public void Every_generated_descriptor_says_what_the_manifest_compiled_beside_it_says()
    {
        // The document the build task renders from the compiled manifest.
        var json = CompiledManifest.IndentedJson(typeof(OptInEvent).Assembly.GetCustomAttribute<TelemetryManifestAttribute>()!.Json);
        using var manifest = JsonDocument.Parse(json);
        var entries = manifest.RootElement.GetProperty("events").EnumerateArray().ToList();
        var descriptors = Governance.Generated.TelemetryManifest.Events;

        Assert.Equal(entries.Count, descriptors.Count);
        Assert.Contains(descriptors, d => d.Fields.Any(f => f.Shape == FieldShape.Map && f.Keys.Count > 0)); // every form is covered
        Assert.Contains(descriptors, d => d.Fields.Any(f => f.Hashing == FieldHashing.WithoutKey));
        Assert.Contains(descriptors, d => !d.IncludesContext);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var descriptor = descriptors[i];
            Assert.Equal(entry.GetProperty("name").GetString(), descriptor.Name);
            Assert.Equal(entry.GetProperty("purpose").GetString(), descriptor.Purpose);
            Assert.Equal(entry.GetProperty("retentionDays").GetInt32(), descriptor.RetentionDays);
            Assert.Equal(entry.GetProperty("consent").GetString(), Token(descriptor.Consent));
            Assert.Equal(entry.GetProperty("access").GetString(), Token(descriptor.Access));
            Assert.Equal(entry.GetProperty("owner").GetString(), descriptor.Owner);
            Assert.Equal(entry.GetProperty("expires").GetString(), descriptor.Expires);
            Assert.Equal(entry.GetProperty("sourceType").GetString(), descriptor.SourceType);
            Assert.Equal(entry.GetProperty("assembly").GetString(), descriptor.Assembly);
            Assert.Equal(!entry.TryGetProperty("includesContext", out var includes) || includes.GetBoolean(), descriptor.IncludesContext);
            Assert.Equal(entry.GetProperty("dataClasses").EnumerateArray().Select(c => c.GetString()), descriptor.DataClasses.Select(Token));

            var fields = entry.GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(fields.Count, descriptor.Fields.Count);
            for (var k = 0; k < fields.Count; k++)
            {
                var field = fields[k];
                var fieldDescriptor = descriptor.Fields[k];
                Assert.Same(fieldDescriptor, descriptor.FieldAt(k));
                Assert.Equal(field.GetProperty("name").GetString(), fieldDescriptor.Name);
                Assert.Equal(field.GetProperty("property").GetString(), fieldDescriptor.PropertyName);
                Assert.Equal(field.GetProperty("type").GetString(), fieldDescriptor.Type);
                Assert.Equal(field.GetProperty("description").GetString(), fieldDescriptor.Description);
                Assert.Equal(field.GetProperty("dataClass").GetString(), Token(fieldDescriptor.DataClass));
                Assert.Equal(field.TryGetProperty("hashing", out var hashing) ? hashing.GetString() : "none", Token(fieldDescriptor.Hashing));
                Assert.Equal(field.TryGetProperty("shape", out var shape) ? shape.GetString() : "scalar", Token(fieldDescriptor.Shape));
                Assert.Equal(field.TryGetProperty("keys", out var keys) ? keys.EnumerateArray().Select(key => key.GetString()!) : [], fieldDescriptor.Keys);
            }
        }
    }

    [Fact]
    public void A_descriptor_is_ready_for_the_event_types_own_static_initialisers_and_is_one_instance()
    {
        // The user's part of a partial type may initialise first; the descriptor is read on demand, not by an initialiser.
        Assert.Equal("test.read_while_initialising", ReadWhileInitialising.NameAtInitialisation);
        Assert.Same(ReadWhileInitialising.TelemetryDescriptor, ReadWhileInitialising.TelemetryDescriptor);
        Assert.Same(ReadWhileInitialising.TelemetryDescriptor, ((ITelemetryEvent)new ReadWhileInitialising()).Descriptor);
        Assert.Same(StructEvent.TelemetryDescriptor, ((ITelemetryEvent)default(StructEvent)).Descriptor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("[2,\"a.b\",\"p\",1,1,0,null,null,\"A.B\",null,true,[]]")] // a version this runtime does not know
    [InlineData("[1,\"a.b\",\"p\",1,1,0,null,null,\"A.B\",null,true]")] // no fields
    [InlineData("[1,null,\"p\",1,1,0,null,null,\"A.B\",null,true,[]]")] // no name
    [InlineData("[1,\"a.b\",\"p\",1,1,0,null,null,\"A.B\",null,true,[[\"f\",\"F\",\"int\",\"d\"]]]")] // a field without its data class
    [InlineData("[1,\"a.b\",\"p\",1,1,0,null,null,\"A.B\",null,true,[[\"f\",\"F\",\"int\",\"d\",0,0,2,[1]]]]")] // a key that is not a name
    public void A_declaration_not_written_by_the_generator_is_refused_with_a_format_error(string declaration)
    {
        Assert.Throws<FormatException>(() => TelemetryEventDescriptor.FromDeclaration(declaration));
    }

    private static string Token<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
