using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.Analyzers.Privacy;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

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
        public const string PersonalWordsKey = "governance.pii.personal_words";
        public const string AllowedNamesKey = "governance.pii.allowed_names";
        public const string MaxRetentionDaysKey = "governance.max_retention_days";
        public const string ExpiryHorizonDaysKey = ExpiryConventions.HorizonDaysKey;
        public const string RequireExpiryKey = "governance.require_expiry";
        public const string TodayKey = ExpiryConventions.TodayKey;

        /// <summary>The date the build gives the compiler, if any (see <see cref="ExpiryConventions.BuildTodayKey"/>).</summary>
        public const string BuildTodayKey = ExpiryConventions.BuildTodayKey;

        public const int DefaultExpiryHorizonDays = ExpiryConventions.DefaultHorizonDays;

        public const int DefaultPurposeMinWords = 4;
        public const int DefaultDescriptionMinWords = 2;

        public static readonly DiagnosticDescriptor InvalidOption = new DiagnosticDescriptor(
            DiagnosticIds.InvalidOption,
            title: "Governance option has an invalid value",
            messageFormat: "The value '{1}' of option '{0}' is not valid: {2}; {3}",
            category: "Governance.Configuration",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A governance.* option in .editorconfig or .globalconfig could not be read. The default applies until it is fixed.",
            helpLinkUri: global::Governance.CodeAnalysis.Diagnostics.HelpLinks.For(DiagnosticIds.InvalidOption)); // qualified: the HelpLinks property below hides the class

        private GovernanceOptions(
            int purposeMinWords,
            int descriptionMinWords,
            IReadOnlyList<KeyValuePair<string, PersonalDataCategory>> personalWords,
            IReadOnlyList<string> allowedNames,
            string privacyKey,
            LifecyclePolicy lifecycle,
            EventNamePattern? eventNamePattern,
            ConfiguredHelpLinks helpLinks,
            IReadOnlyList<Diagnostic> problems)
        {
            Lifecycle = lifecycle;
            EventNamePattern = eventNamePattern;
            HelpLinks = helpLinks;
            PurposeMinWords = purposeMinWords;
            DescriptionMinWords = descriptionMinWords;
            PersonalWords = personalWords;
            AllowedNames = allowedNames;
            PrivacyKey = privacyKey;
            Problems = problems;
        }

        /// <summary>The fewest words a purpose may have.</summary>
        public int PurposeMinWords { get; }

        /// <summary>The fewest words a field description may have.</summary>
        public int DescriptionMinWords { get; }

        /// <summary>Organisation-specific personal words (GOV010), each with the category it adds.</summary>
        public IReadOnlyList<KeyValuePair<string, PersonalDataCategory>> PersonalWords { get; }

        /// <summary>Property or wire names that the personal-data name rules (GOV010, GOV013) never report.</summary>
        public IReadOnlyList<string> AllowedNames { get; }

        /// <summary>The raw privacy options, as a key for caching the classifier they configure.</summary>
        public string PrivacyKey { get; }

        /// <summary>Retention and expiry policy (GOV020-GOV024).</summary>
        public LifecyclePolicy Lifecycle { get; }

        /// <summary>The configured event-name pattern (GOV005), or null for the default format.</summary>
        public EventNamePattern? EventNamePattern { get; }

        /// <summary>Where the help links of the diagnostics reported under these options point.</summary>
        public ConfiguredHelpLinks HelpLinks { get; }

        /// <summary>GOV090 diagnostics for values that could not be read (not yet deduplicated).</summary>
        public IReadOnlyList<Diagnostic> Problems { get; }

        public static GovernanceOptions Read(AnalyzerConfigOptions options)
        {
            // The help links first: every diagnostic below, GOV090 included, links where they say.
            var helpLinks = ConfiguredHelpLinks.Read(options, out var helpLinkProblem);
            var problems = new ProblemList(helpLinks);
            if (helpLinkProblem is not null)
            {
                options.TryGetValue(ConfiguredHelpLinks.Key, out var helpLinkText);
                problems.Add(ConfiguredHelpLinks.Key, helpLinkText ?? string.Empty, helpLinkProblem, "the links point to " + ConfiguredHelpLinks.Default.RulesDocument);
            }

            var purpose = ReadPositiveInt(options, PurposeMinWordsKey, DefaultPurposeMinWords, problems);
            var description = ReadPositiveInt(options, DescriptionMinWordsKey, DefaultDescriptionMinWords, problems);
            options.TryGetValue(PersonalWordsKey, out var personalText);
            options.TryGetValue(AllowedNamesKey, out var allowedText);
            var personalWords = ReadPersonalWords(personalText, problems);
            var allowed = NameListOption.ReadNames(allowedText, (value, reason) => problems.Add(AllowedNamesKey, value, reason, "the entry is ignored"));
            var lifecycle = new LifecyclePolicy(
                ReadOptionalPositiveInt(options, MaxRetentionDaysKey, problems),
                ReadOptionalPositiveInt(options, ExpiryHorizonDaysKey, problems) ?? DefaultExpiryHorizonDays,
                ReadBool(options, RequireExpiryKey, false, problems),
                ReadToday(options, problems));
            var eventNamePattern = ReadEventNamePattern(options, problems);
            return new GovernanceOptions(
                purpose, description, personalWords, allowed, (personalText ?? string.Empty) + "\n" + (allowedText ?? string.Empty), lifecycle, eventNamePattern, helpLinks, problems.Diagnostics);
        }

        /// <summary>A GOV090 diagnostic for a value found wrong while it is used (a pattern that timed out), linked as these options say.</summary>
        public Diagnostic InvalidValue(string key, string value, string reason, string consequence) =>
            Diagnostic.Create(HelpLinks.Apply(InvalidOption), Location.None, key, value, reason, consequence);

        /// <summary>The personal-data name classifier these options configure.</summary>
        public PersonalDataNameClassifier CreateClassifier() =>
            PersonalWords.Count == 0 && AllowedNames.Count == 0 ? PersonalDataNameClassifier.Default : new PersonalDataNameClassifier(PersonalWords, AllowedNames);

        /// <summary>
        /// <c>badge_number, member-code:identifier, UnionMembership:sensitive</c>: terms of one or more words in any
        /// spelling, each optionally followed by the data class it calls for (personal when omitted), spelled as the
        /// manifest spells it (<see cref="EnumSpellings.DataClass"/>; upper case is accepted).
        /// </summary>
        private static List<KeyValuePair<string, PersonalDataCategory>> ReadPersonalWords(string? text, ProblemList problems)
        {
            var words = new List<KeyValuePair<string, PersonalDataCategory>>();
            foreach (var entry in NameListOption.Split(text, (value, reason) => problems.Add(PersonalWordsKey, value, reason, "the entry is ignored")))
            {
                var separator = entry.IndexOf(':');
                var term = separator < 0 ? entry : entry.Substring(0, separator).Trim();
                var dataClass = DataClassKind.Personal;
                if (separator >= 0 && !TryReadPersonalClass(entry.Substring(separator + 1).Trim(), out dataClass))
                {
                    problems.Add(PersonalWordsKey, entry, "the data class after ':' must be " + PersonalClassTokens(), "the entry is ignored");
                    continue;
                }

                if (NameListOption.WhyItCannotMatch(term) is { } reason)
                {
                    problems.Add(PersonalWordsKey, entry, reason, "the entry is ignored");
                    continue;
                }

                // An identifier term keeps its identifier words (subscription:identifier matches SubscriptionId).
                words.Add(new KeyValuePair<string, PersonalDataCategory>(term, new PersonalDataCategory("organisation", "an organisation-specific personal term", dataClass, isNumbered: dataClass == DataClassKind.Identifier, isFromOptions: true)));
            }

            return words;
        }

        /// <summary>A data class that calls for care (Identifier and above): the classes a personal word may ask for.</summary>
        private static bool TryReadPersonalClass(string token, out DataClassKind dataClass)
        {
            foreach (var member in EnumSpellings.DataClass.Members)
            {
                if (member.Value >= (int)DataClassKind.Identifier && string.Equals(member.Token, token, StringComparison.OrdinalIgnoreCase))
                {
                    dataClass = (DataClassKind)member.Value;
                    return true;
                }
            }

            dataClass = default;
            return false;
        }

        /// <summary>"identifier, personal or sensitive", from the spelling table.</summary>
        private static string PersonalClassTokens()
        {
            var tokens = new List<string>();
            foreach (var member in EnumSpellings.DataClass.Members)
            {
                if (member.Value >= (int)DataClassKind.Identifier)
                {
                    tokens.Add(member.Token);
                }
            }

            return string.Join(", ", tokens.GetRange(0, tokens.Count - 1)) + " or " + tokens[tokens.Count - 1];
        }

        private static EventNamePattern? ReadEventNamePattern(AnalyzerConfigOptions options, ProblemList problems)
        {
            if (!options.TryGetValue(EventNamePattern.Key, out var text) || string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var pattern = EventNamePattern.TryCreate(text.Trim(), out var problem);
            if (pattern is null)
            {
                problems.Add(EventNamePattern.Key, text, problem!, "event names are checked against the default format until it is fixed");
            }

            return pattern;
        }

        private static int? ReadOptionalPositiveInt(AnalyzerConfigOptions options, string key, ProblemList problems)
        {
            if (!options.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
            {
                return value;
            }

            problems.Add(key, text, "expected a whole number of days, at least 1", "the policy is not applied until it is fixed");
            return null;
        }

        private static bool ReadBool(AnalyzerConfigOptions options, string key, bool defaultValue, ProblemList problems)
        {
            if (!options.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
            {
                return defaultValue;
            }

            switch (text.Trim().ToLowerInvariant())
            {
                case "true": return true;
                case "false": return false;
                default:
                    problems.Add(key, text, "expected true or false", "the default (" + (defaultValue ? "true" : "false") + ") is used");
                    return defaultValue;
            }
        }

        /// <summary>
        /// Today's date for the date rules: <c>governance.today</c> when pinned (reproducible builds and tests), else
        /// the date the build gives the compiler, else none: the date rules are off and the build task checks expiry
        /// after compile. A malformed pinned date is reported and the date rules are off.
        /// </summary>
        private static DateTime? ReadToday(AnalyzerConfigOptions options, ProblemList problems)
        {
            if (options.TryGetValue(TodayKey, out var pinned) && !string.IsNullOrWhiteSpace(pinned))
            {
                if (LifecyclePolicy.TryParseDate(pinned.Trim(), out var date))
                {
                    return date;
                }

                problems.Add(TodayKey, pinned, "expected a date as yyyy-MM-dd", "the expiry rules are not applied until it is fixed");
                return null;
            }

            if (options.TryGetValue(BuildTodayKey, out var build) && LifecyclePolicy.TryParseDate(build.Trim(), out var buildDate))
            {
                return buildDate;
            }

            return null;
        }

        private static int ReadPositiveInt(AnalyzerConfigOptions options, string key, int defaultValue, ProblemList problems)
        {
            if (!options.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
            {
                return defaultValue;
            }

            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
            {
                return value;
            }

            problems.Add(key, text, "expected a whole number of at least 1", "the default (" + defaultValue.ToString(CultureInfo.InvariantCulture) + ") is used");
            return defaultValue;
        }

        /// <summary>GOV090 diagnostics as they are found, each linked where the options say.</summary>
        private sealed class ProblemList
        {
            private readonly ConfiguredHelpLinks _helpLinks;

            public ProblemList(ConfiguredHelpLinks helpLinks)
            {
                _helpLinks = helpLinks;
            }

            public List<Diagnostic> Diagnostics { get; } = new List<Diagnostic>();

            public void Add(string key, string value, string reason, string consequence) =>
                Diagnostics.Add(Diagnostic.Create(_helpLinks.Apply(InvalidOption), Location.None, key, value, reason, consequence));
        }
    }
}
