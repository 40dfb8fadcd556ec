using Governance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.Runtime.Tests.Notice;

/// <summary>
/// The 31 real events ported from six products (tests/TestData/ports) as the runtime's descriptors, so the notice is
/// measured on telemetry nobody designed for Governance. Fields come from events.tsv, one row per property (wire name,
/// type, description); what only the declarations say (purpose, consent, retention, access, owner, each field's data
/// class) is read from the ported declarations (the .cs.txt files, parsed with the refused blocks included, since
/// those events are real too). Context rows go with every event of the namespace whose context declares them, as a
/// context is sent with every event.
/// </summary>
internal static class PortedCatalog
{
    private const string RefusedBlockSymbol = "GOVERNANCE_PORT_REFUSED";

    // Sent by the products with every event but not declarable (their values change per event); the port's README says so.
    private static readonly HashSet<(string Product, string Property)> Undeclared = [(".NET SDK CLI", "event id"), ("PowerToys", "EventName")];

    private static readonly (List<DeclaredEvent> Declarations, List<Row> Rows) Port = Read();

    public static IReadOnlyList<TelemetryEventDescriptor> Events { get; } = Load();

    /// <summary>
    /// Each product of the port as its own catalog: its events with their own fields only, and its common contexts as
    /// context descriptors (Azure PowerShell has two), as the generated code of issue 14 registers them.
    /// </summary>
    public static IReadOnlyList<PortedProduct> Products { get; } = LoadProducts();

    private static (List<DeclaredEvent>, List<Row>) Read()
    {
        var folder = RepoPaths.InRepo("tests", "TestData", "ports");
        return (Directory.GetFiles(folder, "*.cs.txt").Order(StringComparer.Ordinal).SelectMany(ReadDeclarations).ToList(), ReadRows(Path.Combine(folder, "events.tsv")));
    }

    private static IReadOnlyList<PortedProduct> LoadProducts()
    {
        var (declarations, rows) = Port;
        var products = new List<PortedProduct>();
        foreach (var product in declarations.GroupBy(d => d.Product))
        {
            var contexts = product.SelectMany(d => d.Contexts).DistinctBy(c => c.TypeName)
                .Select(c => new TelemetryContextDescriptor(product.Key + "." + c.TypeName, product.Key,
                    rows.Where(r => r.Product == product.Key && r.IsContext && c.Fields.ContainsKey(r.Description)).Select(r => Field(r, c.Fields)).ToArray()))
                .OrderBy(c => c.SourceType, StringComparer.Ordinal)
                .ToList();
            var events = product
                .Select(d => new TelemetryEventDescriptor(d.Name, d.Purpose, d.RetentionDays, d.Consent, d.Access, d.Owner, expires: null, d.Product + "." + d.TypeName,
                    d.Product, includesContext: true, rows.Where(r => r.Product == d.Product && r.Event == d.Name).Select(r => Field(r, d.Fields)).ToArray()))
                .OrderBy(e => e.Name, StringComparer.Ordinal)
                .ToList();
            products.Add(new PortedProduct(product.Key, events, contexts));
        }

        return products;
    }

    private static IReadOnlyList<TelemetryEventDescriptor> Load()
    {
        var (declarations, rows) = Port;

        var events = new List<TelemetryEventDescriptor>();
        foreach (var declared in declarations)
        {
            var context = rows.Where(r => r.Product == declared.Product && r.IsContext && declared.ContextFields.ContainsKey(r.Description));
            var own = rows.Where(r => r.Product == declared.Product && r.Event == declared.Name).ToList();
            if (own.Count != declared.Fields.Count)
            {
                throw new InvalidDataException($"{declared.Name}: events.tsv has {own.Count} properties, the declaration {declared.Fields.Count}.");
            }

            var fields = context.Select(r => Field(r, declared.ContextFields)).Concat(own.Select(r => Field(r, declared.Fields))).ToArray();
            events.Add(new TelemetryEventDescriptor(declared.Name, declared.Purpose, declared.RetentionDays, declared.Consent, declared.Access,
                declared.Owner, expires: null, declared.Product + "." + declared.TypeName, fields));
        }

        var covered = events.SelectMany(e => e.Fields.Select(f => f.Description)).ToHashSet(StringComparer.Ordinal);
        var missing = rows.Where(r => !covered.Contains(r.Description) && !Undeclared.Contains((r.Product, r.Property))).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException("Rows of events.tsv that no declaration has: " + string.Join("; ", missing.Select(r => r.Product + "/" + r.Property)));
        }

        return events.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    private static TelemetryFieldDescriptor Field(Row row, IReadOnlyDictionary<string, DeclaredField> declared) =>
        declared.TryGetValue(row.Description, out var field)
            ? new TelemetryFieldDescriptor(row.Property, row.Property, row.Type, row.Description, field.DataClass,
                field.DataClass == DataClass.Identifier || field.Pseudonymize ? FieldHashing.Keyed : FieldHashing.None, field.Shape, field.Keys)
            : throw new InvalidDataException($"{row.Product}/{row.Event}/{row.Property}: no declared field has the description of events.tsv.");

    private static List<Row> ReadRows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException("events.tsv has no column " + name);
        var (product, evt, property, type, description) = (Column("product"), Column("event_name"), Column("property_name"), Column("type"), Column("description"));
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(c => new Row(c[product], c[evt], c[property], c[type], c[description]))
            .ToList();
    }

    private static IEnumerable<DeclaredEvent> ReadDeclarations(string path)
    {
        var options = CSharpParseOptions.Default.WithPreprocessorSymbols(RefusedBlockSymbol);
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path).GetCompilationUnitRoot();
        var product = root.AttributeLists.SelectMany(l => l.Attributes).Where(a => Is(a, "TelemetryProduct")).Select(a => StringArgument(a, 0)).Single();

        foreach (var ns in root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
        {
            var types = ns.Members.OfType<TypeDeclarationSyntax>().ToList();
            var enums = ns.Members.OfType<EnumDeclarationSyntax>().ToDictionary(e => e.Identifier.ValueText, e => e.Members.Select(m => m.Identifier.ValueText).ToArray());
            var contextTypes = types.Where(t => Attribute(t, "TelemetryContext") is not null).ToList();
            var contextFields = Fields(contextTypes.SelectMany(t => t.Members), enums);
            var contexts = contextTypes.Select(t => new DeclaredContext(t.Identifier.ValueText, Fields(t.Members, enums))).ToList();
            foreach (var group in types.GroupBy(t => t.Identifier.ValueText))
            {
                if (group.Select(t => Attribute(t, "TelemetryEvent")).SingleOrDefault(a => a is not null) is not { } attribute)
                {
                    continue;
                }

                yield return new DeclaredEvent(
                    product,
                    StringArgument(attribute, 0),
                    group.Key,
                    Named(attribute, "Purpose") is { } purpose ? Literal(purpose) : throw new InvalidDataException(group.Key + " has no purpose."),
                    int.Parse(Literal(Named(attribute, "RetentionDays")!), System.Globalization.CultureInfo.InvariantCulture),
                    Enum.Parse<Consent>(MemberName(Named(attribute, "Consent")!)),
                    Named(attribute, "Access") is { } access ? Enum.Parse<DataAccess>(MemberName(access)) : DataAccess.Team,
                    Named(attribute, "Owner") is { } owner ? Literal(owner) : null,
                    Fields(group.SelectMany(t => t.Members), enums),
                    contextFields,
                    contexts);
            }
        }
    }

    /// <summary>Each field's declaration by its description (unique within an event or a context).</summary>
    private static Dictionary<string, DeclaredField> Fields(IEnumerable<MemberDeclarationSyntax> members, IReadOnlyDictionary<string, string[]> enums)
    {
        var fields = new Dictionary<string, DeclaredField>(StringComparer.Ordinal);
        foreach (var property in members.OfType<PropertyDeclarationSyntax>())
        {
            if (Attribute(property, "TelemetryField") is { } field)
            {
                var dataClass = Named(field, "DataClass") is { } value ? Enum.Parse<DataClass>(MemberName(value)) : DataClass.Technical;
                var pseudonymize = Named(field, "Pseudonymize") is { } flag && flag.IsKind(SyntaxKind.TrueLiteralExpression);
                var (shape, keys) = Shape(property.Type, enums);
                if (!fields.TryAdd(StringArgument(field, 0), new DeclaredField(dataClass, pseudonymize, shape, keys)))
                {
                    throw new InvalidDataException(property.Identifier.ValueText + ": two fields with one description cannot be told apart.");
                }
            }
        }

        return fields;
    }

    /// <summary>A list (<c>IReadOnlyList&lt;T&gt;</c>, <c>T[]</c>) or a map (<c>IReadOnlyDictionary&lt;K, V&gt;</c>, keyed by the members of K when it is an enum of the file).</summary>
    private static (FieldShape Shape, string[]? Keys) Shape(TypeSyntax type, IReadOnlyDictionary<string, string[]> enums)
    {
        var written = type is NullableTypeSyntax nullable ? nullable.ElementType : type;
        return written switch
        {
            ArrayTypeSyntax => (FieldShape.List, null),
            GenericNameSyntax { Identifier.ValueText: "IReadOnlyList" } => (FieldShape.List, null),
            GenericNameSyntax { Identifier.ValueText: "IReadOnlyDictionary" } map =>
                (FieldShape.Map, enums.TryGetValue(map.TypeArgumentList.Arguments[0].ToString(), out var members) ? members : null),
            _ => (FieldShape.Scalar, null),
        };
    }

    private static AttributeSyntax? Attribute(MemberDeclarationSyntax member, string name) =>
        member.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a => Is(a, name));

    private static bool Is(AttributeSyntax attribute, string name) => attribute.Name.ToString() is var written && (written == name || written == name + "Attribute");

    private static string StringArgument(AttributeSyntax attribute, int position) => Literal(attribute.ArgumentList!.Arguments[position].Expression);

    private static ExpressionSyntax? Named(AttributeSyntax attribute, string name) =>
        attribute.ArgumentList!.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)?.Expression;

    private static string Literal(ExpressionSyntax expression) => expression is LiteralExpressionSyntax literal
        ? literal.Token.ValueText
        : throw new InvalidDataException("Expected a literal: " + expression);

    private static string MemberName(ExpressionSyntax expression) => expression is MemberAccessExpressionSyntax access
        ? access.Name.Identifier.ValueText
        : throw new InvalidDataException("Expected Enum.Member: " + expression);

    private sealed record Row(string Product, string Event, string Property, string Type, string Description)
    {
        public bool IsContext => Event.StartsWith("(every ", StringComparison.Ordinal);
    }

    private sealed record DeclaredEvent(
        string Product,
        string Name,
        string TypeName,
        string Purpose,
        int RetentionDays,
        Consent Consent,
        DataAccess Access,
        string? Owner,
        IReadOnlyDictionary<string, DeclaredField> Fields,
        IReadOnlyDictionary<string, DeclaredField> ContextFields,
        IReadOnlyList<DeclaredContext> Contexts);

    private sealed record DeclaredContext(string TypeName, IReadOnlyDictionary<string, DeclaredField> Fields);

    private sealed record DeclaredField(DataClass DataClass, bool Pseudonymize, FieldShape Shape, string[]? Keys);
}

/// <summary>One product of the port: its events (own fields only) and its common contexts.</summary>
internal sealed record PortedProduct(string Name, IReadOnlyList<TelemetryEventDescriptor> Events, IReadOnlyList<TelemetryContextDescriptor> Contexts);
