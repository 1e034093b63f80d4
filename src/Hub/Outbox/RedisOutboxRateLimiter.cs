using ContactHub.Hub.State;
using StackExchange.Redis;

namespace ContactHub.Hub.Outbox;

/// <summary>
/// A fixed window per channel per second: one INCR on <c>ch:rate:{channel}:{unixSecond}</c>. Chosen over a token
/// bucket because it is one command with no shared clock in Redis and no floating-point state, and a provider's
/// "N per second" is itself counted per second. The cost, accepted: across a window boundary up to 2N may go out in
/// one sliding second. The window number comes from the caller's clock, so instances need NTP-synced clocks (they do
/// anyway for quiet hours). The count keeps rising past the limit, which tells a turned-away message its place in
/// line; the key expires two seconds later.
/// </summary>
public sealed class RedisOutboxRateLimiter(IConnectionMultiplexer redis) : IOutboxRateLimiter
{
    private const string Script = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], 2000) end
        return n
        """;

    public async Task<TimeSpan> AcquireAsync(string channel, int perSecond, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = StateKeys.OutboxRateWindow(channel, now.ToUnixTimeSeconds());
        var n = await redis.GetDatabase().ScriptEvaluateAsync(Script, [key]);
        return RateWindow.WaitFor((long)n, perSecond, now);
    }
}
