using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Governance.Testing;

/// <summary>
/// A real browser for tests of documents people read: Chromium without a window, driven through the DevTools protocol
/// over a WebSocket, loads a local HTML file and returns the text a reader sees (<c>document.body.innerText</c>:
/// styles and scripts applied, hidden elements left out).
/// </summary>
/// <remarks>
/// Every wait is on the protocol (the browser's "DevTools listening" line, the command's answer, the page's load
/// event for this very navigation), bounded by one generous deadline; nothing sleeps. Each browser has a profile of
/// its own in a new temporary folder, deleted when it is disposed. Tests that need it use <see cref="BrowserFactAttribute"/>,
/// which skips them on a machine without Chromium.
/// </remarks>
public sealed partial class HeadlessBrowser : IAsyncDisposable
{
    /// <summary>An environment variable that names the Chromium (or Chrome) executable to use instead of Debian's.</summary>
    public const string ExecutableVariable = "GOVERNANCE_CHROMIUM";

    private const string DebianChromium = "/usr/bin/chromium";

    // Generous: a cold start on a busy shared machine takes seconds; a hang must still end the test.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ClientWebSocket _socket;
    private readonly string _profile;
    private readonly Output _output;
    private readonly List<JsonObject> _events = [];
    private int _lastId;

    private HeadlessBrowser(Process process, ClientWebSocket socket, string profile, Output output)
    {
        _process = process;
        _socket = socket;
        _profile = profile;
        _output = output;
    }

    /// <summary>The browser tests use: <see cref="ExecutableVariable"/> if set, else Debian's Chromium; null when neither exists.</summary>
    public static string? ExecutablePath { get; } = FindExecutable();

    /// <summary>Why browser tests are skipped here, and how to run them.</summary>
    public static string MissingBrowserMessage =>
        (Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } configured
            ? $"{ExecutableVariable} names {configured}, which does not exist"
            : $"No Chromium at {DebianChromium}")
        + $": browser tests are skipped. Install Chromium (on Debian: 'sudo apt-get install -y chromium'; .ci/run does this), "
        + $"or set {ExecutableVariable} to a Chromium or Chrome executable.";

    /// <summary>Starts a browser, loads one file and returns its rendered text.</summary>
    public static async Task<string> RenderTextAsync(string htmlFile)
    {
        await using var browser = await StartAsync();
        return await browser.RenderAsync(htmlFile);
    }

    /// <summary>Starts Chromium with a fresh profile and connects to it.</summary>
    public static async Task<HeadlessBrowser> StartAsync()
    {
        var executable = ExecutablePath ?? throw new InvalidOperationException(MissingBrowserMessage);
        var profile = Directory.CreateTempSubdirectory("governance-browser-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };

        // No sandbox: CI runs as root, where Chromium's sandbox refuses to start. The rest keeps a closed machine quiet:
        // no background connections, component downloads, sync or QUIC, whose refused connections would only add noise.
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new Output();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.Exited += (_, _) => output.Exited();
        try
        {
            process.Start();
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            using var deadline = new CancellationTokenSource(Deadline);
            var endpoint = await output.Endpoint.WaitAsync(deadline.Token).ConfigureAwait(false);
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(endpoint, deadline.Token).ConfigureAwait(false);
            return new HeadlessBrowser(process, socket, profile, output);
        }
        catch (Exception e)
        {
            Stop(process);
            DeleteProfile(profile);
            throw new InvalidOperationException($"Chromium ({executable}) did not start: {e.Message}\n{output}", e);
        }
    }

    /// <summary>Loads the file in a new tab and returns <c>document.body.innerText</c> once the page has loaded.</summary>
    public Task<string> RenderAsync(string htmlFile) => EvaluateAsync(htmlFile, "document.body.innerText");

    /// <summary>
    /// Loads the file in a new tab and returns the value of a JavaScript expression (which must yield a string) evaluated
    /// in the page once it has loaded: to ask what the browser made of the page, such as its headings' ids.
    /// </summary>
    public async Task<string> EvaluateAsync(string htmlFile, string expression)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var token = deadline.Token;
        try
        {
            var targetId = (await CommandAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, token))["targetId"]!.GetValue<string>();
            var session = (await CommandAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true }, null, token))["sessionId"]!.GetValue<string>();
            await CommandAsync("Page.enable", null, session, token);
            await CommandAsync("Page.setLifecycleEventsEnabled", new JsonObject { ["enabled"] = true }, session, token);

            var url = new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri;
            var navigation = await CommandAsync("Page.navigate", new JsonObject { ["url"] = url }, session, token);
            if (navigation["errorText"]?.GetValue<string>() is { Length: > 0 } error)
            {
                throw new InvalidOperationException($"Chromium could not load {url}: {error}");
            }

            // The load event of this navigation, not of the blank page before it.
            var loaderId = navigation["loaderId"]!.GetValue<string>();
            await EventAsync(session, "Page.lifecycleEvent", p => p["name"]?.GetValue<string>() == "load" && p["loaderId"]?.GetValue<string>() == loaderId, token);

            var evaluation = await CommandAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true }, session, token);
            if (evaluation["exceptionDetails"] is { } exception)
            {
                throw new InvalidOperationException("Reading the page's text failed: " + exception.ToJsonString());
            }

            var text = evaluation["result"]!["value"]!.GetValue<string>();
            await CommandAsync("Target.closeTarget", new JsonObject { ["targetId"] = targetId }, null, token);
            return text;
        }
        catch (OperationCanceledException e) when (token.IsCancellationRequested)
        {
            throw new TimeoutException($"Chromium did not render {htmlFile} within {Deadline.TotalSeconds} seconds.\n{_output}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var deadline = new CancellationTokenSource(Deadline);
                await SendAsync("Browser.close", null, null, deadline.Token).ConfigureAwait(false);
                await _process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The browser went away or would not close: it is stopped below either way.
        }
        finally
        {
            _socket.Dispose();
            Stop(_process);
            _process.Dispose();
            DeleteProfile(_profile);
        }
    }

    private async Task<JsonObject> CommandAsync(string method, JsonObject? parameters, string? session, CancellationToken token)
    {
        var id = await SendAsync(method, parameters, session, token).ConfigureAwait(false);
        while (true)
        {
            var message = await ReceiveAsync(token).ConfigureAwait(false);
            if (message["id"]?.GetValue<int>() == id)
            {
                return message["error"] is { } error
                    ? throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}")
                    : message["result"]?.AsObject() ?? new JsonObject();
            }

            if (message["method"] is not null)
            {
                _events.Add(message);
            }
        }
    }

    private async Task EventAsync(string session, string method, Func<JsonObject, bool> matches, CancellationToken token)
    {
        bool IsWanted(JsonObject message) =>
            message["method"]?.GetValue<string>() == method && message["sessionId"]?.GetValue<string>() == session
            && message["params"] is JsonObject parameters && matches(parameters);

        // Events that arrived while a command's answer was awaited are kept, so none is missed.
        var earlier = _events.FindIndex(m => IsWanted(m));
        if (earlier >= 0)
        {
            _events.RemoveRange(0, earlier + 1);
            return;
        }

        _events.Clear();
        while (!IsWanted(await ReceiveAsync(token).ConfigureAwait(false)))
        {
        }
    }

    private async Task<int> SendAsync(string method, JsonObject? parameters, string? session, CancellationToken token)
    {
        var id = ++_lastId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, token).ConfigureAwait(false);
        return id;
    }

    private async Task<JsonObject> ReceiveAsync(CancellationToken token)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("Chromium closed the DevTools connection.\n" + _output);
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(message.ToArray())?.AsObject() ?? throw new InvalidOperationException("Chromium sent an empty DevTools message.");
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
    }

    private static void DeleteProfile(string profile)
    {
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying child process: the temporary folder is the system's to clean.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string? FindExecutable()
    {
        var configured = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return File.Exists(DebianChromium) ? DebianChromium : null;
    }

    [GeneratedRegex(@"DevTools listening on (?<endpoint>ws://\S+)")]
    private static partial Regex ListeningLine();

    /// <summary>What the browser printed, and the endpoint it announced there.</summary>
    private sealed class Output
    {
        private readonly StringBuilder _lines = new();
        private readonly TaskCompletionSource<Uri> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<Uri> Endpoint => _endpoint.Task;

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.AppendLine(line);
            }

            if (ListeningLine().Match(line) is { Success: true } match)
            {
                _endpoint.TrySetResult(new Uri(match.Groups["endpoint"].Value));
            }
        }

        public void Exited() => _endpoint.TrySetException(new InvalidOperationException("Chromium exited before it was ready."));

        public override string ToString()
        {
            lock (_lines)
            {
                return "Chromium's output:\n" + _lines;
            }
        }
    }
}
