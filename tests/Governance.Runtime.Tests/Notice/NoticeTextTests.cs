using Xunit.Abstractions;

namespace Governance.Runtime.Tests.Notice;

/// <summary>
/// What the notice and the full description say: the notice fits one screen for 31 real events and for 300, and both
/// write declared text exactly as declared.
/// </summary>
public sealed class NoticeTextTests
{
    /// <summary>The notice's words for each kind of data.</summary>
    private static readonly Dictionary<DataClass, string> Kinds = new()
    {
        [DataClass.Technical] = "Technical facts about the program and the computer it runs on, such as versions, durations and error codes.",
        [DataClass.Interaction] = "How you use the program: commands run, features used, settings chosen.",
        [DataClass.Identifier] = "Pseudonymous identifiers of a user, device, account or session, sent only as a keyed hash.",
        [DataClass.Personal] = "Personal data about you, such as names, contact details, free text or locations.",
        [DataClass.Sensitive] = "Sensitive data, such as health, biometrics, precise location, credentials or financial data.",
    };

    private readonly ITestOutputHelper _output;

    public NoticeTextTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void The_notice_for_31_real_events_fits_one_screen_and_says_how_to_turn_it_off()
    {
        Assert.Equal(31, PortedCatalog.Events.Count);

        var notice = Client(PortedCatalog.Events).NoticeText;
        _output.WriteLine($"{Lines(notice)} lines, {notice.Length} characters:\n{notice}");

        Assert.InRange(Lines(notice), 1, 30);
        Assert.InRange(notice.Length, 1, 2500);
        Assert.Contains("To turn telemetry off: run 'Disable-AzDataCollection', or set DOTNET_CLI_TELEMETRY_OPTOUT=1 or DO_NOT_TRACK=1.", notice, StringComparison.Ordinal);
        Assert.Contains("To read every kind of event with its purpose and fields: run 'dotnet telemetry show'.", notice, StringComparison.Ordinal);
        Assert.Contains("Privacy policy: https://aka.ms/dotnet-cli-telemetry", notice, StringComparison.Ordinal);
        Assert.Contains("From the next run, unless you turn it off (26 kinds of event):", notice, StringComparison.Ordinal);
        Assert.Contains("Only if you agree (5 kinds of event):", notice, StringComparison.Ordinal);
        Assert.Contains("  - " + Kinds[DataClass.Identifier] + "\n", notice, StringComparison.Ordinal);
        Assert.Contains("Never sent: anything classified as personal or sensitive data", notice, StringComparison.Ordinal);
        Assert.Contains("Kept for 365 days after it is received, then deleted. Who can see it: Product team.\n", notice, StringComparison.Ordinal);
        Assert.Contains("Questions about your data: privacy@example.org (to ask for your data or its deletion, quote the identifier that 'dotnet telemetry id' shows)\n", notice, StringComparison.Ordinal);

        // Too many purposes for one screen: none is listed (a chosen few would misrepresent the rest), and no event either.
        Assert.Contains("Why: each of the 31 kinds of event states its own purpose, too many to list here.", notice, StringComparison.Ordinal);
        Assert.All(PortedCatalog.Events, e => Assert.DoesNotContain(e.Purpose, notice, StringComparison.Ordinal));
        Assert.All(PortedCatalog.Events, e => Assert.DoesNotContain(e.Name, notice, StringComparison.Ordinal));
    }

    [Fact]
    public void The_notice_stays_on_one_screen_for_300_events()
    {
        var events = Enumerable.Range(0, 300).Select(SyntheticEvent).ToList();

        var notice = Client(events).NoticeText;
        _output.WriteLine($"{Lines(notice)} lines, {notice.Length} characters:\n{notice}");

        Assert.InRange(Lines(notice), 1, 30);
        Assert.InRange(notice.Length, 1, 2500);
        Assert.Contains("set DOTNET_CLI_TELEMETRY_OPTOUT=1 or DO_NOT_TRACK=1", notice, StringComparison.Ordinal);
        Assert.Contains("From the next run, unless you turn it off (200 kinds of event):", notice, StringComparison.Ordinal);
        Assert.Contains("Only if you agree (100 kinds of event):", notice, StringComparison.Ordinal);
        Assert.Contains("\nPersonal and sensitive data are sent only if you agree.\n", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Never sent", notice, StringComparison.Ordinal);
        Assert.Contains("Kept for 7 to 731 days after it is received, then deleted. Who can see it: Product team.\n", notice, StringComparison.Ordinal);
        foreach (var kind in Kinds.Values)
        {
            Assert.Contains("  - " + kind + "\n", notice, StringComparison.Ordinal);
        }

        Assert.All(events, e => Assert.DoesNotContain(e.Name, notice, StringComparison.Ordinal));
    }

    [Fact]
    public void The_full_description_of_the_31_real_events_keeps_every_declared_text_as_written()
    {
        var client = Client(PortedCatalog.Events);
        var description = client.DescribeTelemetry();
        var notice = client.NoticeText;
        _output.WriteLine($"{Lines(description)} lines, {description.Length} characters:\n{description}");

        foreach (var evt in PortedCatalog.Events)
        {
            Assert.Contains("\n" + evt.Name + "\n  Why: " + evt.Purpose + "\n", description, StringComparison.Ordinal);
            foreach (var field in evt.Fields)
            {
                var label = field.DataClass + (field.Hashing == FieldHashing.Keyed ? ", sent only as a keyed hash" : "")
                    + (field.Shape == FieldShape.Map && field.Keys.Count > 0 ? ", one value for each of " + string.Join(", ", field.Keys) : "");
                Assert.Contains("\n    - " + field.Name + " (" + label + "): " + field.Description + "\n", description, StringComparison.Ordinal);
            }
        }

        // Nothing declared appears re-cased, in either text.
        foreach (var declared in PortedCatalog.Events.SelectMany(e => e.Fields.Select(f => f.Description).Append(e.Purpose)))
        {
            foreach (var recased in Recasings(declared))
            {
                Assert.DoesNotContain(recased, description, StringComparison.Ordinal);
                Assert.DoesNotContain(recased, notice, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Declared_text_is_never_recased_or_completed()
    {
        TelemetryEventDescriptor[] events =
        [
            Event("nuget.restore", "NuGet restore results per project, to find slow restores.", Consent.OptOut,
                Field("tenant", "Azure AD tenant the user signed in to.", DataClass.Identifier),
                Field("install_type", "Windows installation type, such as Client or Server Core.", DataClass.Technical)),
            Event("host.started", "environment.OSVersion and the process architecture, to decide which platforms to support.", Consent.OptOut,
                Field("os_version", "environment.OSVersion as the runtime reports it.", DataClass.Technical),
                Field("user_agent", "User-Agent header of the request, such as PowerShell/7.4.", DataClass.Technical)),
            Event("device.seen", "iOS and macOS devices in use, to plan support.", Consent.OptIn,
                Field("machine_id", "SHA-256 hash of the first MAC address.", DataClass.Identifier)),
        ];
        var client = Client(events);
        var notice = client.NoticeText;
        var description = client.DescribeTelemetry();
        _output.WriteLine(notice);
        _output.WriteLine(description);

        // Few enough to fit: the notice lists every purpose, as written.
        Assert.True(Lines(notice) <= 30 && notice.Length <= 2500);
        Assert.Contains("Why it is collected:\n", notice, StringComparison.Ordinal);
        Assert.All(events, e => Assert.Contains("\n  - " + e.Purpose + "\n", notice, StringComparison.Ordinal));

        Assert.Contains("\n    - tenant (Identifier, sent only as a keyed hash): Azure AD tenant the user signed in to.\n", description, StringComparison.Ordinal);
        Assert.Contains("\n    - install_type (Technical): Windows installation type, such as Client or Server Core.\n", description, StringComparison.Ordinal);
        Assert.Contains("\n    - os_version (Technical): environment.OSVersion as the runtime reports it.\n", description, StringComparison.Ordinal);
        Assert.Contains("\n    - user_agent (Technical): User-Agent header of the request, such as PowerShell/7.4.\n", description, StringComparison.Ordinal);
        Assert.Contains("\n    - machine_id (Identifier, sent only as a keyed hash): SHA-256 hash of the first MAC address.\n", description, StringComparison.Ordinal);
        Assert.Single(description.Split('\n'), l => l.Contains("MAC address", StringComparison.Ordinal));
        Assert.DoesNotContain("(as a keyed hash)", description, StringComparison.Ordinal);

        foreach (var declared in events.SelectMany(e => e.Fields.Select(f => f.Description).Append(e.Purpose)))
        {
            Assert.Contains(declared, description, StringComparison.Ordinal);
            foreach (var recased in Recasings(declared))
            {
                Assert.DoesNotContain(recased, description, StringComparison.Ordinal);
                Assert.DoesNotContain(recased, notice, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_notice_claims_only_what_the_declarations_guarantee_about_personal_data()
    {
        var technical = Event("a.technical", "Count runs, to plan capacity.", Consent.OptOut, Field("ms", "Duration in milliseconds.", DataClass.Technical));
        var personalOptIn = Event("a.feedback", "Read feedback, to fix what people report.", Consent.OptIn, Field("comment", "The comment the user typed.", DataClass.Personal));
        var personalOptOut = Event("a.mistake", "A hand-built descriptor that breaks the rules.", Consent.OptOut, Field("name", "The user's name.", DataClass.Personal));

        var none = Client([technical]).NoticeText;
        Assert.Contains("Never sent: anything classified as personal or sensitive data, such as names, contact details, free text, locations, health or credentials.\n", none, StringComparison.Ordinal);
        Assert.DoesNotContain("only if you agree", none, StringComparison.Ordinal);

        var withAgreement = Client([technical, personalOptIn]).NoticeText;
        Assert.Contains("\nNever sent: anything classified as sensitive data, such as health, biometrics, precise location, credentials or financial data. Personal data is sent only if you agree.\n", withAgreement, StringComparison.Ordinal);
        Assert.Contains("Only if you agree (1 kind of event):\n  - " + Kinds[DataClass.Personal] + "\n", withAgreement, StringComparison.Ordinal);

        // Personal data in an opt-out event: no claim about personal data at all, and it is listed without agreement.
        var without = Client([technical, personalOptIn, personalOptOut]).NoticeText;
        Assert.DoesNotContain("personal data", without.Replace(Kinds[DataClass.Personal], string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Never sent: anything classified as sensitive data", without, StringComparison.Ordinal);
        Assert.Contains("unless you turn it off (2 kinds of event):\n  - " + Kinds[DataClass.Technical] + "\n  - " + Kinds[DataClass.Personal] + "\n", without, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_command_or_a_variable_the_notice_still_says_how_to_turn_it_off()
    {
        var events = new[] { Event("a.run", "Count runs, to plan capacity.", Consent.OptOut) };
        var client = new TelemetryClient(new TelemetryOptions { ProductName = "tool", ConsentStore = new InMemoryConsentStore(), Events = events });

        var notice = client.NoticeText;

        Assert.Contains("To turn telemetry off: set DO_NOT_TRACK=1.\n", notice, StringComparison.Ordinal);
        Assert.Contains("From the next run, unless you turn it off (1 kind of event):\n  - Only that something happened: these events have no fields.\n", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("telemetry show", notice, StringComparison.Ordinal);
        Assert.Contains("\na.run\n  Why: Count runs, to plan capacity.\n", client.DescribeTelemetry(), StringComparison.Ordinal);
        Assert.Contains("  Sends no fields: only that it happened.\n", client.DescribeTelemetry(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_without_events_says_it_collects_nothing()
    {
        var client = new TelemetryClient(new TelemetryOptions { ProductName = "tool", ConsentStore = new InMemoryConsentStore(), Events = [] });

        Assert.Equal("Telemetry\n---------\ntool declares no telemetry events: it collects nothing.\n", client.NoticeText);
        Assert.EndsWith("tool declares no telemetry events: it collects nothing.\n", client.DescribeTelemetry(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_full_description_says_how_each_event_is_handled()
    {
        var evt = new TelemetryEventDescriptor("todo.feedback", "Read feedback, to fix what people report.", 180, Consent.OptIn, DataAccess.Restricted,
            "team@example.org", "2027-06-30", "Todo.Feedback", [Field("rating", "The rating, from 1 to 5.", DataClass.Interaction)]);

        var description = Client([evt]).DescribeTelemetry();

        Assert.StartsWith("Telemetry collected by Ports\n----------------------------\nEvery kind of event Ports can send, as its source code declares it.\n", description, StringComparison.Ordinal);
        Assert.Contains(
            "\ntodo.feedback\n  Why: Read feedback, to fix what people report.\n  Consent: Opt-in, sent only if you agree.\n"
            + "  Kept for: 180 days after it is received, then deleted.\n  Who can see it: Restricted group\n  Owner: team@example.org\n"
            + "  Collected until: 2027-06-30\n  Sends:\n    - rating (Interaction): The rating, from 1 to 5.\n",
            description,
            StringComparison.Ordinal);
        Assert.EndsWith(
            "\nTo turn telemetry off: run 'Disable-AzDataCollection', or set DOTNET_CLI_TELEMETRY_OPTOUT=1 or DO_NOT_TRACK=1.\n"
            + "To agree to the data that needs your consent: run 'dotnet telemetry on'.\n"
            + "Privacy policy: https://aka.ms/dotnet-cli-telemetry\n"
            + "Questions about your data: privacy@example.org (to ask for your data or its deletion, quote the identifier that 'dotnet telemetry id' shows)\n",
            description,
            StringComparison.Ordinal);
        Assert.DoesNotContain("telemetry show", description, StringComparison.Ordinal);
    }

    /// <summary>The ways the notice used to re-case declared text: the first letter lowered, or raised.</summary>
    private static IEnumerable<string> Recasings(string declared)
    {
        var lowered = char.ToLowerInvariant(declared[0]) + declared[1..];
        var raised = char.ToUpperInvariant(declared[0]) + declared[1..];
        return new[] { lowered, raised }.Where(r => r != declared);
    }

    private static int Lines(string text) => text.Count(c => c == '\n');

    private static TelemetryClient Client(IReadOnlyList<TelemetryEventDescriptor> events) => new(new TelemetryOptions
    {
        ProductName = "Ports",
        OptOutEnvironmentVariable = "DOTNET_CLI_TELEMETRY_OPTOUT",
        OptOutCommand = "Disable-AzDataCollection",
        OptInCommand = "dotnet telemetry on",
        ShowCommand = "dotnet telemetry show",
        InstallationIdCommand = "dotnet telemetry id",
        ConsentStore = new InMemoryConsentStore(),
        Events = events,
        Product = new TelemetryProductDescriptor("Ported tools", null, "privacy@example.org", "https://aka.ms/dotnet-cli-telemetry", null),
    });

    /// <summary>
    /// One of 300 events with purposes and descriptions as long as the port's, every consent and data class, and
    /// retentions from a week to two years.
    /// </summary>
    private static TelemetryEventDescriptor SyntheticEvent(int i)
    {
        var dataClasses = Enum.GetValues<DataClass>();
        var consent = i % 3 == 0 ? Consent.OptIn : Consent.OptOut;
        var fields = Enumerable.Range(0, 8)
            .Select(f => (DataClass)dataClasses.GetValue((i + f) % (consent == Consent.OptIn ? 5 : 3))!)
            .Select((dataClass, f) => Field($"field_{f}", $"Field {f} of synthetic event {i}, described at the length real descriptions have, such as the ones in the port.", dataClass))
            .ToArray();
        return new TelemetryEventDescriptor($"synthetic.event_{i:D3}",
            $"Learn how feature {i} is used, how long it takes and how often it fails, to decide which of the product's features to improve next.",
            i == 0 ? 7 : i == 1 ? 731 : 90 + i, consent, DataAccess.Team, null, null, "Synthetic.Event" + i, fields);
    }

    private static TelemetryEventDescriptor Event(string name, string purpose, Consent consent, params TelemetryFieldDescriptor[] fields) =>
        new(name, purpose, 30, consent, DataAccess.Team, null, null, "Tests." + name, fields);

    private static TelemetryFieldDescriptor Field(string name, string description, DataClass dataClass) =>
        new(name, name, "string", description, dataClass);
}
