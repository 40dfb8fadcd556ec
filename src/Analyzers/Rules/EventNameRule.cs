using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Governance.Analyzers.Configuration;
using Governance.Analyzers.Infrastructure;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Rules
{
    /// <summary>
    /// GOV005: event names follow one format and each is declared once, so a name in a dashboard or a deletion
    /// request means exactly one thing. The format is the default one (<see cref="EventNameFormat"/>) or the team's
    /// <c>governance.event_name_pattern</c>. Duplicates are found across the whole compilation (at its end).
    /// </summary>
    internal sealed class EventNameRule : EventRule
    {
        private const string Title = "Event name is malformed or not unique";
        private const string Description = "Event names follow one format, by default lower-case snake_case words in two or more dot-separated segments of at most 80 characters, or the pattern set by governance.event_name_pattern, and are unique in the assembly: a name must identify one declaration for reviews, dashboards and deletion requests.";

        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.InvalidEventName,
            Title,
            messageFormat: "Event name '{0}' {1}",
            category: "Governance.Naming",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.InvalidEventName));

        /// <summary>The same rule for duplicates: reported when the whole compilation has been seen.</summary>
        private static readonly DiagnosticDescriptor DuplicateDescriptor = new DiagnosticDescriptor(
            DiagnosticIds.InvalidEventName,
            Title,
            messageFormat: "Event name '{0}' is also declared by {1}: each event name must be declared once",
            category: "Governance.Naming",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: HelpLinks.For(DiagnosticIds.InvalidEventName),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public override ImmutableArray<DiagnosticDescriptor> Descriptors => ImmutableArray.Create(Descriptor, DuplicateDescriptor);

        public override void Analyze(EventRuleContext context)
        {
            var name = context.Declaration.Name;
            if (name is null)
            {
                return; // Missing or not a constant string: the compiler already reports the argument.
            }

            var problem = FindProblem(context, name);
            if (problem is not null)
            {
                var argument = DiagnosticLocations.PositionalArgument(context.Attribute);
                var location = argument?.GetLocation() ?? DiagnosticLocations.TypeName(context.Declaration.Type, context.Attribute);
                context.Report(Descriptor, location, name, problem);
            }
        }

        private static string? FindProblem(EventRuleContext context, string name)
        {
            var pattern = context.Options.EventNamePattern;
            if (pattern is null || name.Length == 0)
            {
                return EventNameFormat.FindProblem(name);
            }

            switch (pattern.Match(name))
            {
                case EventNameMatch.DoesNotMatch:
                    return "does not match governance.event_name_pattern '" + pattern.Text + "' (the whole name must match)";
                case EventNameMatch.TimedOut:
                    context.Report(context.Options.InvalidValue(
                        EventNamePattern.Key,
                        pattern.Text,
                        "matching it against an event name took longer than " + EventNamePattern.TimeoutText + ", as patterns with nested repetition such as '(a+)+' can",
                        "event names are not checked against it until it is fixed"));
                    return null;
                default:
                    return null; // Matches, or the pattern was already reported for timing out: the name is not judged.
            }
        }

        /// <summary>Collects every declared name of one compilation and reports those declared more than once.</summary>
        internal sealed class Registry
        {
            // Most names are declared once: the first declaration of each is kept in the dictionary, only the others in
            // the queue, and a declaration is kept as its symbol and syntax: its display string and location are built
            // only for a name declared twice.
            private readonly ConcurrentDictionary<string, Declared> _first = new ConcurrentDictionary<string, Declared>(System.StringComparer.Ordinal);
            private readonly ConcurrentQueue<(string Name, Declared Declared)> _again = new ConcurrentQueue<(string, Declared)>();

            public void Add(EventRuleContext context)
            {
                var name = context.Declaration.Name;
                if (name is null)
                {
                    return;
                }

                var declared = new Declared(context.Declaration.Type, context.Attribute, context.Options.HelpLinks);
                if (!_first.TryAdd(name, declared))
                {
                    _again.Enqueue((name, declared));
                }
            }

            public void ReportDuplicates(System.Action<Diagnostic> report)
            {
                foreach (var again in _again.GroupBy(a => a.Name, System.StringComparer.Ordinal))
                {
                    var declarations = again.Select(a => a.Declared).Prepend(_first[again.Key])
                        .Select(d => (Type: d.Type.ToDisplayString(), Location: d.Location(), d.HelpLinks))
                        .OrderBy(d => d.Type, System.StringComparer.Ordinal)
                        .ToList();
                    foreach (var declaration in declarations)
                    {
                        var others = string.Join(", ", declarations.Where(d => !ReferenceEquals(d.Location, declaration.Location)).Select(d => "'" + d.Type + "'"));
                        report(Diagnostic.Create(declaration.HelpLinks.Apply(DuplicateDescriptor), declaration.Location, again.Key, others));
                    }
                }
            }

            // A class, not a struct: the dictionary, queue and LINQ code over it is then compiled once for all reference
            // types; a struct made the JIT compile about eighty methods of it in every build without the compiler server.
            private sealed class Declared
            {
                public Declared(INamedTypeSymbol type, AttributeSyntax? attribute, ConfiguredHelpLinks helpLinks)
                {
                    Type = type;
                    Attribute = attribute;
                    HelpLinks = helpLinks;
                }

                public INamedTypeSymbol Type { get; }

                public AttributeSyntax? Attribute { get; }

                public ConfiguredHelpLinks HelpLinks { get; }

                /// <summary>Where GOV005 points: the name argument, else the type's name.</summary>
                public Location Location() => DiagnosticLocations.PositionalArgument(Attribute)?.GetLocation() ?? DiagnosticLocations.TypeName(Type, Attribute);
            }
        }
    }
}
