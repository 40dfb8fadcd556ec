using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Declarations;
using Governance.Generators.Tests.Infrastructure;

namespace Governance.Generators.Tests;

/// <summary>
/// The generator reads literal <c>[TelemetryField]</c> arguments from syntax instead of binding them (issue 17): every
/// form, literal or not, must read exactly as binding reads it, and only the plain literal forms may skip binding.
/// </summary>
public sealed class LiteralFieldAttributeTests
{
    private const string Usings = "using Governance;\n";

    private const string Event = """
        namespace Contoso.Literals
        {
            [TelemetryEvent("contoso.literals", Purpose = "Checks how field attributes are read.", RetentionDays = 30)]
            public partial class Checked
            {
                FIELDS
            }
        }
        """;

    public static TheoryData<string, string, bool> Forms => new()
    {
        // (case, the field declarations, whether syntax alone may read every field)
        { "plain literals", """
            [TelemetryField("What the user chose.", DataClass = DataClass.Interaction, Name = "choice")] public string? Choice { get; set; }
            [TelemetryField(@"Verbatim ""quoted"" text.")] public int Count { get; set; }
            [TelemetryField("No class, no name.", Name = "")] public bool Flag { get; set; }
            public long Undocumented { get; set; }
            [TelemetryField("Maybe there.", OmitWhenNull = true, Pseudonymize = false)] public string? Maybe { get; set; }
            [TelemetryField("Hashed.", DataClass = DataClass.Identifier, Pseudonymize = true, OmitWhenNull = false)] public string? Account { get; set; }
            [TelemetryField("Hashed without a key.", HashWithoutKey = true)] public string? Template { get; set; }
            """, true },
        { "non-fields read as binding reads them", """
            [TelemetryField("Static.")] public static int Shared { get; set; }
            [TelemetryField("Internal.")] internal int Hidden { get; set; }
            [TelemetryField("Write-only.")] public int Sink { set { } }
            [TelemetryField("Private getter.")] public int Half { private get; set; }
            """, true },
        { "constants, nameof and concatenation", """
            private const string Described = "A constant description.";
            [TelemetryField(Described, DataClass = DataClass.Personal)] public string? Email { get; set; }
            [TelemetryField("Joined " + "from parts.", Name = nameof(Joined))] public int Joined { get; set; }
            [TelemetryField("Cast.", DataClass = (DataClass)2)] public int Cast { get; set; }
            [TelemetryField("Qualified.", DataClass = Governance.DataClass.Sensitive)] public int Qualified { get; set; }
            private const bool Omit = true;
            [TelemetryField("Constant flag.", OmitWhenNull = Omit)] public string? Flagged { get; set; }
            """, false },
        { "named, invalid and extra arguments", """
            [TelemetryField(description: "Named.")] public int Named { get; set; }
            [TelemetryField("Undefined class.", DataClass = (DataClass)42)] public int Undefined { get; set; }
            [TelemetryField("Unknown member.", DataClass = DataClass.Nonsense)] public int Unknown { get; set; }
            [TelemetryField] public int NoDescription { get; set; }
            [TelemetryField("Twice.", Name = "a", Name = "b")] public int Twice { get; set; }
            """, false },
        { "other attributes beside it", """
            [TelemetryField("Ignored.")][TelemetryIgnore] public int Ignored { get; set; }
            [TelemetryField("Obsolete.")][System.Obsolete] public int Old { get; set; }
            [property: TelemetryField("Targeted.")] public int Targeted { get; set; }
            """, false },
        { "a member named DataClass", """
            [TelemetryField("Uses the member.", DataClass = DataClass.Personal)] public string? Owner { get; set; }
            public Governance.DataClass DataClass { get; set; }
            """, false },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_form_reads_as_binding_reads_it(string form, string fields, bool syntaxAlone)
    {
        var (bound, fromSyntax) = ReadBothWays(Usings + Event.Replace("FIELDS", fields, StringComparison.Ordinal));

        Assert.True(Same(bound, fromSyntax), form + ": " + Describe(bound) + " | " + Describe(fromSyntax));
        Assert.Equal(EventSpecBuilder.Build(bound), EventSpecBuilder.Build(fromSyntax));
        if (syntaxAlone)
        {
            Assert.All(fromSyntax.Fields, f => Assert.Null(f.FieldAttribute));
        }
        else
        {
            Assert.Contains(fromSyntax.Fields, f => f.FieldAttribute is not null);
        }
    }

    [Theory]
    [InlineData("an alias", "using Governance;\nusing TelemetryFieldAttribute = Contoso.Other.NoteAttribute;\n")]
    [InlineData("another TelemetryField type in scope", "using Governance;\nusing Contoso.Other;\n")]
    [InlineData("another DataClass in scope", "using Governance;\nusing DataClass = Contoso.Other.Level;\n")]
    public void Names_that_mean_something_else_are_bound(string form, string usings)
    {
        const string Other = """
            namespace Contoso.Other
            {
                [System.AttributeUsage(System.AttributeTargets.Property)]
                public sealed class NoteAttribute : System.Attribute
                {
                    public NoteAttribute(string text) { }
                    public Level DataClass { get; set; }
                    public string? Name { get; set; }
                }

                [System.AttributeUsage(System.AttributeTargets.Property)]
                public sealed class TelemetryField : System.Attribute
                {
                    public TelemetryField(string text) { }
                }

                public enum Level { Technical, Interaction, Personal }
            }
            """;
        var fields = """
            [TelemetryField("Chosen.", DataClass = DataClass.Personal)] public string? Chosen { get; set; }
            """;

        var (bound, fromSyntax) = ReadBothWays(usings + Event.Replace("FIELDS", fields, StringComparison.Ordinal), Other);

        Assert.True(Same(bound, fromSyntax), form + ": " + Describe(bound) + " | " + Describe(fromSyntax));
        Assert.Equal(EventSpecBuilder.Build(bound), EventSpecBuilder.Build(fromSyntax));

        // What the syntax alone would have said, which is wrong here.
        var field = Assert.Single(fromSyntax.Fields);
        Assert.False(field.Description == "Chosen." && field.DataClass is { IsValid: true, Value: Governance.CodeAnalysis.Model.DataClassKind.Personal }, Describe(fromSyntax));
    }

    [Fact]
    public void Fields_of_a_base_event_and_overrides_read_the_same()
    {
        var source = Usings + """
            namespace Contoso.Literals
            {
                public abstract class Base
                {
                    [TelemetryField("Inherited.", DataClass = DataClass.Interaction)] public virtual int Shared { get; set; }
                    [TelemetryField("Base only.")] public int BaseOnly { get; set; }
                }

                [TelemetryEvent("contoso.derived", Purpose = "Checks inherited fields.", RetentionDays = 30)]
                public partial class Derived : Base
                {
                    [TelemetryField("Overridden.", Name = "shared_again")] public override int Shared { get; set; }
                    [TelemetryField("Own.")] public int Own { get; set; }
                }
            }
            """;

        var (bound, fromSyntax) = ReadBothWays(source);

        Assert.True(Same(bound, fromSyntax), Describe(bound) + " | " + Describe(fromSyntax));
        Assert.Equal(EventSpecBuilder.Build(bound), EventSpecBuilder.Build(fromSyntax));
        Assert.Equal(3, fromSyntax.Fields.Length);
    }

    /// <summary>
    /// Types of one file share one name lookup (issue 17), except a type in which the names can mean something else: its
    /// own or an inherited member, a nested type or a primary-constructor parameter. Read in both orders, so the shared
    /// answer is never the first thing cached.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Types_of_one_file_share_the_lookup_only_where_nothing_inside_competes(bool reversed)
    {
        const string Field = """[TelemetryField("Chosen.", DataClass = DataClass.Personal)] public string? Chosen { get; set; }""";
        var types = new[]
        {
            ("Plain", "", ""),
            ("WithMember", "", "public Governance.DataClass DataClass { get; set; }"),
            ("WithNestedAttribute", "", "[System.AttributeUsage(System.AttributeTargets.Property)] private sealed class TelemetryFieldAttribute : System.Attribute { public TelemetryFieldAttribute(string text) { } public int DataClass { get; set; } }"),
            ("WithInheritedMember", " : MemberBase", ""),
            ("WithParameter", "(Governance.DataClass DataClass)", ""),
            ("AlsoPlain", "", ""),
        };
        if (reversed)
        {
            Array.Reverse(types);
        }

        var source = Usings + "namespace Contoso.Literals\n{\n    public class MemberBase { public static int DataClass => 2; }\n"
            + string.Concat(types.Select(t => $"    [TelemetryEvent(\"contoso.{t.Item1.ToLowerInvariant()}\", Purpose = \"Checks shared lookups.\", RetentionDays = 30)]\n    public partial class {t.Item1}{t.Item2}\n    {{\n        {Field}\n        {t.Item3}\n    }}\n"))
            + "}\n";

        var compilation = GeneratorHarness.Compile(source);
        var fresh = GeneratorHarness.Compile(source);
        var literals = LiteralFieldAttributes.For(fresh);
        Assert.Same(literals, LiteralFieldAttributes.For(fresh));
        foreach (var (name, _, _) in types)
        {
            var type = compilation.GetTypeByMetadataName("Contoso.Literals." + name)!;
            var bound = TelemetryEventReader.Read(type, TelemetryEventReader.FindEventAttribute(type)!, CancellationToken.None);
            var freshType = fresh.GetTypeByMetadataName("Contoso.Literals." + name)!;
            var fromSyntax = TelemetryEventReader.Read(freshType, TelemetryEventReader.FindEventAttribute(freshType)!, literals, CancellationToken.None);

            Assert.True(Same(bound, fromSyntax), name + ": " + Describe(bound) + " | " + Describe(fromSyntax));
            Assert.Equal(EventSpecBuilder.Build(bound), EventSpecBuilder.Build(fromSyntax));
            var chosen = (IPropertySymbol)freshType.GetMembers("Chosen").Single();
            Assert.True(literals.TryRead(chosen, out _) == name.Contains("Plain", StringComparison.Ordinal), name + (name.Contains("Plain", StringComparison.Ordinal) ? " was bound" : " was read from syntax"));
        }
    }

    private static (EventDeclaration Bound, EventDeclaration FromSyntax) ReadBothWays(params string[] sources)
    {
        var compilation = GeneratorHarness.Compile(sources);
        var type = compilation.GetSymbolsWithName(n => n is "Checked" or "Derived", SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();
        var attribute = TelemetryEventReader.FindEventAttribute(type)!;
        var bound = TelemetryEventReader.Read(type, attribute, CancellationToken.None);

        // A fresh compilation, so nothing bound above is reused by the syntactic read.
        var fresh = GeneratorHarness.Compile(sources);
        var freshType = fresh.GetSymbolsWithName(n => n is "Checked" or "Derived", SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();
        var fromSyntax = TelemetryEventReader.Read(freshType, TelemetryEventReader.FindEventAttribute(freshType)!, new LiteralFieldAttributes(fresh), CancellationToken.None);
        return (bound, fromSyntax);
    }

    private static bool Same(EventDeclaration a, EventDeclaration b) => Describe(a) == Describe(b);

    private static string Describe(EventDeclaration declaration) =>
        string.Join("; ", declaration.Fields.Select(f => $"{f.Property.Name}: '{f.Description}' {f.DataClass.IsPresent}/{f.DataClass.IsValid}/{f.DataClass.Value} {f.WireName} {f.Type.Kind} {f.ComplianceMarker} omit {f.OmitWhenNull.IsPresent}/{f.OmitWhenNull.IsValid}/{f.OmitWhenNull.Value} hash {f.Pseudonymize.IsPresent}/{f.Pseudonymize.IsValid}/{f.Pseudonymize.Value} unkeyed {f.HashWithoutKey.IsPresent}/{f.HashWithoutKey.IsValid}/{f.HashWithoutKey.Value}"));
}
