using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Governance.Build
{
    /// <summary>
    /// Finds where an event is declared, from the project's source files, so that a diagnostic reported after compile
    /// points where the analyzer's would: at the value of <c>Expires</c> in the event's <c>[TelemetryEvent]</c>. The
    /// compiled manifest holds the event's name and type but no file or line (a location in it would make every edit
    /// that moves a line regenerate it), so this is a text scan, an approximation: first the attribute with the name as a
    /// literal (<c>[TelemetryEvent("app.started"</c>), else (a name from a constant) a <c>class|struct|record</c>
    /// declaration of the type's simple name with the attribute before it, else that declaration alone. Line comments
    /// are skipped; a block comment, an inactive <c>#if</c> branch or another type of the same simple name can mislead
    /// it, and when nothing is found the caller reports on the project file.
    /// </summary>
    internal sealed class DeclarationLocator
    {
        /// <summary><c>Expires =</c> as a named argument (not <c>==</c>), and the space before its value.</summary>
        private static readonly Regex ExpiresValue = new Regex(@"\GExpires\s*=(?!=)\s*", RegexOptions.CultureInvariant);

        private readonly IReadOnlyList<string> _sourceFiles;
        private readonly Dictionary<string, string?> _texts = new Dictionary<string, string?>(StringComparer.Ordinal);

        public DeclarationLocator(IReadOnlyList<string> sourceFiles)
        {
            _sourceFiles = sourceFiles;
        }

        /// <summary>The declaration of the event, or null when no source file shows it.</summary>
        public SourcePosition? Find(string eventName, string sourceType)
        {
            var literal = new Regex(@"\bTelemetryEvent(?:Attribute)?\s*\(\s*@?""" + Regex.Escape(eventName) + @"""", RegexOptions.CultureInvariant);
            foreach (var file in _sourceFiles)
            {
                var text = Read(file);
                if (text is null || text.IndexOf(eventName, StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                foreach (Match match in literal.Matches(text))
                {
                    if (!IsInLineComment(text, match.Index))
                    {
                        return ExpiresOrAttribute(file, text, match.Index);
                    }
                }
            }

            var typeName = sourceType.Substring(sourceType.LastIndexOf('.') + 1);
            var declaration = new Regex(@"\b(?:class|struct|record)\s+@?" + Regex.Escape(typeName) + @"\b", RegexOptions.CultureInvariant);
            SourcePosition? typeOnly = null;
            foreach (var file in _sourceFiles)
            {
                var text = Read(file);
                if (text is null || text.IndexOf(typeName, StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                foreach (Match match in declaration.Matches(text))
                {
                    if (IsInLineComment(text, match.Index))
                    {
                        continue;
                    }

                    var attribute = AttributeBefore(text, match.Index);
                    if (attribute >= 0)
                    {
                        return ExpiresOrAttribute(file, text, attribute);
                    }

                    typeOnly ??= SourcePosition.At(file, text, match.Index + match.Length - typeName.Length);
                }
            }

            return typeOnly;
        }

        /// <summary>The text of a source file as read for <see cref="Find"/>, or null when it cannot be read.</summary>
        public string? Read(string path)
        {
            if (!_texts.TryGetValue(path, out var text))
            {
                try
                {
                    text = File.ReadAllText(path);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
                {
                    text = null;
                }

                _texts[path] = text;
            }

            return text;
        }

        /// <summary>The value of <c>Expires = ...</c> in the attribute that starts at <paramref name="attribute"/>, else the attribute's name.</summary>
        private static SourcePosition ExpiresOrAttribute(string file, string text, int attribute)
        {
            var open = text.IndexOf('(', attribute);
            var depth = 0;
            for (var i = open; i >= 0 && i < text.Length; i++)
            {
                var c = text[i];
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && --depth == 0)
                {
                    break;
                }
                else if (c == '"' || c == '\'')
                {
                    i = SkipLiteral(text, i);
                }
                else if (depth == 1 && c == 'E' && (i == 0 || !IsIdentifierPart(text[i - 1])))
                {
                    var value = ExpiresValue.Match(text, i);
                    if (value.Success && value.Index == i)
                    {
                        return SourcePosition.At(file, text, i + value.Length);
                    }
                }
            }

            return SourcePosition.At(file, text, attribute);
        }

        /// <summary>The start of the last <c>TelemetryEvent</c> attribute before a type declaration that closes before it, or -1.</summary>
        private static int AttributeBefore(string text, int declaration)
        {
            var attributes = new Regex(@"\bTelemetryEvent(?:Attribute)?\s*\(", RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
            var match = attributes.Match(text, 0, declaration);
            if (!match.Success)
            {
                return -1;
            }

            // Only an attribute with nothing but other attributes and modifiers between it and the declaration belongs to it.
            var end = ArgumentListEnd(text, match.Index + match.Length - 1);
            if (end < 0 || end > declaration)
            {
                return -1;
            }

            var between = text.Substring(end, declaration - end);
            return between.IndexOf('{') < 0 && between.IndexOf('}') < 0 && between.IndexOf(';') < 0 ? match.Index : -1;
        }

        /// <summary>The index just past the ')' that closes the '(' at <paramref name="open"/>, skipping strings and characters; -1 if none.</summary>
        private static int ArgumentListEnd(string text, int open)
        {
            var depth = 0;
            for (var i = open; i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '(':
                        depth++;
                        break;
                    case ')':
                        if (--depth == 0)
                        {
                            return i + 1;
                        }

                        break;
                    case '"':
                    case '\'':
                        i = SkipLiteral(text, i);
                        break;
                }
            }

            return -1;
        }

        /// <summary>The index of the quote that closes the literal opened at <paramref name="start"/> (verbatim and raw included).</summary>
        private static int SkipLiteral(string text, int start)
        {
            var quote = text[start];
            var verbatim = quote == '"' && start > 0 && (text[start - 1] == '@' || (start > 1 && text[start - 1] == '$' && text[start - 2] == '@'));
            if (quote == '"' && string.CompareOrdinal(text, start, "\"\"\"", 0, 3) == 0)
            {
                var quotes = 3;
                while (start + quotes < text.Length && text[start + quotes] == '"')
                {
                    quotes++;
                }

                var close = text.IndexOf(new string('"', quotes), start + quotes, StringComparison.Ordinal);
                return close < 0 ? text.Length : close + quotes - 1;
            }

            for (var i = start + 1; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\\' && !verbatim)
                {
                    i++;
                }
                else if (c == quote)
                {
                    if (verbatim && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        i++;
                        continue;
                    }

                    return i;
                }
                else if ((c == '\n' || c == '\r') && !verbatim)
                {
                    return i;
                }
            }

            return text.Length;
        }

        private static bool IsInLineComment(string text, int position)
        {
            var lineStart = position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
            return text.IndexOf("//", lineStart, position - lineStart, StringComparison.Ordinal) >= 0;
        }

        private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';
    }
}
