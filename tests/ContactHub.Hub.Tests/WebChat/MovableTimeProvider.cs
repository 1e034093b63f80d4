namespace ContactHub.Hub.Tests.WebChat;

/// <summary>System time plus an offset the test moves forward; timers stay real.</summary>
public sealed class MovableTimeProvider : TimeProvider
{
    private long offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));
}
