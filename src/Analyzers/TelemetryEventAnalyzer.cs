using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.Analyzers.Configuration;
using Governance.Analyzers.Infrastructure;
using Governance.Analyzers.Privacy;
using Governance.Analyzers.Rules;
using Governance.CodeAnalysis.Declarations;

namespace Governance.Analyzers
{
    /// <summary>
    /// Reads each <c>[TelemetryEvent]</c> declaration once (through the same reader as the generator) and runs every
    /// declaration rule over it; reads each <c>[TelemetryContext]</c> declaration the same way and runs the rules that
    /// govern fields over it. Runs concurrently, skips generated code, and does nothing in compilations that do not
    /// reference Governance.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TelemetryEventAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<EventRule> Rules = ImmutableArray.Create<EventRule>(
            new PurposeRule(),
            new RetentionRule(),
            new FieldDocumentationRule(),
            new FieldTypeRule(),
            new DuplicateWireNameRule(),
            new IdentifierTypeRule(),
            new UnkeyedHashRule(),
            new PublicFieldRule(),
            new EventNameRule(),
            new ImplementabilityRule(),
            new ConsentRule(),
            new PersonalDataConsentRule(),
            new PublicAccessRule(),
            new PersonalDataNameRule(),
            new FreeTextFieldRule(),
            new ExpiredEventRule(),
            new ExpiryPolicyRule(),
            new RetentionPolicyRule(),
            new OwnerRule(),
            new ExpiryDateFormatRule());

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            Rules.SelectMany(rule => rule.Descriptors).Append(GovernanceOptions.InvalidOption).ToImmutableArray();

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(WellKnownTypeNames.TelemetryEventAttribute) is null)
                {
                    return;
                }

                var names = new EventNameRule.Registry();
                var compilation = start.Compilation;
                var cancellationToken = start.CancellationToken;
                var contexts = new System.Lazy<CodeAnalysis.Product.ProductContexts>(() => CodeAnalysis.Product.ProductContexts.Of(compilation, cancellationToken));
                var reportedOptionProblems = new ConcurrentDictionary<string, byte>();
                var classifiers = new ConcurrentDictionary<string, PersonalDataNameClassifier>(System.StringComparer.Ordinal);

                // Files under one .editorconfig section share one options object: read each once, not once per event.
                var readOptions = new ConcurrentDictionary<AnalyzerConfigOptions, GovernanceOptions>();
                start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, names, reportedOptionProblems, classifiers, readOptions, contexts), SymbolKind.NamedType);
                start.RegisterCompilationEndAction(end => names.ReportDuplicates(end.ReportDiagnostic));
            });
        }

        private static void AnalyzeType(
            SymbolAnalysisContext context,
            EventNameRule.Registry names,
            ConcurrentDictionary<string, byte> reportedOptionProblems,
            ConcurrentDictionary<string, PersonalDataNameClassifier> classifiers,
            ConcurrentDictionary<AnalyzerConfigOptions, GovernanceOptions> readOptions,
            System.Lazy<CodeAnalysis.Product.ProductContexts> contexts)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return; // [TelemetryEvent] on an interface or enum is already a compiler error (CS0592).
            }

            var eventAttribute = TelemetryEventReader.FindEventAttribute(type);
            if (eventAttribute is not null)
            {
                Analyze(context, EventDeclarations.Read(context.Compilation, type, eventAttribute, context.CancellationToken), names, reportedOptionProblems, classifiers, readOptions, contexts);
            }

            // A type declared both an event and a context is analysed as the event; as a context it gets GOV006 only.
            if (TelemetryEventReader.FindContextAttribute(type) is { } contextAttribute)
            {
                Analyze(context, TelemetryEventReader.ReadContext(type, contextAttribute, context.CancellationToken), names, reportedOptionProblems, classifiers, readOptions, contexts);
            }
        }

        private static void Analyze(
            SymbolAnalysisContext context,
            TelemetryTypeDeclaration declaration,
            EventNameRule.Registry names,
            ConcurrentDictionary<string, byte> reportedOptionProblems,
            ConcurrentDictionary<string, PersonalDataNameClassifier> classifiers,
            ConcurrentDictionary<AnalyzerConfigOptions, GovernanceOptions> readOptions,
            System.Lazy<CodeAnalysis.Product.ProductContexts> contexts)
        {
            var type = declaration.Type;
            var attribute = declaration.Attribute;
            var attributeSyntax = DiagnosticLocations.AttributeOf(attribute, context.CancellationToken);
            var tree = attributeSyntax?.SyntaxTree ?? type.Locations.FirstOrDefault()?.SourceTree;
            var options = readOptions.GetOrAdd(
                tree is null ? context.Options.AnalyzerConfigOptionsProvider.GlobalOptions : context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree),
                GovernanceOptions.Read);
            foreach (var problem in options.Problems)
            {
                if (reportedOptionProblems.TryAdd(problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture), 0))
                {
                    context.ReportDiagnostic(problem);
                }
            }

            var classifier = classifiers.TryGetValue(options.PrivacyKey, out var known) ? known : AddClassifier(classifiers, options);
            var ruleContext = new EventRuleContext(declaration, attributeSyntax, options, classifier, context.ReportDiagnostic, context.CancellationToken, contexts);
            if (declaration.IsContext)
            {
                foreach (var rule in Rules)
                {
                    if (rule.AppliesToContexts && (declaration.ImplementationProblem != ImplementationProblem.EventAndContext || rule is ImplementabilityRule))
                    {
                        context.CancellationToken.ThrowIfCancellationRequested();
                        rule.Analyze(ruleContext);
                    }
                }

                return;
            }

            foreach (var rule in Rules)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                rule.Analyze(ruleContext);
            }

            names.Add(ruleContext);
        }

        // Apart from Analyze, so that its closure over the options is allocated only when a classifier is made, not per declaration.
        private static PersonalDataNameClassifier AddClassifier(ConcurrentDictionary<string, PersonalDataNameClassifier> classifiers, GovernanceOptions options) =>
            classifiers.GetOrAdd(options.PrivacyKey, _ => options.CreateClassifier());
    }
}
