using System.Reflection;
using Governance.Testing;

namespace Governance.Runtime.Tests.Notice;

/// <summary>
/// The opt-out variable and the commands declared on <c>[assembly: TelemetryProduct]</c> reach the client through the
/// product descriptor: the options use them when the code sets none, and what the code sets wins.
/// </summary>
public sealed class DeclaredControlsTests
{
    private static readonly TelemetryEventDescriptor[] Events =
    [
        new("todo.command_run", "Count commands, to plan features.", 30, Consent.OptOut, DataAccess.Team, null, null, "Todo.CommandRun",
            [new TelemetryFieldDescriptor("command", "Command", "string", "The command run.", DataClass.Interaction)]),
        new("todo.feedback", "Read feedback, to fix what people report.", 180, Consent.OptIn, DataAccess.Team, null, null, "Todo.Feedback",
            [new TelemetryFieldDescriptor("rating", "Rating", "int", "The rating, from 1 to 5.", DataClass.Interaction)]),
    ];

    private static readonly TelemetryProductDescriptor Declared = new(
        "todo", "Example Ltd", "privacy@todo.example", null, null,
        recipients: ["Example Ltd"], storageRegion: "European Union (Germany)",
        optOutEnvironmentVariable: "TODO_TELEMETRY_OPTOUT", optOutCommand: "todo telemetry off", optInCommand: "todo telemetry on",
        showCommand: "todo telemetry show", installationIdCommand: "todo telemetry id");

    [Fact]
    public void Controls_declared_on_the_product_are_used_when_the_code_sets_none()
    {
        var client = Client(new TelemetryOptions { Product = Declared });

        var notice = client.NoticeText;

        Assert.Equal("TODO_TELEMETRY_OPTOUT", client.OptOutEnvironmentVariable);
        Assert.Contains("To turn telemetry off: run 'todo telemetry off', or set TODO_TELEMETRY_OPTOUT=1 or DO_NOT_TRACK=1.\n", notice, StringComparison.Ordinal);
        Assert.Contains("To agree to the data that needs your consent: run 'todo telemetry on'.\n", notice, StringComparison.Ordinal);
        Assert.Contains("To read every kind of event with its purpose and fields: run 'todo telemetry show'.\n", notice, StringComparison.Ordinal);
        Assert.Contains("quote the identifier that 'todo telemetry id' shows", notice, StringComparison.Ordinal);
        Assert.Contains("To turn telemetry off: run 'todo telemetry off'", client.DescribeTelemetry(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_declared_variable_turns_telemetry_off()
    {
        var sink = new InMemoryTelemetrySink();
        var client = Client(new TelemetryOptions { Product = Declared, Sinks = { sink }, RequireNotice = false }, ("TODO_TELEMETRY_OPTOUT", "yes"));

        client.OptIn();
        client.Track(new OptOutEvent { DurationMs = 1 });

        Assert.True(client.IsOptedOutByEnvironment);
        Assert.Empty(sink.Events);
    }

    [Fact]
    public void What_the_code_sets_wins_and_blank_counts_as_not_set()
    {
        var options = new TelemetryOptions
        {
            Product = Declared,
            OptOutEnvironmentVariable = "TODO_OPTOUT_FROM_CODE",
            OptOutCommand = "todo privacy off",
            ShowCommand = "  ",
        };

        var declaredVariableSet = Client(options, ("TODO_TELEMETRY_OPTOUT", "1"));
        var codeVariableSet = Client(options, ("TODO_OPTOUT_FROM_CODE", "1"));
        var notice = declaredVariableSet.NoticeText;

        Assert.Equal("TODO_OPTOUT_FROM_CODE", declaredVariableSet.OptOutEnvironmentVariable);
        Assert.False(declaredVariableSet.IsOptedOutByEnvironment);
        Assert.True(codeVariableSet.IsOptedOutByEnvironment);
        Assert.Contains("To turn telemetry off: run 'todo privacy off', or set TODO_OPTOUT_FROM_CODE=1 or DO_NOT_TRACK=1.\n", notice, StringComparison.Ordinal);
        Assert.Contains("run 'todo telemetry on'", notice, StringComparison.Ordinal);
        Assert.Contains("run 'todo telemetry show'", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("TODO_TELEMETRY_OPTOUT", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_descriptor_carries_recipients_and_region_and_the_older_constructor_declares_no_controls()
    {
        var older = new TelemetryProductDescriptor("todo", "Example Ltd", null, null, null);

        Assert.Equal(["Example Ltd"], Declared.Recipients);
        Assert.Equal("European Union (Germany)", Declared.StorageRegion);
        Assert.Empty(older.Recipients);
        Assert.Null(older.StorageRegion);
        Assert.Null(older.OptOutCommand);
        Assert.Null(Client(new TelemetryOptions { Product = older }).OptOutEnvironmentVariable);
    }

    [Fact]
    public void The_TodoCli_sample_declares_them_on_its_product_and_its_notice_and_switch_use_them()
    {
        // Run as a user would, in a process of its own: its catalog (and so its product) is the program's, not this test's.
        var program = typeof(DeclaredControlsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TodoCliProgram").Value!;
        var home = Directory.CreateTempSubdirectory("governance-todo-").FullName;
        try
        {
            var environment = new Dictionary<string, string?> { ["HOME"] = home, ["XDG_CONFIG_HOME"] = home, ["APPDATA"] = home, ["TODO_TELEMETRY_OPTOUT"] = null };

            var status = DotnetCli.Run(home, [program, "telemetry", "status"], environment).AssertSucceeded().Output;
            environment["TODO_TELEMETRY_OPTOUT"] = "1";
            var switchedOff = DotnetCli.Run(home, [program, "telemetry", "status"], environment).AssertSucceeded().Output;

            // The sample sets none of these in code: they come from [assembly: TelemetryProduct] through the generated descriptor.
            Assert.Contains("To turn telemetry off: run 'todo telemetry off', or set TODO_TELEMETRY_OPTOUT=1 or DO_NOT_TRACK=1.", status, StringComparison.Ordinal);
            Assert.Contains("To agree to the data that needs your consent: run 'todo telemetry on'.", status, StringComparison.Ordinal);
            Assert.Contains("run 'todo telemetry show'", status, StringComparison.Ordinal);
            Assert.Contains("quote the identifier that 'todo telemetry id' shows", status, StringComparison.Ordinal);
            Assert.StartsWith("Telemetry: not decided", status, StringComparison.Ordinal);
            Assert.StartsWith("Telemetry: off (DO_NOT_TRACK or TODO_TELEMETRY_OPTOUT is set)", switchedOff, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static TelemetryClient Client(TelemetryOptions options, params (string Name, string Value)[] environment)
    {
        options.ProductName = "todo";
        options.ConsentStore ??= new InMemoryConsentStore();
        options.Events = Events;
        options.EnvironmentVariableReader = name => environment.FirstOrDefault(v => v.Name == name).Value;
        return new TelemetryClient(options);
    }
}
