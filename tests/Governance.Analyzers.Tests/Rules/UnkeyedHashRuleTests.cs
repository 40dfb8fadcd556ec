using Governance.CodeFixes;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

/// <summary>GOV017: a hash without a key only on text that is not personal, and never beside the keyed hash.</summary>
public sealed class UnkeyedHashRuleTests
{
    private const string Event = """
        using System.Collections.Generic;

        [TelemetryEvent("template.used", Purpose = "Count how often each template is used across installations, to know which to keep.", RetentionDays = 30, Consent = Consent.OptIn)]
        """;

    private const string Remove = "UnkeyedHashCodeFixProvider.Remove";

    [Fact]
    public async Task Text_that_is_not_personal_may_be_hashed_without_a_key()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + Event + """
            public partial record TemplateUsed
            {
                [TelemetryField("Name of the template.", HashWithoutKey = true)] public string Template { get; init; } = "";
                [TelemetryField("Short name the user typed, when one was.", DataClass = DataClass.Interaction, HashWithoutKey = true, OmitWhenNull = true)] public string? ShortName { get; init; }
                [TelemetryField("Names of the template packs installed.", HashWithoutKey = true)] public IReadOnlyList<string> Packs { get; init; } = [];
                [TelemetryField("Names of the frameworks the project targets.", HashWithoutKey = true)] public string[]? Frameworks { get; init; }
                [TelemetryField("The account that used it.", DataClass = DataClass.Identifier, HashWithoutKey = false)] public string Account { get; init; } = "";
                [TelemetryField("Number of files written.", HashWithoutKey = false)] public int Files { get; init; }
            }

            [TelemetryContext]
            public partial record TemplateContext
            {
                [TelemetryField("Name of the template feed.", HashWithoutKey = true)] public string Feed { get; init; } = "";
            }
            """);
    }

    [Fact]
    public async Task Personal_and_sensitive_text_is_reported_and_the_fix_hashes_it_with_the_key()
    {
        // Fix All: both fields at once; an existing Pseudonymize = false is set rather than written twice.
        await FixWithAsync<TelemetryEventAnalyzer, UnkeyedHashCodeFixProvider>("UnkeyedHashCodeFixProvider.Pseudonymize", Usings + Event + """
            public partial record TemplateUsed
            {
                [TelemetryField("Folder the project was created in.", DataClass = DataClass.Personal, HashWithoutKey = {|#0:true|})] public string Folder { get; init; } = "";
                [TelemetryField("Names of the health records opened.", DataClass = DataClass.Sensitive, Pseudonymize = false, HashWithoutKey = {|#1:true|})] public IReadOnlyList<string> Records { get; init; } = [];
            }
            """,
            Usings + Event + """
            public partial record TemplateUsed
            {
                [TelemetryField("Folder the project was created in.", DataClass = DataClass.Personal, Pseudonymize = true)] public string Folder { get; init; } = "";
                [TelemetryField("Names of the health records opened.", DataClass = DataClass.Sensitive, Pseudonymize = true)] public IReadOnlyList<string> Records { get; init; } = [];
            }
            """,
            expected: [
                Diagnostic("GOV017").WithLocation(0).WithMessage("Field 'Folder' of event 'template.used' is declared HashWithoutKey = true, but it is classified Personal: anyone who guesses the value can match the hash, and a value unique to a person would link their events across products; hash it with the installation's key (Pseudonymize = true)"),
                Diagnostic("GOV017").WithLocation(1).WithArguments("Records", "event 'template.used'", "it is classified Sensitive: anyone who guesses the value can match the hash, and a value unique to a person would link their events across products; hash it with the installation's key (Pseudonymize = true)")]);
    }

    [Fact]
    public async Task Beside_the_keyed_hash_it_is_reported_and_the_fix_removes_it()
    {
        await FixWithAsync<TelemetryEventAnalyzer, UnkeyedHashCodeFixProvider>(Remove, Usings + Event + """
            public partial record TemplateUsed
            {
                [TelemetryField("The account that used it.", DataClass = DataClass.Identifier, HashWithoutKey = {|#0:true|})] public string Account { get; init; } = "";
                [TelemetryField("Folder the project was created in.", Pseudonymize = true, HashWithoutKey = {|#1:true|})] public string Folder { get; init; } = "";
            }
            """,
            Usings + Event + """
            public partial record TemplateUsed
            {
                [TelemetryField("The account that used it.", DataClass = DataClass.Identifier)] public string Account { get; init; } = "";
                [TelemetryField("Folder the project was created in.", Pseudonymize = true)] public string Folder { get; init; } = "";
            }
            """,
            expected: [
                Diagnostic("GOV017").WithLocation(0).WithMessage("Field 'Account' of event 'template.used' is declared HashWithoutKey = true, but it is classified Identifier, which is hashed with the installation's key already; hashed without it, the identifier would be the same in every product and link the person's events everywhere; remove HashWithoutKey"),
                Diagnostic("GOV017").WithLocation(1).WithMessage("Field 'Folder' of event 'template.used' is declared HashWithoutKey = true, but it is also declared Pseudonymize = true, which hashes it with the installation's key; remove HashWithoutKey")]);
    }

    [Theory]
    [InlineData("int")]
    [InlineData("Guid")]
    [InlineData("bool")]
    [InlineData("DayOfWeek")]
    [InlineData("IReadOnlyList<long>")]
    public async Task A_value_that_is_not_text_is_reported_and_the_fix_removes_it(string type)
    {
        await FixWithAsync<TelemetryEventAnalyzer, UnkeyedHashCodeFixProvider>(Remove, Usings + Event + $$"""
            public partial record TemplateUsed
            {
                [TelemetryField("Result the template engine reported.", HashWithoutKey = {|#0:true|})] public {{type}} Value { get; init; }
            }
            """,
            Usings + Event + $$"""
            public partial record TemplateUsed
            {
                [TelemetryField("Result the template engine reported.")] public {{type}} Value { get; init; }
            }
            """,
            expected: Diagnostic("GOV017").WithLocation(0).WithMessage($"Field 'Value' of event 'template.used' is declared HashWithoutKey = true, but its type '{type}' is not a string or a list of strings: only text is hashed without a key, and a number, date, bool or enum takes values anyone can hash one by one to read it back; remove HashWithoutKey"));
    }

    [Fact]
    public async Task A_map_in_a_context_is_reported()
    {
        await AnalyzeAsync<TelemetryEventAnalyzer>(Usings + """
            using System.Collections.Generic;

            [TelemetryContext]
            public partial record TemplateContext
            {
                [TelemetryField("Template used on each day.", HashWithoutKey = {|#0:true|})] public IReadOnlyDictionary<DayOfWeek, string>? Templates { get; init; }
            }
            """,
            expected: Diagnostic("GOV017").WithLocation(0).WithArguments("Templates", "context 'TemplateContext'", "its type 'IReadOnlyDictionary<DayOfWeek, string>?' is a map: its values are counts or labels per key, which are not hashed; remove HashWithoutKey"));
    }
}
