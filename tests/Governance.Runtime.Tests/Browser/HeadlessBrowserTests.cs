using Governance.Testing;

namespace Governance.Runtime.Tests.Browser;

/// <summary>The headless browser that checks documents people read: it returns what a reader sees, and fails clearly.</summary>
public sealed class HeadlessBrowserTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("governance-browser-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [BrowserFact]
    public async Task The_rendered_text_is_what_a_reader_sees()
    {
        var page = Path.Combine(_folder.FullName, "page.html");
        File.WriteAllText(page, """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Test page</title><style>.shout { text-transform: uppercase; }</style></head>
            <body>
              <h1>Telemetry collected by Größe &amp; Co</h1>
              <p style="display:none">hidden-canary</p>
              <p class="shout">made upper-case by a style</p>
              <p id="scripted"></p>
              <script>document.getElementById("scripted").textContent = "Written by a script";</script>
            </body>
            </html>
            """);

        var text = await HeadlessBrowser.RenderTextAsync(page);

        Assert.Contains("Telemetry collected by Größe & Co", text, StringComparison.Ordinal);
        Assert.Contains("MADE UPPER-CASE BY A STYLE", text, StringComparison.Ordinal);
        Assert.Contains("Written by a script", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-canary", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Test page", text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task One_browser_renders_several_pages_and_a_missing_file_is_an_error()
    {
        var first = Path.Combine(_folder.FullName, "first.html");
        var second = Path.Combine(_folder.FullName, "second.html");
        File.WriteAllText(first, "<p>first page</p>");
        File.WriteAllText(second, "<p>second page</p>");

        await using var browser = await HeadlessBrowser.StartAsync();

        Assert.Equal("first page", (await browser.RenderAsync(first)).Trim());
        Assert.Equal("second page", (await browser.RenderAsync(second)).Trim());
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => browser.RenderAsync(Path.Combine(_folder.FullName, "missing.html")));
        Assert.Contains("missing.html", missing.Message, StringComparison.Ordinal);
    }
}
