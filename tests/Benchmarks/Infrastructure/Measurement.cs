using System.Diagnostics;

namespace Governance.Benchmarks.Infrastructure;

/// <summary>Median, minimum and maximum of repeated measurements.</summary>
internal sealed record Stats(double Median, double Min, double Max, int Count)
{
    public static Stats Of(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return new Stats(double.NaN, double.NaN, double.NaN, 0);
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Stats(median, sorted[0], sorted[^1], sorted.Length);
    }
}

/// <summary>Wall time, processor time of this process (all its threads) and bytes allocated by one piece of work.</summary>
internal readonly record struct Sample(double Milliseconds, double CpuMilliseconds, long AllocatedBytes);

/// <summary>
/// The measured harness for whole-compilation work, where BenchmarkDotNet's per-invocation model does not fit:
/// warm-up runs, then repeated runs of the same work in one process; time from <see cref="Stopwatch"/>, allocations
/// from <see cref="GC.GetTotalAllocatedBytes(bool)"/> (precise, all threads, so work the compiler hands to the thread
/// pool counts too). Processor time of the process is recorded too: unlike wall time, other processes on a shared
/// machine do not inflate it. A full collection before each run keeps one run's garbage out of the next.
/// </summary>
internal static class Measure
{
    public static Sample Once(Action work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        work();
        stopwatch.Stop();
        var after = GC.GetTotalAllocatedBytes(precise: true);
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new Sample(stopwatch.Elapsed.TotalMilliseconds, cpu.TotalMilliseconds, after - before);
    }

    public static Sample Once<T>(Func<T> work, out T result)
    {
        T value = default!;
        var sample = Once(() => value = work());
        result = value;
        return sample;
    }
}
