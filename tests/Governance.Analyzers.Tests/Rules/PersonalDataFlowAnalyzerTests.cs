using Governance.Analyzers.DataFlow;
using static Governance.Analyzers.Tests.Infrastructure.Verifier;

namespace Governance.Analyzers.Tests.Rules;

public sealed class PersonalDataFlowAnalyzerTests
{
    private const string Event = """
        [TelemetryEvent("app.labelled", Purpose = "See which labels people give their workspaces.", RetentionDays = 30, Consent = Consent.OptIn)]
        public partial record Labelled
        {
            [TelemetryField("The workspace label.", DataClass = DataClass.Technical)] public string Label { get; init; } = "";
            [TelemetryField("The user's name, on purpose.", DataClass = DataClass.Personal)] public string Owner { get; init; } = "";
            [TelemetryField("A hashed account id.", DataClass = DataClass.Identifier)] public string Account { get; init; } = "";
        }

        """;

    private static string Message(string source) =>
        $"{source} flows into field 'Label' of event 'app.labelled', which is classified Technical: classify the field Personal or Identifier, or sanitise the value (for example with TelemetryClient.Pseudonymize)";

    [Fact]
    public async Task The_user_name_reaching_a_technical_field_directly_is_reported()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public static class Code
            {
                public static Labelled Make() => new Labelled { Label = {|#0:Environment.UserName|} };
            }
            """,
            expected: Diagnostic("GOV012").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithMessage(Message("Environment.UserName (the user's account name)")));
    }

    [Fact]
    public async Task The_user_name_reaching_it_through_a_local_and_interpolation_is_reported()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public static class Code
            {
                public static Labelled Make(bool shorten)
                {
                    var who = Environment.UserName;
                    string label;
                    label = shorten ? who.Substring(0, 1) : who;
                    var first = new Labelled { Label = {|#0:label|} };
                    var second = first with { Label = {|#1:$"workspace of {who}"|} };
                    second = second with { Label = {|#2:"ws-" + (null ?? Environment.MachineName).ToUpperInvariant()|} };
                    return second;
                }
            }
            """,
            expected: [Diagnostic("GOV012").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithMessage(Message("Environment.UserName (the user's account name)")),
                       Diagnostic("GOV012").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1),
                       Diagnostic("GOV012").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2).WithMessage(Message("Environment.MachineName (the machine's name)"))]);
    }

    [Fact]
    public async Task An_event_declared_through_a_using_alias_of_its_attribute_is_followed()
    {
        // The rule looks for events among the types whose syntax may carry the attribute: an alias must count.
        await AnalyzeAsync<PersonalDataFlowAnalyzer>("using Ev = Governance.TelemetryEventAttribute;\n" + Usings + Event.Replace("[TelemetryEvent(", "[Ev(", StringComparison.Ordinal) + """
            public static class Code
            {
                public static Labelled Make() => new Labelled { Label = {|#0:Environment.UserName|} };
            }
            """,
            expected: Diagnostic("GOV012").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithMessage(Message("Environment.UserName (the user's account name)")));
    }

    [Fact]
    public async Task Constants_sanitised_values_and_personal_or_identifier_fields_are_not_reported()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public static class Code
            {
                public static Labelled Make(TelemetryClient client)
                {
                    const string fixedLabel = "default";
                    var hashed = client.Pseudonymize(Environment.UserName);
                    var length = Environment.UserName.Length.ToString();
                    return new Labelled
                    {
                        Label = fixedLabel,
                        Owner = Environment.UserName,
                        Account = Environment.UserName,
                    } with { Label = hashed ?? "" } with { Label = length };
                }

                [TelemetrySanitizer]
                public static string Bucket(string value) => value.Length > 8 ? "long" : "short";

                public static Labelled Bucketed() => new Labelled { Label = Bucket(Environment.UserName) };
            }
            """);
    }

    [Fact]
    public async Task Other_sources_are_recognised_with_their_description()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public static class Code
            {
                public static void Make(Exception error, System.Net.IPAddress address, System.Security.Claims.ClaimsPrincipal user)
                {
                    _ = new Labelled { Label = {|#0:error.Message|} };
                    _ = new Labelled { Label = {|#1:error.ToString()|} };
                    _ = new Labelled { Label = {|#2:address.ToString()|} };
                    _ = new Labelled { Label = {|#3:user.Identity!.Name|}! };
                    _ = new Labelled { Label = {|#4:System.IO.Path.GetFileName(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile))|} };
                    _ = new Labelled { Label = {|#5:Environment.GetCommandLineArgs()[0]|} };
                    _ = new Labelled { Label = {|#6:System.IO.Directory.GetCurrentDirectory()|} };
                }
            }
            """,
            expected: [Warn(0, "an exception message (it can hold names, paths and values)"),
                       Warn(1, "an exception's text (its message and stack trace)"),
                       Warn(2, "an IP address"),
                       Warn(3, "an identity's name (the signed-in user)"),
                       Warn(4, "Environment.GetFolderPath() (a path that can hold the user's name)"),
                       Warn(5, "Environment.GetCommandLineArgs() (the command-line arguments)"),
                       Warn(6, "Directory.GetCurrentDirectory() (a path that can hold the user's name)")]);
    }

    [Fact]
    public async Task Members_marked_as_personal_data_and_positional_constructors_are_followed()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>("""
            using System;
            using Governance;

            namespace Microsoft.Extensions.Compliance.Classification
            {
                public class DataClassificationAttribute : Attribute { }
            }

            public sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }

            public sealed class Customer
            {
                [PrivateData] public string Email { get; set; } = "";
            }

            [TelemetryEvent("app.ordered", Purpose = "Count orders per channel to plan the shop's capacity.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial record Ordered([property: TelemetryField("The order's sales channel.")] string Channel);

            public static class Code
            {
                public static Ordered Make(Customer customer) => new Ordered({|#0:customer.Email|});
            }
            """,
            expected: Diagnostic("GOV012").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("'Email', marked [PrivateData] flows into field 'Channel' of event 'app.ordered', which is classified Technical: classify the field Personal or Identifier, or sanitise the value (for example with TelemetryClient.Pseudonymize)"));
    }

    [Fact]
    public async Task The_command_line_arguments_of_the_entry_point_are_a_source()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>("""
            using Governance;

            [TelemetryEvent("app.started", Purpose = "Learn which command people start the app with.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial record Started
            {
                [TelemetryField("The first argument.", DataClass = DataClass.Interaction)] public string First { get; init; } = "";
            }

            public static class Program
            {
                public static void Main(string[] args) => _ = new Started { First = {|#0:args[0]|} };
            }
            """,
            expected: Diagnostic("GOV012").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("the program's command-line arguments", "First", "app.started", "Interaction"));
    }

    [Fact]
    public async Task Conditional_access_and_null_coalescing_keep_the_trail()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public sealed class Connection { public System.Net.IPAddress? RemoteIpAddress { get; set; } }
            public sealed class Http { public Connection Connection { get; } = new Connection(); }

            public static class Code
            {
                public static void Make(Http http, Exception? ex, Exception? other)
                {
                    _ = new Labelled { Label = {|#0:http.Connection.RemoteIpAddress?.ToString() ?? ""|} };
                    _ = new Labelled { Label = {|#1:ex?.Message ?? "none"|} };
                    _ = new Labelled { Label = {|#2:other?.InnerException?.Message?.Trim() ?? ""|} };
                }
            }
            """,
            expected: [Warn(0, "an IP address"),
                       Warn(1, "an exception message (it can hold names, paths and values)"),
                       Warn(2, "an exception message (it can hold names, paths and values)")]);
    }

    [Fact]
    public async Task Conditional_access_to_bounded_members_is_not_reported()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public static class Code
            {
                public static void Make(Exception? ex, string? name)
                {
                    _ = new Labelled { Label = ex?.GetType().Name ?? "none" };
                    _ = new Labelled { Label = ex?.HResult.ToString() ?? "0" };
                    _ = new Labelled { Label = name?.Length.ToString() ?? "0" };
                    _ = new Labelled { Label = Environment.UserName?.Length > 3 ? "long" : "short" };
                }
            }
            """);
    }

    [Fact]
    public async Task Switch_expressions_are_followed_into_every_arm()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public static class Code
            {
                public static void Make(int kind)
                {
                    _ = new Labelled { Label = {|#0:kind switch { 0 => "none", 1 => Environment.MachineName, _ => "other" }|} };
                    _ = new Labelled { Label = kind switch { 0 => "none", 1 => "one", _ => Environment.UserName.Length.ToString() } };
                }
            }
            """,
            expected: Warn(0, "Environment.MachineName (the machine's name)"));
    }

    [Fact]
    public async Task Properties_of_objects_built_in_view_are_followed_through_initializers_and_with_expressions()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public sealed record Workspace(string Name, string Kind)
            {
                public string Folder { get; init; } = "";
            }

            public static class Code
            {
                public static void Make(Workspace template)
                {
                    var mine = template with { Name = Environment.UserName };
                    _ = new Labelled { Label = {|#0:mine.Name|} };
                    var built = new Workspace("default", "local") { Folder = Environment.CurrentDirectory };
                    _ = new Labelled { Label = {|#1:built.Folder|} };
                    _ = new Labelled { Label = {|#2:new Workspace(Environment.MachineName, "local").Name|} };
                    var anonymous = new { Who = Environment.UserName, Count = 1 };
                    _ = new Labelled { Label = {|#3:anonymous.Who|} };
                }
            }
            """,
            expected: [Warn(0, "Environment.UserName (the user's account name)"),
                       Warn(1, "Environment.CurrentDirectory (a path that can hold the user's name)"),
                       Warn(2, "Environment.MachineName (the machine's name)"),
                       Warn(3, "Environment.UserName (the user's account name)")]);
    }

    [Fact]
    public async Task Properties_that_initializers_and_with_expressions_set_to_bounded_values_are_not_reported()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public sealed record Workspace(string Name, string Kind)
            {
                public string Folder { get; init; } = "";
            }

            public static class Code
            {
                public static void Make(Workspace template)
                {
                    var mine = new Workspace(Environment.UserName, "local") with { Name = "default" };
                    _ = new Labelled { Label = mine.Name };
                    _ = new Labelled { Label = mine.Kind };
                    var built = new Workspace("default", "local") { Folder = Environment.CurrentDirectory };
                    _ = new Labelled { Label = built.Kind };
                    _ = new Labelled { Label = new { Who = Environment.UserName, Kind = "team" }.Kind };
                }
            }
            """);
    }

    [Fact]
    public async Task Lambdas_and_local_functions_are_followed_with_their_arguments()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public static class Code
            {
                public static void Make(Exception error)
                {
                    string Describe(Exception e) => e.Message;
                    string Echo(string value) { var copy = value; return copy.Trim(); }
                    Func<string> who = () => Environment.UserName;
                    Func<string, string> upper = text => text.ToUpperInvariant();
                    Func<Exception, string> describe = Describe;

                    _ = new Labelled { Label = {|#0:Describe(error)|} };
                    _ = new Labelled { Label = {|#1:Echo(Environment.MachineName)|} };
                    _ = new Labelled { Label = {|#2:who()|} };
                    _ = new Labelled { Label = {|#3:upper(Environment.UserDomainName)|} };
                    _ = new Labelled { Label = {|#4:describe(error)|} };
                }
            }
            """,
            expected: [Warn(0, "an exception message (it can hold names, paths and values)"),
                       Warn(1, "Environment.MachineName (the machine's name)"),
                       Warn(2, "Environment.UserName (the user's account name)"),
                       Warn(3, "Environment.UserDomainName (the user's domain)"),
                       Warn(4, "an exception message (it can hold names, paths and values)")]);
    }

    [Fact]
    public async Task Lambdas_and_local_functions_that_return_bounded_values_are_not_reported()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public static class Code
            {
                public static void Make(Exception error)
                {
                    string Kind(Exception e) => e.GetType().Name;
                    string Echo(string value) => value;
                    string Bucket(string value) { string Inner() => value; return Inner().Length > 8 ? "long" : "short"; }
                    Func<string, string> length = text => text.Length.ToString();

                    _ = new Labelled { Label = Kind(error) };
                    _ = new Labelled { Label = Echo("fixed") };
                    _ = new Labelled { Label = Bucket(Environment.UserName) };
                    _ = new Labelled { Label = length(Environment.UserName) };
                    _ = new Labelled { Label = Echo(Echo("fixed")) };
                }
            }
            """);
    }

    [Fact]
    public async Task One_level_of_helper_methods_in_the_same_compilation_is_followed()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public static class Code
            {
                public static void Make(Exception error)
                {
                    _ = new Labelled { Label = {|#0:Describe(error)|} };
                    _ = new Labelled { Label = {|#1:Echo(Environment.MachineName)|} };
                    _ = new Labelled { Label = {|#2:Formatting.Where()|} };
                    _ = new Labelled { Label = {|#3:error.Summary()|} };
                }

                private static string Describe(Exception e) => e.Message;

                private static string Echo(string value)
                {
                    if (value.Length == 0)
                    {
                        return "empty";
                    }

                    return value;
                }
            }

            public static class Formatting
            {
                public static string Where() => Environment.CurrentDirectory;

                public static string Summary(this Exception e) => e.GetType().Name + ": " + e.Message;
            }
            """,
            expected: [Warn(0, "an exception message (it can hold names, paths and values)"),
                       Warn(1, "Environment.MachineName (the machine's name)"),
                       Warn(2, "Environment.CurrentDirectory (a path that can hold the user's name)"),
                       Warn(3, "an exception message (it can hold names, paths and values)")]);
    }

    [Fact]
    public async Task Helpers_that_return_bounded_values_or_are_two_levels_deep_or_overridable_are_not_followed()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>(Usings + Event + """
            public abstract class Describer
            {
                public virtual string Describe(Exception e) => e.Message; // another body may run: not followed
            }

            public static class Code
            {
                public static void Make(Exception error, Describer describer)
                {
                    _ = new Labelled { Label = Kind(error) };
                    _ = new Labelled { Label = Outer(error) };
                    _ = new Labelled { Label = describer.Describe(error) };
                    _ = new Labelled { Label = Echo("fixed") };
                    _ = new Labelled { Label = Bucket(Environment.UserName) };
                }

                private static string Kind(Exception e) => e.GetType().Name;

                private static string Outer(Exception e) => Inner(e); // one level only

                private static string Inner(Exception e) => e.Message;

                private static string Echo(string value) => value;

                private static string Bucket(string value) => value.Length > 8 ? "long" : "short";
            }
            """);
    }

    [Fact]
    public async Task Writes_to_an_event_are_found_whatever_the_receiver_is_written_as()
    {
        await AnalyzeAsync<PersonalDataFlowAnalyzer>("""
            using System;
            using System.Collections.Generic;
            using Governance;
            using Alias = App.Mutable;

            namespace App;

            [TelemetryEvent("app.mutable", Purpose = "See which labels people give their workspaces.", RetentionDays = 30, Consent = Consent.OptIn)]
            public partial class Mutable
            {
                [TelemetryField("The workspace label.")] public string Label { get; set; } = "";

                public void Fill() => Label = {|#0:Environment.UserName|};
            }

            public sealed class Other
            {
                public string Label { get; set; } = "";
            }

            public static class Code
            {
                public static void Fill(Mutable evt, Other other, IEnumerable<Mutable> all, Alias aliased)
                {
                    other.Label = Environment.UserName;
                    evt.Label = {|#1:Environment.MachineName|};
                    var made = Make();
                    made.Label = {|#2:Environment.UserName|};
                    foreach (var each in all)
                    {
                        each.Label = {|#3:Environment.UserName|};
                    }

                    aliased.Label = {|#4:Environment.UserName|};
                    Set(evt);
                }

                public static void Set<T>(T evt) where T : Mutable => evt.Label = {|#5:Environment.UserName|};

                private static Mutable Make() => new Mutable();
            }
            """,
            expected: [Warn(0, "Environment.UserName (the user's account name)", "app.mutable"),
                       Warn(1, "Environment.MachineName (the machine's name)", "app.mutable"),
                       Warn(2, "Environment.UserName (the user's account name)", "app.mutable"),
                       Warn(3, "Environment.UserName (the user's account name)", "app.mutable"),
                       Warn(4, "Environment.UserName (the user's account name)", "app.mutable"),
                       Warn(5, "Environment.UserName (the user's account name)", "app.mutable")]);
    }

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Warn(int location, string source, string eventName) =>
        Diagnostic("GOV012").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(location)
            .WithMessage($"{source} flows into field 'Label' of event '{eventName}', which is classified Technical: classify the field Personal or Identifier, or sanitise the value (for example with TelemetryClient.Pseudonymize)");

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Warn(int location, string source) =>
        Diagnostic("GOV012").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(location).WithMessage(Message(source));
}
