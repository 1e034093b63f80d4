using ContactHub.Channels;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.State;

/// <summary>
/// A lease in Redis (SET NX PX with a random token, released by a compare-and-delete script), behind an
/// in-process lock so turns queued on the same instance wait locally instead of polling Redis.
/// </summary>
public sealed class RedisTurnLock(IConnectionMultiplexer redis, IOptions<StateOptions> options, TimeProvider clock) : ITurnLock
{
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(50);

    private readonly KeyedAsyncLock<ConversationKey> _local = new();

    public async Task<IAsyncDisposable> AcquireAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var deadline = clock.GetUtcNow() + settings.TurnLockWait;
        var local = await _local.TryAcquireAsync(key, settings.TurnLockWait, cancellationToken)
            ?? throw Timeout(key);
        try
        {
            var token = Guid.NewGuid().ToString("N");
            var lockKey = StateKeys.TurnLock(key);
            var db = redis.GetDatabase();
            var backoff = TimeSpan.FromMilliseconds(2);
            while (!await db.StringSetAsync(lockKey, token, settings.TurnLockLease, When.NotExists))
            {
                if (clock.GetUtcNow() >= deadline)
                {
                    throw Timeout(key);
                }

                // Another instance holds this conversation; its turn is short, so poll with a small capped backoff.
                await Task.Delay(backoff, clock, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }

            return new Held(db, lockKey, token, local);
        }
        catch
        {
            local.Dispose();
            throw;
        }
    }

    private static TimeoutException Timeout(ConversationKey key) => new($"The previous turn of {key} did not finish in time.");

    private sealed class Held(IDatabase db, string lockKey, string token, IDisposable local) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await db.ScriptEvaluateAsync(ReleaseScript, [lockKey], [token]);
            }
            finally
            {
                local.Dispose();
            }
        }
    }
}
