using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Diagnostics;

namespace Governance.Analyzers.Configuration
{
    /// <summary>
    /// Where the help links point: rules.md at the package's project URL, or the document a team names with
    /// <c>governance.help_base_url</c>. Roslyn takes a diagnostic's help link from its descriptor, and descriptors are
    /// static, so a configured address gets copies of the rules' descriptors that differ only in the link, made once
    /// per descriptor and kept here. The IDE's error list and the compiler's SARIF log read the link from the reported
    /// diagnostic, so both show the configured one.
    /// </summary>
    internal sealed class ConfiguredHelpLinks
    {
        public const string Key = RulesDocumentAddress.Key;

        /// <summary>The default links, which are the descriptors' own.</summary>
        public static readonly ConfiguredHelpLinks Default = new ConfiguredHelpLinks(HelpLinks.DefaultRulesDocument);

        private readonly ConcurrentDictionary<DiagnosticDescriptor, DiagnosticDescriptor> _descriptors =
            new ConcurrentDictionary<DiagnosticDescriptor, DiagnosticDescriptor>();

        private ConfiguredHelpLinks(string rulesDocument)
        {
            RulesDocument = rulesDocument;
        }

        /// <summary>The address of the rules document; each rule's link is this plus <c>#</c> and its anchor.</summary>
        public string RulesDocument { get; }

        /// <summary>
        /// The links <paramref name="options"/> configure; the default when the key is absent or its value is not an
        /// absolute http, https or file address without a fragment (then <paramref name="problem"/> says why).
        /// </summary>
        public static ConfiguredHelpLinks Read(AnalyzerConfigOptions options, out string? problem)
        {
            options.TryGetValue(Key, out var text);
            var address = RulesDocumentAddress.Read(text, out problem);
            return address == HelpLinks.DefaultRulesDocument ? Default : new ConfiguredHelpLinks(address);
        }

        /// <summary><paramref name="descriptor"/> with its help link pointing at <see cref="RulesDocument"/>.</summary>
        public DiagnosticDescriptor Apply(DiagnosticDescriptor descriptor) =>
            ReferenceEquals(this, Default) ? descriptor : _descriptors.GetOrAdd(descriptor, Relink);

        private DiagnosticDescriptor Relink(DiagnosticDescriptor descriptor) =>
            new DiagnosticDescriptor(
                descriptor.Id,
                descriptor.Title,
                descriptor.MessageFormat,
                descriptor.Category,
                descriptor.DefaultSeverity,
                descriptor.IsEnabledByDefault,
                descriptor.Description,
                HelpLinks.For(descriptor.Id, RulesDocument),
                descriptor.CustomTags.ToArray());
    }
}
