using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Governance.Reliability.Tests.Infrastructure;
using Governance.Testing;

namespace Governance.Reliability.Tests.HostileInput;

/// <summary>
/// Declared text is data, never code or markup: quotes, backslashes, line breaks, comment ends, raw-string quotes,
/// script tags, Markdown pipes and backticks, control characters and lone surrogates in purposes, descriptions,
/// owners, event names and wire names. The generated C# compiles and holds the exact text, the JSON parses and
/// round-trips, and the Markdown renders that text as text: no broken table, no injected HTML.
/// </summary>
public sealed class HostileStringTests
{
    public static readonly string[] Hostile =
    [
        "He said \"hi\" and left",
        "C:\\Users\\ada\\file \\n not a newline",
        "line one\nline two\r\nline three",
        "ends a comment */ and opens one /*",
        "raw \"\"\" quotes \"\"\"\" and more",
        "</script><script>alert('x')</script>",
        "| pipe | in | a | table |",
        "`code` and ``more`` and ```fence```",
        "**bold** _italic_ [link](https://example.org) ![image](x.png) <https://auto.link>",
        "<b>bold</b> &amp; &lt;entity&gt; &#x41;",
        "bell\u0007 escape\u001b[31m red nul\0 end",
        "lone \ud800 high and \udc00 low surrogates",
        "line\u2028separator and paragraph\u2029separator",
        "# heading\n- list item\n> quote",
        "{{ braces }} and {0} format",
        "right-to-left \u202e override",
        "emoji 😀 stays whole",
    ];

    public static TheoryData<int> Cases => new(Enumerable.Range(0, Hostile.Length));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_text_stays_text_in_code_json_and_markdown(int index)
    {
        var text = Hostile[index];
        var outcome = Generate(text);
        Assert.Null(outcome.Crash());
        Assert.Empty(outcome.GeneratedCodeProblems());

        var expected = WithoutLoneSurrogates(text);

        // C#: the compiled descriptor holds the exact text.
        var descriptor = LoadDescriptor(outcome.Output);
        Assert.Equal("evil." + expected, descriptor.Name);
        Assert.Equal(expected, descriptor.Purpose);
        Assert.Equal(expected, descriptor.Owner);
        Assert.Equal(expected, descriptor.Fields[0].Description);
        Assert.Equal("w " + expected, descriptor.Fields[0].Name);

        // JSON: valid, schema-conformant, and the values come back exactly.
        var json = outcome.ManifestDocument()!;
        Assert.Empty(ManifestSchema.Validate(json));
        using (var document = JsonDocument.Parse(json))
        {
            var evt = document.RootElement.GetProperty("events")[0];
            Assert.Equal("evil." + expected, evt.GetProperty("name").GetString());
            Assert.Equal(expected, evt.GetProperty("purpose").GetString());
            Assert.Equal(expected, evt.GetProperty("owner").GetString());
            Assert.Equal(expected, evt.GetProperty("fields")[0].GetProperty("description").GetString());
            Assert.Equal("w " + expected, evt.GetProperty("fields")[0].GetProperty("name").GetString());
        }

        // JSON is also safe to embed in an HTML page: no raw '<', '>', '&' or line separators.
        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('\u2028', json);

        // Markdown: every table keeps its shape and each cell renders as the declared text, on one line.
        var markdown = CompiledManifest.PrivacyDocument(outcome.CompiledManifestJson()!);
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
        var parsed = Markdown.Parse(markdown, pipeline);
        var tables = parsed.Descendants<Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, table => Assert.All(table.OfType<TableRow>(), row => Assert.Equal(((TableRow)table[0]).Count, row.Count)));
        var oneLine = AsOneLine(expected);
        var summaryRow = (TableRow)tables[0][1];
        Assert.Equal("evil." + oneLine, CellText(summaryRow[0]));
        Assert.Equal(oneLine, CellText(summaryRow[1]));
        var fieldRow = (TableRow)tables[1][1];
        Assert.Equal("w " + oneLine, CellText(fieldRow[0]));
        Assert.Equal(oneLine, CellText(fieldRow[3]));

        // No HTML reaches the rendered page except what the document itself is made of.
        var html = Markdown.ToHtml(markdown, pipeline);
        foreach (var tag in new[] { "<script", "<b>", "<img", "<a ", "<blockquote", "<h1>evil", "<li>list" })
        {
            Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
        }

        // The document's own emphasis (its labels) and code (DO_NOT_TRACK) are all there is: the same count as for plain text.
        var plain = Generate("plain").CompiledManifestJson()!;
        var plainHtml = Markdown.ToHtml(CompiledManifest.PrivacyDocument(plain), pipeline);
        foreach (var tag in new[] { "<strong>", "<em>", "<code" })
        {
            Assert.Equal(Occurrences(plainHtml, tag), Occurrences(html, tag));
        }

        // The web page the build writes beside the Markdown: the same, escaped by its own renderer.
        var page = CompiledManifest.PrivacyPage(outcome.CompiledManifestJson()!);
        var plainPage = CompiledManifest.PrivacyPage(plain);
        foreach (var tag in new[] { "<script", "<b>", "<img", "<a ", "<blockquote", "<h1>evil", "<li>list" })
        {
            Assert.DoesNotContain(tag, page, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var tag in new[] { "<strong>", "<em>", "<code", "<td>", "<tr>", "<li>", "<h" })
        {
            Assert.Equal(Occurrences(plainPage, tag), Occurrences(page, tag));
        }
    }

    private static ToolchainOutcome Generate(string text)
    {
        var source = $$"""
            using Governance;

            namespace Hostile;

            [TelemetryEvent({{Literal("evil." + text)}}, Purpose = {{Literal(text)}}, RetentionDays = 30, Consent = Consent.OptIn, Owner = {{Literal(text)}})]
            public partial record Evil
            {
                [TelemetryField({{Literal(text)}}, Name = {{Literal("w " + text)}})]
                public int Value { get; init; }
            }
            """;
        return Toolchain.Run(Toolchain.Compile(source), analyzers: false);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>What the tools promise to keep: the text, with lone surrogates (not representable in UTF-8) as U+FFFD.</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>In a table cell or a list item, line breaks and control characters become spaces.</summary>
    private static string AsOneLine(string text) =>
        new(text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c).ToArray());

    /// <summary>The plain text a cell renders to: literals, with entities decoded and no markup.</summary>
    private static string CellText(Block cell)
    {
        var builder = new StringBuilder();
        foreach (var inline in cell.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case CodeInline or EmphasisInline or LinkInline or HtmlInline or AutolinkInline:
                    Assert.Fail($"the cell contains markup ({inline.GetType().Name}): {cell}");
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    private static TelemetryEventDescriptor LoadDescriptor(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("hostile", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var type = assembly.GetType("Hostile.Evil")!;
            return (TelemetryEventDescriptor)type.GetProperty("TelemetryDescriptor")!.GetValue(null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
