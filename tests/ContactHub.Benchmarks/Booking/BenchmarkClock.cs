namespace ContactHub.Benchmarks.Booking;

/// <summary>Friday 2026-11-27 10:00 in Changchun, so "12月3日" is always next week's Thursday.</summary>
public sealed class BenchmarkClock : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, BenchmarkWorkshop.Offset);

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
