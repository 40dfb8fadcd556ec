using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Governance.Testing;

namespace Governance.Reliability.Tests.Fuzzing;

/// <summary>
/// Every declaration the analyzer and generator tests use, and the samples' events: the string literals in those
/// test files that declare a <c>[TelemetryEvent]</c>, read by parsing the test sources (so the corpus grows with the
/// tests), plus the samples' files. Interpolated literals are taken with their holes filled by a plausible value.
/// </summary>
internal static class DeclarationCorpus
{
    private const string Header = "using System;\nusing System.Collections.Generic;\nusing Governance;\n\nnamespace App;\n\n";

    public static IReadOnlyList<(string Name, string Source)> All { get; } = Load();

    private static List<(string Name, string Source)> Load()
    {
        var corpus = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in new[] { "Governance.Analyzers.Tests", "Governance.Generators.Tests" })
        {
            var directory = RepoPaths.InRepo("tests", project);
            foreach (var file in Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Snapshots{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
                var index = 0;
                foreach (var text in Literals(root))
                {
                    if (!text.Contains("TelemetryEvent", StringComparison.Ordinal) || !seen.Add(text))
                    {
                        continue;
                    }

                    var source = StripMarkup(text);
                    source = source.Contains("using Governance;", StringComparison.Ordinal) ? source : Header + source;
                    corpus.Add(($"{project}/{Path.GetFileName(file)}#{index++}", source));
                }
            }
        }

        foreach (var sample in new[] { "TodoCli/Telemetry/Events.cs", "Mistakes/Telemetry.cs", "Mistakes/PrivacyMistakes.cs" })
        {
            corpus.Add(("samples/" + sample, File.ReadAllText(RepoPaths.InRepo("samples", sample))));
        }

        return corpus;
    }

    private static IEnumerable<string> Literals(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    yield return literal.Token.ValueText;
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    yield return string.Concat(interpolated.Contents.Select(c => c switch
                    {
                        InterpolatedStringTextSyntax text => text.TextToken.ValueText,
                        _ => "x",
                    }));
                    break;
            }
        }
    }

    /// <summary>Removes the test markup (<c>{|#0:...|}</c>, <c>{|GOV003:...|}</c>) and keeps the code inside it.</summary>
    private static string StripMarkup(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{' && i + 1 < text.Length && text[i + 1] == '|')
            {
                var colon = text.IndexOf(':', i);
                if (colon > 0)
                {
                    i = colon;
                    continue;
                }
            }

            if (text[i] == '|' && i + 1 < text.Length && text[i + 1] == '}')
            {
                i++;
                continue;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
