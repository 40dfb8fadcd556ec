using System;
using System.Collections.Generic;

namespace Governance.Build
{
    /// <summary>
    /// How the compiler would treat an analyzer diagnostic in this project, from the project's warning properties
    /// (<c>NoWarn</c>, <c>TreatWarningsAsErrors</c>, <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c>) and the source
    /// file's options (<c>dotnet_diagnostic.ID.severity</c>, then <c>dotnet_analyzer_diagnostic.category-X.severity</c>,
    /// then <c>dotnet_analyzer_diagnostic.severity</c>), so a diagnostic the build task reports instead of an analyzer
    /// is as severe as the analyzer's would have been.
    /// </summary>
    internal sealed class ProjectWarningSettings
    {
        private readonly bool _treatWarningsAsErrors;
        private readonly HashSet<string> _warningsAsErrors;
        private readonly HashSet<string> _warningsNotAsErrors;
        private readonly HashSet<string> _noWarn;

        public ProjectWarningSettings(bool treatWarningsAsErrors, string? warningsAsErrors, string? warningsNotAsErrors, string? noWarn)
        {
            _treatWarningsAsErrors = treatWarningsAsErrors;
            _warningsAsErrors = Ids(warningsAsErrors);
            _warningsNotAsErrors = Ids(warningsNotAsErrors);
            _noWarn = Ids(noWarn);
        }

        public ReportSeverity SeverityOf(string id, string category, ReportSeverity defaultSeverity, IReadOnlyDictionary<string, string> options)
        {
            if (_noWarn.Contains(id))
            {
                return ReportSeverity.None;
            }

            var severity = defaultSeverity;
            if (TryRead(options, "dotnet_diagnostic." + id + ".severity", out var configured))
            {
                severity = configured == ReportSeverity.Default ? defaultSeverity : configured;
            }
            else if (!_warningsAsErrors.Contains(id) && !_warningsNotAsErrors.Contains(id)
                && (TryRead(options, "dotnet_analyzer_diagnostic.category-" + category + ".severity", out configured)
                    || TryRead(options, "dotnet_analyzer_diagnostic.severity", out configured)))
            {
                // Settings for a whole category or for every analyzer give way to any setting naming the id.
                severity = configured == ReportSeverity.Default ? defaultSeverity : configured;
            }

            if (severity == ReportSeverity.Warning
                && (_warningsAsErrors.Contains(id) || (_treatWarningsAsErrors && !_warningsNotAsErrors.Contains(id))))
            {
                return ReportSeverity.Error;
            }

            return severity;
        }

        private static bool TryRead(IReadOnlyDictionary<string, string> options, string key, out ReportSeverity severity)
        {
            severity = ReportSeverity.Default;
            if (!options.TryGetValue(key, out var text))
            {
                return false;
            }

            switch (text.Trim().ToLowerInvariant())
            {
                case "default": severity = ReportSeverity.Default; return true;
                case "error": severity = ReportSeverity.Error; return true;
                case "warning": severity = ReportSeverity.Warning; return true;
                case "suggestion": severity = ReportSeverity.Suggestion; return true;
                case "silent":
                case "refactoring":
                case "none": severity = ReportSeverity.None; return true;
                default: return false; // The compiler ignores a value it cannot read, and so does this.
            }
        }

        private static HashSet<string> Ids(string? list)
        {
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var id in (list ?? string.Empty).Split(';', ','))
            {
                if (id.Trim().Length > 0)
                {
                    ids.Add(id.Trim());
                }
            }

            return ids;
        }
    }
}
