using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace Governance.Build
{
    /// <summary>
    /// One <c>.editorconfig</c> or global analyzer config (<c>.globalconfig</c>, or any file with <c>is_global = true</c>)
    /// as the compiler reads it: keys are case-insensitive, a value ends at an inline <c>#</c> or <c>;</c> comment, a
    /// section whose name is not a valid glob is ignored. Only what deciding an option for a source file needs is kept.
    /// </summary>
    internal sealed class AnalyzerConfigFile
    {
        private static readonly Regex SectionLine = new Regex(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
        private static readonly Regex PropertyLine = new Regex(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);

        private AnalyzerConfigFile(string directory, bool isGlobal, bool isRoot, int globalLevel, Dictionary<string, string> preamble, List<Section> sections)
        {
            Directory = directory;
            IsGlobal = isGlobal;
            IsRoot = isRoot;
            GlobalLevel = globalLevel;
            Preamble = preamble;
            Sections = sections;
        }

        /// <summary>The folder of the file, written with '/' and without a trailing '/'.</summary>
        public string Directory { get; }

        /// <summary>A global config applies its options to every file of the compilation, whatever its folder.</summary>
        public bool IsGlobal { get; }

        /// <summary><c>root = true</c>: configuration files in folders above this one are not read.</summary>
        public bool IsRoot { get; }

        /// <summary>Which of two global configs setting one key wins (the higher); 100 for <c>.globalconfig</c>, else 0.</summary>
        public int GlobalLevel { get; }

        /// <summary>The options before the first section: a global config's options for every file.</summary>
        public IReadOnlyDictionary<string, string> Preamble { get; }

        /// <summary>The sections in file order (a later one overrides an earlier one for the same key).</summary>
        public IReadOnlyList<Section> Sections { get; }

        public static AnalyzerConfigFile Parse(string text, string path)
        {
            var preamble = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var sections = new List<Section>();
            Dictionary<string, string>? current = preamble;
            using (var reader = new StringReader(text))
            {
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    var trimmed = line.Trim();
                    if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
                    {
                        continue;
                    }

                    var section = SectionLine.Match(line);
                    if (section.Success)
                    {
                        var matcher = SectionNameMatcher.TryCreate(section.Groups[1].Value);
                        current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                        sections.Add(new Section(section.Groups[1].Value, matcher, current));
                        continue;
                    }

                    var property = PropertyLine.Match(line);
                    if (property.Success)
                    {
                        current[property.Groups[1].Value] = property.Groups[2].Value;
                    }
                }
            }

            var fileName = System.IO.Path.GetFileName(path);
            var isGlobal = string.Equals(fileName, ".globalconfig", StringComparison.OrdinalIgnoreCase)
                || (preamble.TryGetValue("is_global", out var global) && string.Equals(global, "true", StringComparison.OrdinalIgnoreCase));
            var isRoot = !isGlobal && preamble.TryGetValue("root", out var root) && string.Equals(root, "true", StringComparison.OrdinalIgnoreCase);
            var level = string.Equals(fileName, ".globalconfig", StringComparison.OrdinalIgnoreCase) ? 100 : 0;
            if (preamble.TryGetValue("global_level", out var levelText) && int.TryParse(levelText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var declaredLevel))
            {
                level = declaredLevel;
            }

            var directory = NormalizePath(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? string.Empty).TrimEnd('/');
            return new AnalyzerConfigFile(directory, isGlobal, isRoot, level, preamble, sections);
        }

        /// <summary>A full path written with '/' only, as section names are.</summary>
        public static string NormalizePath(string path) => path.Replace('\\', '/');

        /// <summary>One <c>[section]</c>: its name, how it matches files (null when it never does), and its options.</summary>
        public sealed class Section
        {
            public Section(string name, SectionNameMatcher? matcher, IReadOnlyDictionary<string, string> options)
            {
                Name = name;
                Matcher = matcher;
                Options = options;
            }

            public string Name { get; }

            public SectionNameMatcher? Matcher { get; }

            public IReadOnlyDictionary<string, string> Options { get; }
        }
    }
}
