namespace ContactHub.Hub.Outbox;

/// <summary>The arithmetic both rate limiters share: the n-th request in a one-second window.</summary>
internal static class RateWindow
{
    public static TimeSpan WaitFor(long n, int perSecond, DateTimeOffset now)
    {
        if (n <= perSecond)
        {
            return TimeSpan.Zero;
        }

        var secondsAhead = ((n - perSecond - 1) / perSecond) + 1;
        var windowStart = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        return windowStart.AddSeconds(secondsAhead) - now;
    }
}
