namespace ContactHub.Hub.Outbox;

/// <summary>The same fixed window per channel per second as <see cref="RedisOutboxRateLimiter"/>, for one process.</summary>
public sealed class InMemoryOutboxRateLimiter : IOutboxRateLimiter
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long Second, long Count)> _windows = new(StringComparer.Ordinal);

    public Task<TimeSpan> AcquireAsync(string channel, int perSecond, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var second = now.ToUnixTimeSeconds();
        long n;
        lock (_gate)
        {
            n = (_windows.TryGetValue(channel, out var window) && window.Second == second ? window.Count : 0) + 1;
            _windows[channel] = (second, n);
        }

        return Task.FromResult(RateWindow.WaitFor(n, perSecond, now));
    }
}
