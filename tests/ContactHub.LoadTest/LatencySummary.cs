using System.Globalization;

namespace ContactHub.LoadTest;

public sealed record LatencySummary(double P50, double P95, double P99, double P999)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"p50 {P50:F1} ms  p95 {P95:F1} ms  p99 {P99:F1} ms  p99.9 {P999:F1} ms");
}
