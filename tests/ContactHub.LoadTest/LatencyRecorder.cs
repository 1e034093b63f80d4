using System.Collections.Concurrent;
using System.Diagnostics;

namespace ContactHub.LoadTest;

/// <summary>Collects one latency per operation and the wall time of the phase; percentiles by nearest rank.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private readonly Stopwatch _wall = new();
    private int _errors;

    public int Errors => _errors;

    public int Count => _milliseconds.Count;

    public TimeSpan Wall => _wall.Elapsed;

    public void Start() => _wall.Start();

    public void Stop() => _wall.Stop();

    public void Record(TimeSpan latency) => _milliseconds.Add(latency.TotalMilliseconds);

    public void RecordError() => Interlocked.Increment(ref _errors);

    public double PerSecond => Count / Wall.TotalSeconds;

    public LatencySummary Summarize()
    {
        var sorted = _milliseconds.ToArray();
        Array.Sort(sorted);
        return new LatencySummary(Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), Percentile(sorted, 99.9));
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
