using Governance.CodeFixes;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

/// <summary>GOV015: only strings, GUIDs and whole numbers of 32 or 64 bits (and lists of them) are sent as identifiers or pseudonymised.</summary>
public sealed class IdentifierTypeRuleTests
{
    private const string Event = """
        using System.Collections.Generic;

        [TelemetryEvent("app.signed_in", Purpose = "Count distinct accounts that sign in, to plan capacity.", RetentionDays = 30, Consent = Consent.OptIn)]
        """;

    [Fact]
    public async Task Types_that_can_hold_an_identifier_are_accepted()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record SignedIn
            {
                [TelemetryField("The account's identifier.", DataClass = DataClass.Identifier)] public string AccountId { get; init; } = "";
                [TelemetryField("The device's identifier.", DataClass = DataClass.Identifier)] public Guid? DeviceId { get; init; }
                [TelemetryField("The account's numeric tenant.", DataClass = DataClass.Identifier)] public long TenantId { get; init; }
                [TelemetryField("The workspaces open.", DataClass = DataClass.Identifier)] public IReadOnlyList<Guid> Workspaces { get; init; } = [];
                [TelemetryField("Folder the app runs in.", Pseudonymize = true)] public string? Folder { get; init; }
                [TelemetryField("Ids of the packages restored.", Pseudonymize = true)] public string[] Packages { get; init; } = [];
                [TelemetryField("Whether single sign-on was used.", Pseudonymize = false)] public bool SingleSignOn { get; init; }
            }
            """);
    }

    [Theory]
    [InlineData("bool", "a keyed hash of a yes or no takes two values and still says which")]
    [InlineData("DateTimeOffset", "a date or a duration is a measurement, not the identity of a user, device or account")]
    [InlineData("double", "a fractional number is a measurement, not the identity of a user, device or account")]
    [InlineData("short", "a number this small takes too few values to identify a user, device or account")]
    [InlineData("DayOfWeek", "an enum takes only its declared members, each of which its hash still stands for")]
    [InlineData("IReadOnlyList<bool>", "a keyed hash of a yes or no takes two values and still says which")]
    public async Task An_identifier_of_another_type_is_reported_and_the_fix_classifies_it_technical(string type, string reason)
    {
        await FixWithAsync<TelemetryEventAnalyzer, IdentifierTypeCodeFixProvider>("IdentifierTypeCodeFixProvider.DataClass", Usings + Event + $$"""
            public partial record SignedIn
            {
                [TelemetryField("Whether the user is signed in.", DataClass = {|#0:DataClass.Identifier|})] public {{type}} Value { get; init; }
            }
            """,
            Usings + Event + $$"""
            public partial record SignedIn
            {
                [TelemetryField("Whether the user is signed in.", DataClass = DataClass.Technical)] public {{type}} Value { get; init; }
            }
            """,
            expected: Diagnostic("GOV015").WithLocation(0).WithMessage($"Field 'Value' of event 'app.signed_in' is classified Identifier, but its type '{type}' cannot hold an identifier: {reason}; classify it Technical or Interaction"));
    }

    [Fact]
    public async Task Pseudonymize_on_a_date_is_reported_and_the_fix_removes_it()
    {
        await FixWithAsync<TelemetryEventAnalyzer, IdentifierTypeCodeFixProvider>("IdentifierTypeCodeFixProvider.Pseudonymize", Usings + Event + """
            public partial record SignedIn
            {
                [TelemetryField("When the user signed in.", Pseudonymize = {|#0:true|})] public DateTimeOffset At { get; init; }
            }
            """,
            Usings + Event + """
            public partial record SignedIn
            {
                [TelemetryField("When the user signed in.")] public DateTimeOffset At { get; init; }
            }
            """,
            expected: Diagnostic("GOV015").WithLocation(0).WithMessage("Field 'At' of event 'app.signed_in' is declared Pseudonymize = true, but its type 'DateTimeOffset' cannot hold an identifier: a date or a duration is a measurement, not the identity of a user, device or account; remove Pseudonymize"));
    }

    [Fact]
    public async Task An_identifier_map_is_reported_with_what_to_send_instead()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record SignedIn
            {
                [TelemetryField("The account of each day.", DataClass = {|#0:DataClass.Identifier|})] public IReadOnlyDictionary<DayOfWeek, string>? Accounts { get; init; }
            }

            [TelemetryContext]
            public partial record RunContext
            {
                [TelemetryField("Whether the run is interactive.", Pseudonymize = {|#1:true|})] public bool Interactive { get; init; }
            }
            """,
            expected: [
                Diagnostic("GOV015").WithLocation(0).WithMessage("Field 'Accounts' of event 'app.signed_in' is classified Identifier, but its type 'IReadOnlyDictionary<DayOfWeek, string>?' is a map: its values are counts or labels per key, not identifiers; send identifiers as a list or as fields of their own"),
                Diagnostic("GOV015").WithLocation(1).WithArguments("Interactive", "context 'RunContext'", "declared Pseudonymize = true", "bool", "cannot hold an identifier", "a keyed hash of a yes or no takes two values and still says which; remove Pseudonymize")]);
    }
}
