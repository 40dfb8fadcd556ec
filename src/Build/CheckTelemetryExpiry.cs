using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Manifest;

namespace Governance.Build
{
    /// <summary>
    /// The expiry rules of a command-line build, checked after compile. The compiler of such a build is given no date
    /// (a date among its inputs would change every day, and every project would recompile completely on the first build
    /// of each day), so the analyzers leave GOV020 and the horizon part of GOV021 to this task, which runs in every build,
    /// no-op builds included: it reads the manifest compiled into the assembly and compares each of the assembly's own
    /// events' <c>Expires</c> with <see cref="Today"/>. It reports what the analyzer would, with the same message, at the
    /// declaration (found by a text scan: <see cref="DeclarationLocator"/>), with the severity the project's settings
    /// give the rule, and skips an event whose source file has a pinned date (<c>governance.today</c>): the analyzers
    /// checked that one while compiling.
    /// </summary>
    public sealed class CheckTelemetryExpiry : Task
    {
        /// <summary>The assembly that was just compiled.</summary>
        [Required]
        public string AssemblyPath { get; set; } = string.Empty;

        /// <summary>The date to check against, <c>yyyy-MM-dd</c>: the targets pass the clock's date (UTC).</summary>
        [Required]
        public string Today { get; set; } = string.Empty;

        /// <summary>The project's source files (<c>@(Compile)</c>), to find declarations in.</summary>
        public ITaskItem[] SourceFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The analyzer configuration files the compiler was given (<c>@(EditorConfigFiles)</c>).</summary>
        public ITaskItem[] AnalyzerConfigFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>Where to report a declaration that no source file shows.</summary>
        public string? ProjectFile { get; set; }

        public bool TreatWarningsAsErrors { get; set; }

        public string? WarningsAsErrors { get; set; }

        public string? WarningsNotAsErrors { get; set; }

        public string? NoWarn { get; set; }

        /// <inheritdoc />
        public override bool Execute()
        {
            if (!ExpiryConventions.TryParseDate(Today.Trim(), out var today))
            {
                Log.LogWarning(null, "GOVBUILD004", null, ProjectFile, 0, 0, 0, 0, "Governance could not check event expiry: '{0}' is not a date written as yyyy-MM-dd", Today);
                return true;
            }

            List<DeclaredExpiry> events;
            try
            {
                var json = AssemblyManifestReader.ReadJson(AssemblyPath);
                events = json is null ? new List<DeclaredExpiry>() : DeclaredExpiry.ReadOwn(ManifestJsonReader.Read(json));
            }
            catch (Exception ex) when (ex is IOException || ex is BadImageFormatException || ex is UnauthorizedAccessException || ex is FormatException)
            {
                // The documents task reports an assembly or manifest it cannot read; saying it twice helps no one.
                Log.LogMessage(MessageImportance.Low, "Governance did not check event expiry: the manifest of '{0}' could not be read: {1}", AssemblyPath, ex.Message);
                return true;
            }

            // Only an event expired, or beyond the shortest horizon configured anywhere, can be reported. The others need no
            // configuration parsed and no source file read, which keeps the check cheap in the common case: every event
            // within its dates.
            var configTexts = ReadConfigTexts();
            var shortestHorizon = ShortestHorizon(configTexts);
            var candidates = events.FindAll(evt => evt.Expiry < today || evt.Expiry > today.AddDays(shortestHorizon));
            if (candidates.Count == 0)
            {
                return true;
            }

            var configs = configTexts.ConvertAll(config => AnalyzerConfigFile.Parse(config.Value, config.Key));
            var locator = new DeclarationLocator(SourcePaths());
            var warnings = new ProjectWarningSettings(TreatWarningsAsErrors, WarningsAsErrors, WarningsNotAsErrors, NoWarn);
            foreach (var evt in candidates)
            {
                var declaration = locator.Find(evt.Name, evt.SourceType);
                var options = SourceFileOptions.For(configs, declaration?.File ?? ImaginedSourceFile(evt));
                if (CompilerHadDate(options))
                {
                    continue;
                }

                var horizonDays = ReadHorizonDays(options) ?? ExpiryConventions.DefaultHorizonDays;
                var latest = today.AddDays(horizonDays);
                if (evt.Expiry < today)
                {
                    Report(DiagnosticIds.ExpiredEvent, ReportSeverity.Error, warnings, options, declaration, locator,
                        string.Format(CultureInfo.InvariantCulture, ExpiryConventions.ExpiredMessageFormat, evt.Name, ExpiryConventions.FormatDate(evt.Expiry), ExpiryConventions.FormatDate(latest)));
                }
                else if (evt.Expiry > latest)
                {
                    Report(DiagnosticIds.ExpiryOutsidePolicy, ReportSeverity.Warning, warnings, options, declaration, locator,
                        string.Format(CultureInfo.InvariantCulture, ExpiryConventions.OutsidePolicyMessageFormat, evt.Name, ExpiryConventions.BeyondHorizon(evt.Expiry, horizonDays, latest)));
                }
            }

            return !Log.HasLoggedErrors;
        }

        /// <summary>
        /// Whether the analyzers had a date for this declaration, and so reported (or, for a malformed pin, reported GOV090
        /// and switched the rules off) while compiling: exactly when <c>GovernanceOptions</c> reads one.
        /// </summary>
        private static bool CompilerHadDate(IReadOnlyDictionary<string, string> options) =>
            (options.TryGetValue(ExpiryConventions.TodayKey, out var pinned) && !string.IsNullOrWhiteSpace(pinned))
            || (options.TryGetValue(ExpiryConventions.BuildTodayKey, out var build) && ExpiryConventions.TryParseDate(build.Trim(), out _));

        /// <summary>The horizon option as the analyzers read it: a whole number of at least 1 day, else the default.</summary>
        private static int? ReadHorizonDays(IReadOnlyDictionary<string, string> options) =>
            options.TryGetValue(ExpiryConventions.HorizonDaysKey, out var text)
            && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= 1
                ? days
                : (int?)null;

        /// <summary>The shortest horizon any configuration file sets (the default when none mentions the option).</summary>
        private static int ShortestHorizon(List<KeyValuePair<string, string>> configTexts)
        {
            var shortest = ExpiryConventions.DefaultHorizonDays;
            foreach (var config in configTexts)
            {
                if (config.Value.IndexOf(ExpiryConventions.HorizonDaysKey, StringComparison.OrdinalIgnoreCase) < 0)
                {
                    continue;
                }

                var file = AnalyzerConfigFile.Parse(config.Value, config.Key);
                var sections = new List<IReadOnlyDictionary<string, string>> { file.Preamble };
                foreach (var section in file.Sections)
                {
                    sections.Add(section.Options);
                }

                foreach (var options in sections)
                {
                    if (ReadHorizonDays(options) is { } days && days < shortest)
                    {
                        shortest = days;
                    }
                }
            }

            return shortest;
        }

        private void Report(
            string id, ReportSeverity defaultSeverity, ProjectWarningSettings warnings, IReadOnlyDictionary<string, string> options, SourcePosition? declaration, DeclarationLocator locator, string message)
        {
            var severity = warnings.SeverityOf(id, ExpiryConventions.Category, defaultSeverity, options);
            if (declaration is not null && locator.Read(declaration.File) is { } text && PragmaWarnings.IsDisabled(text, declaration.Offset, id))
            {
                severity = ReportSeverity.None;
            }

            options.TryGetValue(RulesDocumentAddress.Key, out var rulesDocument);
            var helpLink = HelpLinks.For(id, RulesDocumentAddress.Read(rulesDocument, out _));
            var file = declaration?.File ?? ProjectFile;
            int line = declaration?.Line ?? 0, column = declaration?.Column ?? 0;
            switch (severity)
            {
                case ReportSeverity.Error:
                    Log.LogError(null, id, null, helpLink, file, line, column, 0, 0, "{0}", message);
                    break;
                case ReportSeverity.Warning:
                    Log.LogWarning(null, id, null, helpLink, file, line, column, 0, 0, "{0}", message);
                    break;
                case ReportSeverity.Suggestion:
                    Log.LogMessage(null, id, null, file, line, column, 0, 0, MessageImportance.Normal, "{0}", message);
                    break;
            }
        }

        /// <summary>The configuration files' paths and texts.</summary>
        private List<KeyValuePair<string, string>> ReadConfigTexts()
        {
            var configs = new List<KeyValuePair<string, string>>();
            foreach (var item in AnalyzerConfigFiles)
            {
                var path = item.GetMetadata("FullPath");
                try
                {
                    configs.Add(new KeyValuePair<string, string>(path, File.ReadAllText(path)));
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    // The compiler reports a configuration file it cannot read.
                    Log.LogMessage(MessageImportance.Low, "Governance could not read '{0}': {1}", path, ex.Message);
                }
            }

            return configs;
        }

        private List<string> SourcePaths()
        {
            var paths = new List<string>(SourceFiles.Length);
            foreach (var item in SourceFiles)
            {
                paths.Add(item.GetMetadata("FullPath"));
            }

            return paths;
        }

        /// <summary>
        /// Where options are read for a declaration no source file shows: a file named after the type beside the project
        /// file, which most projects' sections (<c>[*.cs]</c>) match as they match the real one.
        /// </summary>
        private string ImaginedSourceFile(DeclaredExpiry evt)
        {
            var directory = string.IsNullOrEmpty(ProjectFile) ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(ProjectFile));
            return Path.Combine(directory ?? string.Empty, evt.SourceType.Substring(evt.SourceType.LastIndexOf('.') + 1) + ".cs");
        }
    }
}
