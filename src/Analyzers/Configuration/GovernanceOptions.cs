using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Configuration
{
    /// <summary>
    /// The <c>governance.*</c> options, read from <c>.editorconfig</c> / <c>.globalconfig</c> for the file that
    /// holds a declaration. A value that cannot be read is reported (GOV090) and the default is used, so a typo never
    /// silently changes what is enforced.
    /// </summary>
    internal sealed class GovernanceOptions
    {
        public const string PurposeMinWordsKey = "governance.purpose_min_words";
        public const string DescriptionMinWordsKey = "governance.description_min_words";

        public const int DefaultPurposeMinWords = 4;
        public const int DefaultDescriptionMinWords = 2;

        public static readonly DiagnosticDescriptor InvalidOption = new DiagnosticDescriptor(
            DiagnosticIds.InvalidOption,
            title: "Governance option has an invalid value",
            messageFormat: "The value '{1}' of option '{0}' is not valid: {2}; the default ({3}) is used",
            category: "Governance.Configuration",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A governance.* option in .editorconfig or .globalconfig could not be read. The default applies until it is fixed.",
            helpLinkUri: HelpLinks.For(DiagnosticIds.InvalidOption));

        private GovernanceOptions(int purposeMinWords, int descriptionMinWords, IReadOnlyList<Diagnostic> problems)
        {
            PurposeMinWords = purposeMinWords;
            DescriptionMinWords = descriptionMinWords;
            Problems = problems;
        }

        /// <summary>The fewest words a purpose may have.</summary>
        public int PurposeMinWords { get; }

        /// <summary>The fewest words a field description may have.</summary>
        public int DescriptionMinWords { get; }

        /// <summary>GOV090 diagnostics for values that could not be read (not yet deduplicated).</summary>
        public IReadOnlyList<Diagnostic> Problems { get; }

        public static GovernanceOptions Read(AnalyzerConfigOptions options)
        {
            var problems = new List<Diagnostic>();
            var purpose = ReadPositiveInt(options, PurposeMinWordsKey, DefaultPurposeMinWords, problems);
            var description = ReadPositiveInt(options, DescriptionMinWordsKey, DefaultDescriptionMinWords, problems);
            return new GovernanceOptions(purpose, description, problems);
        }

        private static int ReadPositiveInt(AnalyzerConfigOptions options, string key, int defaultValue, List<Diagnostic> problems)
        {
            if (!options.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
            {
                return defaultValue;
            }

            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
            {
                return value;
            }

            problems.Add(Diagnostic.Create(InvalidOption, Location.None, key, text, "expected a whole number of at least 1", defaultValue.ToString(CultureInfo.InvariantCulture)));
            return defaultValue;
        }
    }
}
