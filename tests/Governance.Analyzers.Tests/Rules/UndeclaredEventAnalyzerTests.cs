using Governance.Analyzers.Rules;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

/// <summary>GOV018: only the generator implements ITelemetryEvent, so nothing reaches client.Track undeclared.</summary>
public sealed class UndeclaredEventAnalyzerTests
{
    private const string Usings = "using Governance;\n";

    [Fact]
    public async Task A_class_a_struct_and_an_interface_that_implement_it_by_hand_are_reported()
    {
        await AnalyzeAsync<UndeclaredEventAnalyzer>(Usings + """
            public sealed class {|#0:Ping|} : ITelemetryEvent
            {
                TelemetryEventDescriptor ITelemetryEvent.Descriptor => null!; void ITelemetryEvent.WriteFields(TelemetryFieldWriter writer, TelemetryClient client) { }
            }

            public struct {|#1:Tick|} : ITelemetryEvent
            {
                public TelemetryEventDescriptor Descriptor => null!; public void WriteFields(TelemetryFieldWriter writer, TelemetryClient client) { }
            }

            public interface {|#2:IQuietEvent|} : ITelemetryEvent
            {
                TelemetryEventDescriptor ITelemetryEvent.Descriptor => null!; void ITelemetryEvent.WriteFields(TelemetryFieldWriter writer, TelemetryClient client) { }
            }
            """,
            expected: [Diagnostic("GOV018").WithLocation(0).WithArguments("Ping"),
                       Diagnostic("GOV018").WithLocation(1).WithArguments("Tick"),
                       Diagnostic("GOV018").WithLocation(2).WithArguments("IQuietEvent")]);
    }

    [Fact]
    public async Task A_type_that_replaces_only_the_descriptor_of_a_declared_event_it_derives_from_is_reported()
    {
        // It inherits the generated field writer but lists the interface again with a descriptor of its own: Track would
        // check consent against that descriptor and send the event under it.
        await AnalyzeAsync<UndeclaredEventAnalyzer>(Usings + """
            [TelemetryEvent("app.saved", Purpose = "Learn how often files are saved, to size the storage.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial class Saved : ITelemetryEvent
            {
                [TelemetryField("Size in bytes.")]
                public long SizeBytes { get; init; }

                // What the generator adds (this test runs the analyzer alone).
                [System.CodeDom.Compiler.GeneratedCode("Governance", "1.0")]
                TelemetryEventDescriptor ITelemetryEvent.Descriptor => null!;

                [System.CodeDom.Compiler.GeneratedCode("Governance", "1.0")]
                void ITelemetryEvent.WriteFields(TelemetryFieldWriter writer, TelemetryClient client) { }
            }

            public sealed class {|#0:Explicit|} : Saved, ITelemetryEvent
            {
                TelemetryEventDescriptor ITelemetryEvent.Descriptor => null!;
            }

            public sealed class {|#1:Implicit|} : Saved, ITelemetryEvent
            {
                public TelemetryEventDescriptor Descriptor => null!;
            }

            public sealed class Inherits : Saved { }
            """,
            expected: [Diagnostic("GOV018").WithLocation(0).WithArguments("Explicit"),
                       Diagnostic("GOV018").WithLocation(1).WithArguments("Implicit")]);
    }

    [Fact]
    public async Task Types_that_only_inherit_an_implementation_or_never_implement_it_are_not_reported()
    {
        // The derived class and the class of the interface with a default implementation inherit theirs (their bases are
        // reported); an interface that only extends ITelemetryEvent implements nothing; a declared event that implements
        // it itself is GOV006's (TelemetryEventAnalyzer), not this rule's.
        await AnalyzeAsync<UndeclaredEventAnalyzer>(Usings + """
            public class {|#0:Ping|} : ITelemetryEvent
            {
                TelemetryEventDescriptor ITelemetryEvent.Descriptor => null!; void ITelemetryEvent.WriteFields(TelemetryFieldWriter writer, TelemetryClient client) { }
            }

            public sealed class LoudPing : Ping { }

            public interface {|#1:IQuietEvent|} : ITelemetryEvent
            {
                TelemetryEventDescriptor ITelemetryEvent.Descriptor => null!; void ITelemetryEvent.WriteFields(TelemetryFieldWriter writer, TelemetryClient client) { }
            }

            public sealed class Quiet : IQuietEvent { }

            public interface IMarker : ITelemetryEvent { }

            [TelemetryEvent("app.saved", Purpose = "Learn how often files are saved, to size the storage.", RetentionDays = 30, Consent = Consent.OptOut)]
            public partial class Saved : ITelemetryEvent
            {
                [TelemetryField("Size in bytes.")]
                public long SizeBytes { get; init; }

                TelemetryEventDescriptor ITelemetryEvent.Descriptor => null!; void ITelemetryEvent.WriteFields(TelemetryFieldWriter writer, TelemetryClient client) { }
            }

            public sealed class Ordinary { }
            """,
            expected: [Diagnostic("GOV018").WithLocation(0).WithArguments("Ping"),
                       Diagnostic("GOV018").WithLocation(1).WithArguments("IQuietEvent")]);
    }
}
