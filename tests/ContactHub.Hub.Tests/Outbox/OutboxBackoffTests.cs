using ContactHub.Hub.Outbox;

namespace ContactHub.Hub.Tests.Outbox;

public sealed class OutboxBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(1, 2.5, 5)]
    [InlineData(2, 5, 10)]
    [InlineData(4, 20, 40)]
    [InlineData(12, 300, 600)]
    public void DelayDoublesPerAttemptWithJitterInTheUpperHalf(int attempt, double minSeconds, double maxSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(minSeconds), OutboxBackoff.Delay(attempt, Base, Max, 0));
        Assert.True(OutboxBackoff.Delay(attempt, Base, Max, 0.999) < TimeSpan.FromSeconds(maxSeconds));
        Assert.True(OutboxBackoff.Delay(attempt, Base, Max, 0.999) > TimeSpan.FromSeconds(maxSeconds * 0.99));
    }
}
