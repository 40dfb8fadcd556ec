using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Governance.Benchmarks.Infrastructure;
using Governance.OpenTelemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using TodoService.Telemetry;

namespace Governance.Benchmarks.Hosting;

/// <summary>
/// The TodoService sample on Kestrel (127.0.0.1, a free port), twice in one process: with telemetry, where every
/// request tracks an event through <see cref="BackgroundTelemetrySink"/> into the OpenTelemetry pipeline and an
/// exporter that counts; and without, the same service with the service-wide switch on. Each round sends
/// <c>concurrency</c> requests at once to one, then the other (the order alternates), so both see the same machine.
/// </summary>
/// <remarks>
/// Client and servers share the process and the machine's cores, so the latencies include queueing behind the other
/// requests of the round: the figure that matters is the difference between the two variants. After every round the
/// queue is flushed and each event accounted for; a lost event fails the run.
/// </remarks>
internal sealed class ServiceLoadBenchmark
{
    private const int Users = 100;
    private const int QueueCapacity = 1024;
    private readonly Action<string> _log;

    public ServiceLoadBenchmark(Action<string> log)
    {
        _log = log;
    }

    public ServiceLoadResults Run(int concurrency, int rounds, bool quick)
    {
        var loadBefore = LoadAverage();
        using var with = new LoadedService(telemetry: true);
        using var without = new LoadedService(telemetry: false);
        using var withClient = with.Start(concurrency);
        using var withoutClient = without.Start(concurrency);
        _log($"with telemetry on {withClient.BaseAddress}, without on {withoutClient.BaseAddress}; {Users} users, all opted in");

        // Every user agrees, so every request's event passes consent; then one warm-up round each (JIT, connections).
        Task.WaitAll(Enumerable.Range(0, Users).SelectMany(user => new[] { OptIn(withClient, user), OptIn(withoutClient, user) }).ToArray());
        var sent = concurrency;
        var succeeded = Round(withClient, concurrency).Latencies.Count;
        Round(withoutClient, concurrency);
        with.Account(succeeded, sent);

        var withLatencies = new List<double>();
        var withoutLatencies = new List<double>();
        var withRounds = new List<double>();
        var withoutRounds = new List<double>();
        var withCpu = new List<double>();
        var withoutCpu = new List<double>();
        var withPerRound = new List<(double P50, double P99, double Cpu)>();
        var withoutPerRound = new List<(double P50, double P99, double Cpu)>();
        using var process = Process.GetCurrentProcess();
        int withFailed = 0, withoutFailed = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var telemetryFirst in round % 2 == 0 ? new[] { true, false } : new[] { false, true })
            {
                var (client, latencies, seconds, cpu) = telemetryFirst ? (withClient, withLatencies, withRounds, withCpu) : (withoutClient, withoutLatencies, withoutRounds, withoutCpu);
                GC.Collect();
                GC.WaitForPendingFinalizers();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                var (measured, failed) = Round(client, concurrency);
                seconds.Add(stopwatch.Elapsed.TotalSeconds);
                if (telemetryFirst)
                {
                    // The queue's delivery belongs to the round that tracked the events.
                    with.Queue.Flush(TimeSpan.FromMinutes(2));
                }

                process.Refresh();
                var cpuPerRequest = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / concurrency;
                cpu.Add(cpuPerRequest);
                var sorted = measured.OrderBy(v => v).ToArray();
                (telemetryFirst ? withPerRound : withoutPerRound).Add((LatencyStats.Percentile(sorted, 0.50), LatencyStats.Percentile(sorted, 0.99), cpuPerRequest));
                latencies.AddRange(measured);
                if (telemetryFirst)
                {
                    withFailed += failed;
                    sent += concurrency;
                    succeeded += measured.Count;
                }
                else
                {
                    withoutFailed += failed;
                }
            }

            var accounting = with.Account(succeeded, sent);
            _log($"round {round + 1}/{rounds}: {accounting.Tracked} tracked, {accounting.Delivered} delivered, {accounting.Dropped} dropped, {accounting.Failed} failed, {accounting.Exported} exported");
        }

        var events = with.Account(succeeded, sent) with
        {
            TrackedWithTelemetryOff = without.Queue.Written,
        };
        if (events.TrackedWithTelemetryOff != 0 || without.Exporter.Exported != 0)
        {
            throw new InvalidOperationException("The service with the service-wide switch on tracked events.");
        }

        var result = new ServiceLoadResults(
            quick,
            DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"{Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}",
            $"{loadBefore} before, {LoadAverage()} after",
            concurrency,
            rounds,
            QueueCapacity,
            LatencyStats.Of(withoutLatencies, withoutFailed, withoutRounds, withoutCpu),
            LatencyStats.Of(withLatencies, withFailed, withRounds, withCpu),
            PairedDifference.Of(withPerRound, withoutPerRound),
            events);
        _log($"p50 {result.Without.P50Ms:F1} ms without, {result.With.P50Ms:F1} ms with ({result.AddedP50Ms:+0.0;-0.0}); "
            + $"p99 {result.Without.P99Ms:F1} ms without, {result.With.P99Ms:F1} ms with ({result.AddedP99Ms:+0.0;-0.0}); "
            + $"processor time per request {result.Without.CpuMsPerRequest:F3} ms without, {result.With.CpuMsPerRequest:F3} ms with; "
            + $"paired by round: p50 {result.Paired.AddedP50Ms:+0.0;-0.0}, p99 {result.Paired.AddedP99Ms:+0.0;-0.0}, processor {result.Paired.AddedCpuMsPerRequest:+0.000;-0.000} ms");
        return result;
    }

    private static async Task OptIn(HttpClient client, int user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/telemetry") { Content = JsonContent.Create(new { choice = "optedIn" }) };
        request.Headers.Add("X-User-Id", UserId(user));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Sends <paramref name="concurrency"/> item-creating requests at once; each one's latency, and how many failed.</summary>
    private static (List<double> Latencies, int Failed) Round(HttpClient client, int concurrency)
    {
        var latencies = new ConcurrentBag<double>();
        var failed = 0;
        var messages = Enumerable.Range(0, concurrency).Select(i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/todos")
            {
                Content = JsonContent.Create(new { title = "item " + i.ToString(CultureInfo.InvariantCulture), dueDate = i % 3 == 0 ? "2027-01-15" : null }),
            };
            request.Headers.Add("X-User-Id", UserId(i % Users));
            request.Headers.Add("X-Client", "load/1.0");
            return request;
        }).ToArray();

        // All requests are started at once; each is timed from its own start to its response.
        var requests = messages.Select(async request =>
        {
            using var _ = request;
            var stopwatch = Stopwatch.StartNew();
            try
            {
                using var response = await client.SendAsync(request);
                stopwatch.Stop();
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Interlocked.Increment(ref failed);
        }).ToArray();
        Task.WaitAll(requests);
        return (latencies.ToList(), failed);
    }

    /// <summary>The 1-minute load average (Linux), which says how busy the shared machine was: the figures are only as quiet as it.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string UserId(int user) => "user-" + user.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The sample as it is, on Kestrel, with its telemetry delivered through a counting queue and exporter.</summary>
    private sealed class LoadedService : WebApplicationFactory<global::Program>
    {
        private readonly bool _telemetry;
        private readonly OpenTelemetryTelemetrySink _pipeline;

        public LoadedService(bool telemetry)
        {
            _telemetry = telemetry;
            Exporter = new CountingLogExporter();
            _pipeline = new OpenTelemetryTelemetrySink(export => export.AddProcessor(new SimpleLogRecordExportProcessor(Exporter)));
            Queue = new BackgroundTelemetrySink(_pipeline, QueueCapacity);
        }

        public CountingLogExporter Exporter { get; }

        public BackgroundTelemetrySink Queue { get; }

        public HttpClient Start(int concurrency)
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            return new HttpClient(handler) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        }

        /// <summary>
        /// Flushes the queue and checks that each of the <paramref name="succeeded"/> requests (of <paramref name="requests"/>
        /// sent) tracked one event, and that every event is delivered, failed or dropped, and exported if delivered.
        /// </summary>
        public EventAccounting Account(long succeeded, long requests)
        {
            if (!_telemetry)
            {
                return new EventAccounting(requests, 0, 0, 0, 0, 0, 0, 0);
            }

            if (!Queue.Flush(TimeSpan.FromMinutes(2)))
            {
                throw new InvalidOperationException($"The queue did not drain: {Queue.Pending} events pending.");
            }

            var accounting = new EventAccounting(requests, Queue.Written, Queue.Delivered, Queue.Dropped, Queue.Failed, Queue.Pending, Exporter.Exported, 0);
            if (accounting.Tracked != succeeded)
            {
                throw new InvalidOperationException($"{succeeded} requests succeeded but {accounting.Tracked} events were tracked.");
            }

            if (accounting.Delivered + accounting.Dropped + accounting.Failed != accounting.Tracked || accounting.Exported != accounting.Delivered)
            {
                throw new InvalidOperationException($"Events lost: {accounting}.");
            }

            return accounting;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // The harness is not a test project, so the factory does not find the sample's folder by itself.
            builder.UseContentRoot(Path.Combine(BuildInfo.RepoRoot, "samples", "TodoService"));
            builder.UseEnvironment("Production");
            builder.UseSetting("DO_NOT_TRACK", "0");
            builder.UseSetting(TelemetrySetup.OptOutVariable, _telemetry ? "0" : "1");

            // No console output for 10,000 requests; both variants log the same way (not at all).
            builder.ConfigureLogging(logging => logging.ClearProviders());
            builder.ConfigureTestServices(services => services.AddGovernanceTelemetry(options =>
            {
                TelemetrySetup.Configure(options);
                options.Sinks.Add(Queue);
            }));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                Queue.Dispose();
                _pipeline.Dispose();
            }
        }
    }

    /// <summary>An OpenTelemetry exporter that counts what it exports and keeps nothing.</summary>
    private sealed class CountingLogExporter : BaseExporter<LogRecord>
    {
        private long _exported;

        public long Exported => Interlocked.Read(ref _exported);

        public override ExportResult Export(in Batch<LogRecord> batch)
        {
            Interlocked.Add(ref _exported, batch.Count);
            return ExportResult.Success;
        }
    }
}
