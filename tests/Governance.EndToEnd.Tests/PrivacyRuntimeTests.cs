using Governance.EndToEnd.Tests.Infrastructure;

namespace Governance.EndToEnd.Tests;

/// <summary>
/// The runtime's promises, checked in a fresh program that uses only the Governance and Governance.OpenTelemetry
/// packages and the OpenTelemetry SDK: the notice, opt-in, DO_NOT_TRACK, pseudonymised identifiers, a corrupt consent
/// file, and delivery as OpenTelemetry log records.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PrivacyRuntimeTests
{
    private const string Program = """
        using Governance;
        using Governance.OpenTelemetry;
        using OpenTelemetry;
        using OpenTelemetry.Logs;
        using Privacy;

        [assembly: TelemetryProduct("Privacy App", PrivacyContact = "privacy@example.org", PrivacyPolicyUrl = "https://example.org/privacy")]

        var exported = new List<LogRecord>();
        var recorded = new InMemoryTelemetrySink();
        using (var openTelemetry = new OpenTelemetryTelemetrySink(export => export.AddInMemoryExporter(exported)))
        {
            var client = new TelemetryClient(new TelemetryOptions
            {
                ProductName = "privacy-app",
                OptOutEnvironmentVariable = "PRIVACY_APP_OPTOUT",
                OptOutCommand = "privacy-app telemetry off",
                OptInCommand = "privacy-app telemetry on",
                Sinks = { recorded, openTelemetry },
            });

            Console.WriteLine("state " + client.ConsentState);
            if (args.Contains("--notice"))
            {
                client.ShowNoticeIfNeeded(Console.Out, force: true);
                Console.Write(client.DescribeTelemetry());
            }

            if (args.Contains("--opt-in"))
            {
                client.OptIn();
            }

            client.Track(new AppOpened { Warm = true });
            client.Track(new AccountLinked { AccountId = "ada@example.org", Plan = Plan.Team });
            client.Track(new AccountLinked { AccountId = "ada@example.org", Plan = Plan.Team });
            foreach (var e in recorded.Events)
            {
                Console.WriteLine("RECORDED " + e.Name + " " + string.Join(" ", e.Fields.OrderBy(f => f.Key).Select(f => f.Key + "=" + f.Value)));
            }
        }

        foreach (var r in exported)
        {
            Console.WriteLine("EXPORTED " + r.EventId.Name + " " + string.Join(" ", r.Attributes!.Select(a => a.Key + "=" + (a.Value is string[] list ? string.Join("+", list) : a.Value))));
        }
        """;

    private const string Events = """
        using Governance;

        namespace Privacy;

        public enum Plan { Free, Team }

        [TelemetryEvent("privacy.app_opened", Purpose = "Count how often the app is opened, to plan capacity.", RetentionDays = 30, Consent = Consent.OptOut, Owner = "team@example.org")]
        public partial record AppOpened
        {
            [TelemetryField("Whether the app was already in memory.")] public bool Warm { get; init; }
        }

        [TelemetryEvent("privacy.account_linked", Purpose = "Count distinct accounts that link the app, to plan support.", RetentionDays = 90, Consent = Consent.OptIn, Owner = "team@example.org")]
        public partial record AccountLinked
        {
            [TelemetryField("The account's identifier.", DataClass = DataClass.Identifier)] public string AccountId { get; init; } = "";
            [TelemetryField("The account's plan.", DataClass = DataClass.Interaction)] public Plan Plan { get; init; }
        }
        """;

    private readonly PackageFixture _packages;

    public PrivacyRuntimeTests(PackageFixture packages)
    {
        _packages = packages;
    }

    [Fact]
    public void The_runtime_keeps_the_declarations_promises_end_to_end()
    {
        var consumer = _packages.CreateConsumer("PrivacyApp")
            .WithProjectFile(extraItems: """
                <PackageReference Include="Governance.OpenTelemetry" Version="$(GovernanceVersion)" />
                <PackageReference Include="OpenTelemetry" Version="1.20.1" />
                <PackageReference Include="OpenTelemetry.Exporter.InMemory" Version="1.20.1" />
                """)
            .WriteFile("Events.cs", Events)
            .WriteFile("Program.cs", Program);
        var build = consumer.Build("-p:GovernanceUpdateBaseline=true").AssertSucceeded();
        Assert.True(build.Diagnostics.Count == 0, string.Join("\n", build.Diagnostics.Select(d => d.Line)));

        // First run: the notice is shown, and nothing at all is sent on the run that shows it.
        var first = consumer.Run(null, "--notice").AssertSucceeded().Output;
        Assert.Contains("state Undecided", first, StringComparison.Ordinal);
        Assert.Contains("privacy-app collects usage data (telemetry).", first, StringComparison.Ordinal);
        Assert.Contains("\nOnly if you agree (1 kind of event):\n  - How you use the program: commands run, features used, settings chosen.\n"
            + "  - Pseudonymous identifiers of a user, device, account or session, sent only as a keyed hash.\n", first, StringComparison.Ordinal);
        Assert.Contains("\n  - Count how often the app is opened, to plan capacity.\n", first, StringComparison.Ordinal);
        Assert.Contains("To turn telemetry off: run 'privacy-app telemetry off', or set PRIVACY_APP_OPTOUT=1 or DO_NOT_TRACK=1.", first, StringComparison.Ordinal);
        Assert.Contains("Privacy policy: https://example.org/privacy", first, StringComparison.Ordinal);

        // The full description, for a 'telemetry show' command: every event and field, declared text as written.
        Assert.Contains("\nprivacy.account_linked\n  Why: Count distinct accounts that link the app, to plan support.\n", first, StringComparison.Ordinal);
        Assert.Contains("\n    - account_id (Identifier, sent only as a keyed hash): The account's identifier.\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain("RECORDED", first, StringComparison.Ordinal);
        Assert.DoesNotContain("EXPORTED", first, StringComparison.Ordinal);

        // Second run: the opt-out event is sent; the opt-in event still waits for consent.
        var second = consumer.Run().AssertSucceeded().Output;
        Assert.Single(Lines(second, "RECORDED"));
        Assert.Contains("RECORDED privacy.app_opened warm=True", second, StringComparison.Ordinal);

        // After OptIn(): the opt-in event arrives, with the identifier hashed, the same for the same input.
        var optedIn = consumer.Run(null, "--opt-in").AssertSucceeded().Output;
        var linked = Lines(optedIn, "RECORDED privacy.account_linked").ToList();
        Assert.Equal(2, linked.Count);
        Assert.Equal(linked[0], linked[1]);
        Assert.DoesNotContain("ada@example.org", optedIn, StringComparison.Ordinal);
        Assert.Matches("account_id=[0-9a-f]{64} plan=Team", linked[0]);

        // The consent file holds the key behind those hashes: owner-only, as the package's runtime writes it.
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(consumer.ConfigDirectory, "privacy-app", "telemetry.json")));
        }

        // The same events went to OpenTelemetry as log records with their name and policy attributes.
        var exported = Lines(optedIn, "EXPORTED privacy.account_linked").First();
        Assert.Contains("telemetry.retention_days=90 telemetry.consent=optIn telemetry.data_classes=interaction+identifier telemetry.access=team", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.org", exported, StringComparison.Ordinal);

        // DO_NOT_TRACK=1 wins over the stored opt-in.
        var doNotTrack = consumer.Run(new Dictionary<string, string?> { ["DO_NOT_TRACK"] = "1" }).AssertSucceeded().Output;
        Assert.Contains("state OptedIn", doNotTrack, StringComparison.Ordinal);
        Assert.DoesNotContain("RECORDED", doNotTrack, StringComparison.Ordinal);
        Assert.DoesNotContain("EXPORTED", doNotTrack, StringComparison.Ordinal);

        // A corrupt consent file is "no decision": the program runs and sends no opt-in data.
        File.WriteAllText(Path.Combine(consumer.ConfigDirectory, "privacy-app", "telemetry.json"), "{ \"decision\": \"optedIn\", broken");
        var corrupt = consumer.Run().AssertSucceeded().Output;
        Assert.Contains("state Undecided", corrupt, StringComparison.Ordinal);
        Assert.DoesNotContain("RECORDED", corrupt, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Lines(string output, string prefix) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(prefix, StringComparison.Ordinal));
}
