using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Governance.CodeAnalysis.Model;
using Governance.Generators.Tests.Infrastructure;

namespace Governance.Generators.Tests;

/// <summary>
/// The generated names can never collide and <c>Track</c> reaches every event wherever the runtime is: events whose
/// names used to map to one class, callers in other namespaces, internal and public events together, derived events,
/// and an application and its libraries each with public events. Every case compiles without a single warning.
/// </summary>
public sealed class GeneratedNameTests
{
    private const string Attribute = "Purpose = \"Check that generated names never collide.\", RetentionDays = 7, Consent = Consent.OptOut";

    [Fact]
    public void A_nested_event_and_a_top_level_event_of_the_joined_name_compile_side_by_side()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile($$"""
            using Governance;
            namespace App;
            public partial class Outer
            {
                [TelemetryEvent("app.nested", {{Attribute}})]
                public partial record Inner { [TelemetryField("A number.")] public int Number { get; init; } }
            }

            [TelemetryEvent("app.joined", {{Attribute}})]
            public partial record Outer_Inner { [TelemetryField("A number.")] public int Number { get; init; } }
            """, """
            using Governance;
            namespace Caller;
            public static class Calls
            {
                public static void Send(TelemetryClient client)
                {
                    client.Track(new App.Outer.Inner { Number = 1 });
                    client.Track(new App.Outer_Inner { Number = 2 });
                }
            }
            """)).AssertClean();

        Assert.Contains("Governance.App.Outer+Inner.g.cs", outcome.Sources.Keys);
        Assert.Contains("Governance.App.Outer_005FInner.g.cs", outcome.Sources.Keys);
        Assert.Single(outcome.Output.GetTypeByMetadataName("App.Outer+Inner")!.GetMembers(GeneratedNames.DescriptorPropertyName));
        Assert.Single(outcome.Output.GetTypeByMetadataName("App.Outer_Inner")!.GetMembers(GeneratedNames.DescriptorPropertyName));
    }

    [Fact]
    public void Track_is_found_from_any_namespace_that_imports_Governance()
    {
        GeneratorHarness.Run(GeneratorHarness.Compile($$"""
            using Governance;
            namespace Contoso.Events
            {
                [TelemetryEvent("app.plain", {{Attribute}})]
                public partial record Plain { [TelemetryField("A number.")] public int Number { get; init; } }

                public static partial class Telemetry
                {
                    [TelemetryEvent("app.nested", {{Attribute}})]
                    internal partial struct Nested { [TelemetryField("A number.")] public int Number { get; init; } }
                }
            }
            """, """
            using Governance;
            using Contoso.Events;
            namespace Contoso.Application
            {
                public static class Calls
                {
                    public static void Send(TelemetryClient client)
                    {
                        client.Track(new Plain { Number = 1 });
                        client.Track(new Telemetry.Nested { Number = 2 });
                    }
                }
            }
            """, """
            using Governance;
            using Evt = Contoso.Events.Plain;
            public static class GlobalCaller
            {
                public static void Send(TelemetryClient client) => client.Track(new Evt { Number = 3 });
            }
            """, """
            namespace Governance.Tools
            {
                public static class CallerInsideGovernance
                {
                    public static void Send(TelemetryClient client) => client.Track(new global::Contoso.Events.Plain { Number = 4 });
                }
            }
            """)).AssertClean();
    }

    [Fact]
    public void Internal_and_public_events_implement_the_event_interface_explicitly_and_add_no_Track_of_their_own()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile($$"""
            using Governance;
            namespace App;
            [TelemetryEvent("app.public", {{Attribute}})]
            public partial record PublicEvent { [TelemetryField("A number.")] public int Number { get; init; } }

            [TelemetryEvent("app.internal", {{Attribute}})]
            internal partial record InternalEvent { [TelemetryField("A number.")] public int Number { get; init; } }

            internal static class Calls
            {
                public static void Send(TelemetryClient client)
                {
                    client.Track(new PublicEvent { Number = 1 });
                    client.Track(new InternalEvent { Number = 2 });
                }
            }
            """)).AssertClean();

        // One generic Track in the runtime, not an overload per event that every call would weigh.
        Assert.Null(outcome.Output.GetTypeByMetadataName("Governance.TelemetryTracking_Consumer"));
        var eventInterface = outcome.Output.GetTypeByMetadataName("Governance.ITelemetryEvent")!;
        foreach (var name in new[] { "App.PublicEvent", "App.InternalEvent" })
        {
            var type = outcome.Output.GetTypeByMetadataName(name)!;
            Assert.Contains(eventInterface, type.Interfaces, SymbolEqualityComparer.Default);
            var implementation = (IMethodSymbol)type.FindImplementationForInterfaceMember(eventInterface.GetMembers(GeneratedNames.WriteFieldsMethodName).Single())!;
            Assert.Equal(MethodKind.ExplicitInterfaceImplementation, implementation.MethodKind);
            Assert.Equal(type, implementation.ContainingType, SymbolEqualityComparer.Default);
            var descriptor = (IPropertySymbol)type.FindImplementationForInterfaceMember(eventInterface.GetMembers(GeneratedNames.EventDescriptorMemberName).Single())!;
            Assert.Single(descriptor.ExplicitInterfaceImplementations);
            Assert.Equal(type, descriptor.ContainingType, SymbolEqualityComparer.Default);
        }

        Assert.Equal(new[] { ("PublicEvent", "Governance.TelemetryTracking"), ("InternalEvent", "Governance.TelemetryTracking") }, TrackTargets(outcome.Output, "/src/File0.cs"));
    }

    [Fact]
    public void Libraries_and_an_application_with_public_events_compile_together_and_each_Track_reaches_its_own_event()
    {
        // Two libraries whose names escape alike and the application declare public events in the same namespace: each
        // call goes to the runtime's one Track, and each event carries its own implementation from its own assembly.
        var first = EmitLibrary("Contoso.Sync", "lib.sync_finished", "SyncFinished");
        var second = EmitLibrary("Contoso_Sync", "lib.sync_started", "SyncStarted");
        var application = GeneratorHarness.CompileAssembly("App", [first, second], GeneratorHarness.ParseOptions, ("/src/App.cs", $$"""
            using Governance;
            using Shared.Events;
            namespace Shared.Events
            {
                [TelemetryEvent("app.started", {{Attribute}})]
                public partial record AppStarted { [TelemetryField("A number.")] public int Number { get; init; } }
            }

            namespace App
            {
                public static class Calls
                {
                    public static void Send(TelemetryClient client)
                    {
                        client.Track(new SyncFinished { Number = 1 });
                        client.Track(new SyncStarted { Number = 2 });
                        client.Track(new AppStarted { Number = 3 });
                    }
                }
            }
            """));

        var outcome = GeneratorHarness.Run(application).AssertClean();

        Assert.Equal(
            new[] { ("SyncFinished", "Governance.TelemetryTracking"), ("SyncStarted", "Governance.TelemetryTracking"), ("AppStarted", "Governance.TelemetryTracking") },
            TrackTargets(outcome.Output, "/src/App.cs"));
        var eventInterface = outcome.Output.GetTypeByMetadataName("Governance.ITelemetryEvent")!;
        var writeFields = eventInterface.GetMembers(GeneratedNames.WriteFieldsMethodName).Single();
        var implementedIn = new[] { "Shared.Events.SyncFinished", "Shared.Events.SyncStarted", "Shared.Events.AppStarted" }
            .Select(name => outcome.Output.GetTypeByMetadataName(name)!.FindImplementationForInterfaceMember(writeFields)!.ContainingAssembly.Name);
        Assert.Equal(new[] { "Contoso.Sync", "Contoso_Sync", "App" }, implementedIn);
    }

    [Fact]
    public void An_application_that_sees_a_librarys_internals_compiles_its_own_manifest_without_a_warning()
    {
        // Both assemblies have an internal Governance.Generated.TelemetryManifest; with InternalsVisibleTo (a test
        // project, a friend assembly) the application sees the library's too, so generated code must not look it up by name.
        var library = GeneratorHarness.BuildLibrary("Contoso.Sync", [], $$"""
            using Governance;
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("App")]
            namespace Contoso.Sync;
            [TelemetryEvent("sync.finished", {{Attribute}})]
            internal partial record SyncFinished { [TelemetryField("A number.")] public int Number { get; init; } }
            """);

        var outcome = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [library], GeneratorHarness.ParseOptions, ("/src/App.cs", $$"""
            using Governance;
            namespace App;
            [TelemetryEvent("app.started", {{Attribute}})]
            public partial record AppStarted { [TelemetryField("A number.")] public int Number { get; init; } }

            public static class Calls
            {
                public static void Send(TelemetryClient client)
                {
                    client.Track(new AppStarted { Number = 1 });
                    client.Track(new Contoso.Sync.SyncFinished { Number = 2 });
                }
            }
            """))).AssertClean();

        Assert.Equal(new[] { ("AppStarted", "Governance.TelemetryTracking"), ("SyncFinished", "Governance.TelemetryTracking") }, TrackTargets(outcome.Output, "/src/App.cs"));
    }

    /// <summary>For each <c>client.Track(evt)</c> call of the file: the event type it was given and the class of the method it binds to.</summary>
    private static List<(string Event, string Method)> TrackTargets(Compilation compilation, string path)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var model = compilation.GetSemanticModel(tree);
        return tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Select(call => (IMethodSymbol)model.GetSymbolInfo(call).Symbol!)
            .Select(method => (method.TypeArguments.Single().Name, method.ContainingType.ToDisplayString()))
            .ToList();
    }

    [Fact]
    public void A_derived_event_hides_the_members_of_its_base_event_on_purpose()
    {
        var library = EmitLibrary("Contoso.Base", "lib.base", "LibraryBase", sealedRecord: false);
        var outcome = GeneratorHarness.Run(GeneratorHarness.CompileAssembly("App", [library], GeneratorHarness.ParseOptions, ("/src/App.cs", $$"""
            using Governance;
            namespace App;
            [TelemetryEvent("app.base", {{Attribute}})]
            public partial record Base { [TelemetryField("A number.")] public int Number { get; init; } }

            [TelemetryEvent("app.derived", {{Attribute}})]
            public partial record Derived : Base { [TelemetryField("Another number.")] public int Other { get; init; } }

            [TelemetryEvent("app.derived_from_library", {{Attribute}})]
            public partial record DerivedFromLibrary : Shared.Events.LibraryBase { [TelemetryField("Another number.")] public int Other { get; init; } }

            public static class Calls
            {
                public static void Send(TelemetryClient client)
                {
                    client.Track(new Base());
                    client.Track(new Derived());
                    client.Track(new DerivedFromLibrary());
                }
            }
            """))).AssertClean();

        // Each derived event implements ITelemetryEvent again, so it is sent as itself, and gains no nested type.
        var eventInterface = outcome.Output.GetTypeByMetadataName(GeneratedNames.EventInterfaceName)!;
        foreach (var name in new[] { "App.Derived", "App.DerivedFromLibrary" })
        {
            var type = outcome.Output.GetTypeByMetadataName(name)!;
            Assert.Single(type.GetMembers(GeneratedNames.DescriptorPropertyName));
            Assert.Empty(type.GetTypeMembers());
            foreach (var member in eventInterface.GetMembers())
            {
                Assert.Equal(type, type.FindImplementationForInterfaceMember(member)!.ContainingType, SymbolEqualityComparer.Default);
            }
        }

        Assert.Contains("public static new global::Governance.TelemetryEventDescriptor TelemetryDescriptor", outcome.Sources["Governance.App.Derived.g.cs"], StringComparison.Ordinal);
        Assert.Contains("public static new global::Governance.TelemetryEventDescriptor TelemetryDescriptor", outcome.Sources["Governance.App.DerivedFromLibrary.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Types_whose_file_names_clash_ignoring_case_get_distinct_files()
    {
        // Hint names are compared ignoring case (file systems do the same): 'Foo' and 'foo', or an event called
        // TelemetryManifest in the global namespace, would otherwise stop the generator.
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile($$"""
            using Governance;
            #pragma warning disable CS8981 // 'foo' is lower case on purpose: the generated file must stay quiet about it
            namespace App
            {
                [TelemetryEvent("app.upper", {{Attribute}})]
                public partial record Foo { [TelemetryField("A number.")] public int Number { get; init; } }

                [TelemetryEvent("app.lower", {{Attribute}})]
                public partial record foo { [TelemetryField("A number.")] public int Number { get; init; } }

                [TelemetryEvent("app.other", {{Attribute}})]
                public partial record Bar { [TelemetryField("A number.")] public int Number { get; init; } }
            }

            [TelemetryEvent("app.manifest_named", {{Attribute}})]
            public partial record TelemetryManifest { [TelemetryField("A number.")] public int Number { get; init; } }
            """)).AssertClean();

        Assert.Equal(
            new[] { "Governance.App.Bar.g.cs", "Governance.App.foo-8020.g.cs", "Governance.App.Foo-8024.g.cs", "Governance.TelemetryManifest-8020100.g.cs", "Governance.TelemetryManifest.g.cs" },
            outcome.Sources.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).ThenBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Generated_code_needs_no_documentation_it_does_not_have()
    {
        var documented = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        GeneratorHarness.Run(GeneratorHarness.CompileAssembly("Library", [], documented, ("/src/Events.cs", $$"""
            using Governance;
            namespace Library;
            /// <summary>Public.</summary>
            [TelemetryEvent("lib.one", {{Attribute}})]
            public partial record One
            {
                /// <summary>A number.</summary>
                [TelemetryField("A number.")] public int Number { get; init; }
            }

            /// <summary>Public too.</summary>
            [TelemetryEvent("lib.two", {{Attribute}})]
            public partial struct Two
            {
                /// <summary>A number.</summary>
                [TelemetryField("A number.")] public int Number { get; init; }
            }
            """))).AssertClean();
    }

    [Theory]
    [InlineData("Contoso.Sync")]
    [InlineData("Contoso_Sync")]
    [InlineData("Contoso_002ESync")]
    [InlineData("_")]
    [InlineData("")]
    [InlineData("Größe.Événement")]
    [InlineData("emoji\U0001F600")]
    [InlineData("1st-party assembly")]
    public void Escaped_names_can_be_read_back_so_distinct_names_stay_distinct(string name)
    {
        var className = GeneratedNames.TrackingClassName(name);
        Assert.True(SyntaxFacts.IsValidIdentifier(className), className);
        Assert.Equal(name, Unescape(className["TelemetryTracking_".Length..]));

        var stem = GeneratedNames.EventFileStem(name);
        Assert.Equal(name, Unescape(stem["Governance.".Length..], keep: "+."));
        Assert.All(stem, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '_', stem));
    }

    [Fact]
    public void Clashing_file_stems_get_marks_that_differ_ignoring_case()
    {
        var stems = new[] { "Governance.App.Foo", "Governance.App.foo", "Governance.App.FOO", "Governance.App.Bar", "Governance.TelemetryManifest" };

        var clashing = GeneratedNames.StemsClashingIgnoringCase(stems);
        var hints = stems.Select(s => GeneratedNames.EventHintName(s, clashing.Contains(s))).Append(GeneratedNames.ManifestHintName).ToList();

        Assert.Equal(new[] { "Governance.App.FOO", "Governance.App.Foo", "Governance.App.foo", "Governance.TelemetryManifest" }, clashing);
        Assert.Equal(hints.Count, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("Governance.App.Bar.g.cs", hints[3]);
    }

    /// <summary>A library compilation with one public event in namespace Shared.Events, run through the generator and emitted.</summary>
    private static MetadataReference EmitLibrary(string assemblyName, string eventName, string typeName, bool sealedRecord = true)
    {
        var library = GeneratorHarness.CompileAssembly(assemblyName, [], GeneratorHarness.ParseOptions, ("/src/Library.cs", $$"""
            using Governance;
            namespace Shared.Events;
            [TelemetryEvent("{{eventName}}", {{Attribute}})]
            public {{(sealedRecord ? "sealed " : string.Empty)}}partial record {{typeName}} { [TelemetryField("A number.")] public int Number { get; init; } }

            [TelemetryEvent("{{eventName}}_internal", {{Attribute}})]
            internal partial record {{typeName}}Internal { [TelemetryField("A number.")] public int Number { get; init; } }
            """));
        var outcome = GeneratorHarness.Run(library).AssertClean();
        using var image = new MemoryStream();
        var emitted = outcome.Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>The inverse of the generated-name escape: '_' and four hexadecimal digits back to the character.</summary>
    private static string Unescape(string escaped, string keep = "")
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c == '_')
            {
                builder.Append((char)Convert.ToInt32(escaped.Substring(i + 1, 4), 16));
                i += 4;
            }
            else
            {
                Assert.True(char.IsAsciiLetterOrDigit(c) || keep.Contains(c), escaped);
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
