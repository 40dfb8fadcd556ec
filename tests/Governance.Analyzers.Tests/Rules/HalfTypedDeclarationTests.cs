using Governance.Analyzers.Tests.Infrastructure;

namespace Governance.Analyzers.Tests.Rules;

/// <summary>
/// In the IDE the analyzers run on code that is being typed. They must never throw, and should still report what
/// they can see: a missing consent is worth knowing about while the purpose is still being written.
/// </summary>
public sealed class HalfTypedDeclarationTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = 30)] public partial record Run { public int """, ["GOV007"] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = 30, Consent = Consent.)] public partial record Run;""", [] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs""", [] },
        { """[TelemetryEvent("cli.run", Purpose = , RetentionDays = 30, Consent = Consent.OptIn)] public partial record Run;""", [] },
        { """[TelemetryEvent(, Purpose = "Count runs to size the fleet", RetentionDays = 30, Consent = Consent.OptIn)] public partial record Run;""", [] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = "30", Consent = Consent.OptIn)] public partial record Run;""", [] },
        { """[TelemetryEvent("cli.run", RetentionDays = 30, Consent = Consent.OptIn)] public partial record Run { [TelemetryField( public int X { get; init; } }""", ["GOV001"] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = 30, Consent = Consent.OptIn)] public partial record Run { [TelemetryField("Number of runs counted.")] public Missing X { get; init; } }""", [] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = 30, Consent = Consent.OptIn)] public partial record Run { public  { get; init; } }""", [] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = 30, Consent = Consent.OptIn)] public partial record Run(int""", ["GOV003"] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = 30, Consent = Consent.OptIn)] public partial record Run : Missing { }""", [] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = 30, Consent = Consent.OptIn)] public partial""", [] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = 30, Consent = Consent.OptIn)]""", [] },
        { """[TelemetryEvent""", [] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = 30, Consent = Consent.OptIn)] public partial record Run { [TelemetryField("The number of runs.", DataClass = DataClass.)] public int X { get; init; } }""", [] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = 30, Consent = Consent.OptIn, Consent = Consent.OptOut)] public partial record Run;""", [] },
        { """[TelemetryEvent("cli.run", Purpose = "Count runs to size the fleet", RetentionDays = 30, Consent = Consent.OptIn)][TelemetryEvent("cli.run2")] public partial record Run;""", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyzers_never_throw_and_report_what_they_can_see(string declaration, string[] expectedIds)
    {
        var outcome = AnalyzerRunner.Run(AnalyzerRunner.Compile(Verifier.Usings + declaration)).AssertNoExceptions();

        foreach (var id in expectedIds)
        {
            Assert.Contains(id, outcome.Ids);
        }
    }
}
