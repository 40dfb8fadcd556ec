using System;
using System.Collections.Generic;
using System.IO;

namespace Governance.Build
{
    /// <summary>
    /// The analyzer options the compiler applies to one source file, worked out the way it does from the configuration
    /// files it is given (<c>@(EditorConfigFiles)</c>): the <c>.editorconfig</c> files of the file's folder and the
    /// folders above it up to one marked <c>root = true</c>, the nearer one and the later section winning; below them the
    /// global configs, the higher <c>global_level</c> winning and a key set at the same level by two of them counting as
    /// unset (the compiler warns about that). The build task reads expiry options through it so that it and the analyzers
    /// see the same settings.
    /// </summary>
    internal static class SourceFileOptions
    {
        private static readonly StringComparison PathComparison =
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        public static Dictionary<string, string> For(IReadOnlyList<AnalyzerConfigFile> files, string sourcePath)
        {
            var path = AnalyzerConfigFile.NormalizePath(Path.GetFullPath(sourcePath));
            var options = GlobalOptions(files, path);

            // The nearest .editorconfig first, to find where a root = true stops the search; then applied outermost first.
            var applicable = new List<AnalyzerConfigFile>();
            foreach (var file in files)
            {
                if (!file.IsGlobal && IsInFolder(path, file.Directory))
                {
                    applicable.Add(file);
                }
            }

            applicable.Sort((a, b) => b.Directory.Length.CompareTo(a.Directory.Length));
            var rootIndex = applicable.FindIndex(file => file.IsRoot);
            var count = rootIndex < 0 ? applicable.Count : rootIndex + 1;
            for (var i = count - 1; i >= 0; i--)
            {
                var file = applicable[i];
                var relative = path.Substring(file.Directory.Length);
                foreach (var section in file.Sections)
                {
                    if (section.Matcher is not null && section.Matcher.IsMatch(relative))
                    {
                        foreach (var option in section.Options)
                        {
                            options[option.Key] = option.Value;
                        }
                    }
                }
            }

            return options;
        }

        private static Dictionary<string, string> GlobalOptions(IReadOnlyList<AnalyzerConfigFile> files, string path)
        {
            var chosen = new Dictionary<string, KeyValuePair<int, string?>>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files)
            {
                if (!file.IsGlobal)
                {
                    continue;
                }

                foreach (var option in file.Preamble)
                {
                    Choose(chosen, option.Key, option.Value, file.GlobalLevel);
                }

                // A global config's sections name single files by their full path.
                foreach (var section in file.Sections)
                {
                    if (string.Equals(section.Name.Replace("\\#", "#").Replace("\\;", ";"), path, PathComparison))
                    {
                        foreach (var option in section.Options)
                        {
                            Choose(chosen, option.Key, option.Value, file.GlobalLevel);
                        }
                    }
                }
            }

            var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var option in chosen)
            {
                if (option.Value.Value is { } value)
                {
                    options[option.Key] = value;
                }
            }

            return options;
        }

        private static void Choose(Dictionary<string, KeyValuePair<int, string?>> chosen, string key, string value, int level)
        {
            if (key.Equals("is_global", StringComparison.OrdinalIgnoreCase) || key.Equals("global_level", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (!chosen.TryGetValue(key, out var existing) || level > existing.Key)
            {
                chosen[key] = new KeyValuePair<int, string?>(level, value);
            }
            else if (level == existing.Key)
            {
                chosen[key] = new KeyValuePair<int, string?>(level, null);
            }
        }

        private static bool IsInFolder(string path, string directory) =>
            path.Length > directory.Length && path[directory.Length] == '/' && path.StartsWith(directory, PathComparison);
    }
}
