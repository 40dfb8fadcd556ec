using Xunit.Abstractions;

namespace Governance.Runtime.Tests.Notice;

/// <summary>
/// The description and the notice with common contexts: context fields described once, before the events; every
/// event that includes a context counted with the context's data classes; an event that opts out said to.
/// </summary>
public sealed class ContextDescriptionTests
{
    private readonly ITestOutputHelper _output;

    public ContextDescriptionTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Each_ported_product_describes_its_context_fields_once_before_its_events()
    {
        var withContext = PortedCatalog.Products.Where(p => p.Contexts.Count > 0).ToList();
        Assert.Equal(5, withContext.Count); // NuGet declares none
        Assert.Equal(2, PortedCatalog.Products.Single(p => p.Name == "Azure PowerShell").Contexts.Count);

        foreach (var product in withContext)
        {
            var client = Client(product.Events, product.Contexts);
            var description = client.DescribeTelemetry();
            _output.WriteLine(description);

            var heading = description.IndexOf("\nSent with every event:\n", StringComparison.Ordinal);
            Assert.True(heading > 0, product.Name + " has no context section");
            var firstEvent = description.IndexOf("\n" + product.Events[0].Name + "\n  Why: ", StringComparison.Ordinal);
            Assert.True(heading < firstEvent, product.Name + ": the context comes after an event");
            foreach (var field in product.Contexts.SelectMany(c => c.Fields))
            {
                var line = "\n  - " + field.Name + " (" + Label(field) + "): " + field.Description + "\n";
                Assert.Equal(1, Occurrences(description, line));
                Assert.Equal(1, Occurrences(description, field.Description)); // once, not once per event
            }

            foreach (var evt in product.Events)
            {
                foreach (var field in evt.Fields)
                {
                    Assert.Contains("\n    - " + field.Name + " (" + Label(field) + "): " + field.Description + "\n", description, StringComparison.Ordinal);
                }
            }

            Assert.DoesNotContain("Sends no fields", description, StringComparison.Ordinal);
        }

        // The .NET SDK's context carries its identifiers (device id, session id, machine id): its notice says so.
        var cli = PortedCatalog.Products.Single(p => p.Name == ".NET SDK CLI");
        Assert.Contains(DataClass.Identifier, cli.Contexts.SelectMany(c => c.DataClasses));
        Assert.Contains("  - Pseudonymous identifiers of a user, device, account or session, sent only as a keyed hash.\n",
            Client(cli.Events, cli.Contexts).NoticeText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notice_counts_the_contexts_data_classes_for_the_events_that_include_them()
    {
        var context = new TelemetryContextDescriptor("Todo.AccountContext", "Todo", [Field("account_id", "The account.", DataClass.Identifier)]);
        var optIn = Event("todo.synced", Consent.OptIn, includesContext: true, Field("items", "How many items.", DataClass.Technical));
        var optOut = Event("todo.started", Consent.OptOut, includesContext: false, Field("ms", "How long starting took.", DataClass.Technical));

        var notice = Client([optIn, optOut], [context]).NoticeText;
        _output.WriteLine(notice);

        Assert.Contains("From the next run, unless you turn it off (1 kind of event):\n  - Technical facts", notice, StringComparison.Ordinal);
        Assert.Contains("Only if you agree (1 kind of event):\n  - Technical facts about the program and the computer it runs on, such as versions, durations and error codes.\n"
            + "  - Pseudonymous identifiers of a user, device, account or session, sent only as a keyed hash.\n", notice, StringComparison.Ordinal);

        // Personal data in the context reaches every event that includes it: the notice no longer claims it is never sent.
        var personal = new TelemetryContextDescriptor("Todo.UserContext", "Todo", [Field("user_name", "The user's name.", DataClass.Personal)]);
        Assert.Contains("Personal data is sent only if you agree.", Client([optIn, optOut], [personal]).NoticeText, StringComparison.Ordinal);
        Assert.Contains("Never sent: anything classified as personal or sensitive data", Client([optIn, optOut], []).NoticeText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_description_says_which_events_leave_the_context_out_and_labels_hashes_and_map_keys()
    {
        var context = new TelemetryContextDescriptor("Todo.AccountContext", "Todo",
        [
            Field("account_id", "The account.", DataClass.Identifier),
            new TelemetryFieldDescriptor("template", "Template", "string", "The template used.", DataClass.Interaction, FieldHashing.WithoutKey, FieldShape.Scalar, null),
        ]);
        var included = Event("todo.synced", Consent.OptOut, includesContext: true,
            new TelemetryFieldDescriptor("by_level", "ByLevel", "IReadOnlyDictionary<Level, int>", "Rules at each level.", DataClass.Technical, FieldHashing.None, FieldShape.Map, ["Off", "Warning", "Error"]),
            new TelemetryFieldDescriptor("paths", "Paths", "IReadOnlyList<string>", "Project paths.", DataClass.Technical, FieldHashing.Keyed, FieldShape.List, null));
        var excluded = Event("todo.started", Consent.OptOut, includesContext: false, Field("ms", "How long starting took.", DataClass.Technical));
        var bare = Event("todo.pinged", Consent.OptOut, includesContext: true);

        var description = Client([bare, excluded, included], [context]).DescribeTelemetry();
        _output.WriteLine(description);

        Assert.Contains("\nSent with every event, unless the event says otherwise:\n"
            + "  - account_id (Identifier, sent only as a keyed hash): The account.\n"
            + "  - template (Interaction, sent as an unkeyed hash, which anyone who guesses the value can match): The template used.\n\n", description, StringComparison.Ordinal);
        Assert.Contains("\ntodo.pinged\n", description, StringComparison.Ordinal);
        Assert.Contains("  Sends only the fields sent with every event.\n", description, StringComparison.Ordinal);
        Assert.Contains("  Sends none of the fields sent with every event.\n  Sends:\n    - ms (Technical): How long starting took.\n", description, StringComparison.Ordinal);
        Assert.Contains("  Also sends:\n    - by_level (Technical, one value for each of Off, Warning, Error): Rules at each level.\n"
            + "    - paths (Technical, sent only as a keyed hash): Project paths.\n", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Contexts_come_from_the_catalog_unless_the_options_describe_their_own_events()
    {
        // A context without fields, so registering it in the process-wide catalog changes no other test's text.
        var context = new TelemetryContextDescriptor("Governance.Runtime.Tests.Notice.EmptyContext", null, []);
        var copy = new TelemetryContextDescriptor("Governance.Runtime.Tests.Notice.EmptyContext", null, []);
        // An assembly of its own: this test assembly's generated manifest registers its own contexts (none) first.
        var assembly = System.Reflection.Emit.AssemblyBuilder.DefineDynamicAssembly(new System.Reflection.AssemblyName("ContextCatalogTest"), System.Reflection.Emit.AssemblyBuilderAccess.Run);
        TelemetryCatalog.Register(assembly, null, [], [context, copy]);
        TelemetryCatalog.Register(assembly, null, [], [copy]); // the same assembly again: no effect

        Assert.Single(TelemetryCatalog.Contexts, c => c.SourceType == context.SourceType);
        Assert.Same(context, TelemetryCatalog.Contexts.Single(c => c.SourceType == context.SourceType));
        Assert.Equal(TelemetryCatalog.Contexts.Select(c => c.SourceType).Order(StringComparer.Ordinal), TelemetryCatalog.Contexts.Select(c => c.SourceType));
    }

    private static string Label(TelemetryFieldDescriptor field) =>
        field.DataClass + (field.Hashing == FieldHashing.Keyed ? ", sent only as a keyed hash" : "")
        + (field.Shape == FieldShape.Map && field.Keys.Count > 0 ? ", one value for each of " + string.Join(", ", field.Keys) : "");

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static TelemetryClient Client(IReadOnlyList<TelemetryEventDescriptor> events, IReadOnlyList<TelemetryContextDescriptor> contexts) => new(new TelemetryOptions
    {
        ProductName = "Ports",
        OptOutEnvironmentVariable = "DOTNET_CLI_TELEMETRY_OPTOUT",
        ShowCommand = "dotnet telemetry show",
        ConsentStore = new InMemoryConsentStore(),
        Events = events,
        Contexts = contexts,
    });

    private static TelemetryEventDescriptor Event(string name, Consent consent, bool includesContext, params TelemetryFieldDescriptor[] fields) =>
        new(name, "Learn what " + name + " tells, to improve it.", 30, consent, DataAccess.Team, null, null, "Tests." + name, "Tests", includesContext, fields);

    private static TelemetryFieldDescriptor Field(string name, string description, DataClass dataClass) => new(name, name, "string", description, dataClass);
}
