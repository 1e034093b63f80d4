using System.Collections.Concurrent;
using System.Diagnostics;

namespace ContactHub.LoadTest;

/// <summary>Collects one latency per operation and the wall time of the phase; percentiles by nearest rank.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _byKind = new(StringComparer.Ordinal);
    private readonly Stopwatch _wall = new();
    private int _errors;

    public int Errors => _errors;

    public int Count => _milliseconds.Count;

    public TimeSpan Wall => _wall.Elapsed;

    public void Start() => _wall.Start();

    public void Stop() => _wall.Stop();

    public void Record(TimeSpan latency, string kind)
    {
        _milliseconds.Add(latency.TotalMilliseconds);
        _byKind.GetOrAdd(kind, _ => []).Add(latency.TotalMilliseconds);
    }

    public void RecordError() => Interlocked.Increment(ref _errors);

    public double PerSecond => Count / Wall.TotalSeconds;

    public LatencySummary Summarize() => Summarize(_milliseconds);

    /// <summary>Latency of each kind of customer apart, when there is more than one kind.</summary>
    public IEnumerable<(string Kind, LatencySummary Latency)> SummarizeKinds() =>
        _byKind.Count < 2 ? [] : _byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (k.Key, Summarize(k.Value)));

    private static LatencySummary Summarize(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.ToArray();
        Array.Sort(sorted);
        return new LatencySummary(Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), Percentile(sorted, 99.9));
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
