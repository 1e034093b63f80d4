using ContactHub.Channels;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.State;

/// <summary>
/// A lease in Redis (SET NX PX with a random token, released by a compare-and-delete script), behind this
/// instance's in-process lock per conversation, the one <see cref="RedisTurnGate"/> takes too: the desk and the turns
/// queued on the same instance wait for each other locally instead of polling Redis.
/// </summary>
public sealed class RedisTurnLock(
    IConnectionMultiplexer redis, KeyedAsyncLock<ConversationKey> locks, IOptions<StateOptions> options, TimeProvider clock) : ITurnLock
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(50);

    public async Task<IAsyncDisposable> AcquireAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var deadline = clock.GetUtcNow() + settings.TurnLockWait;
        var local = await locks.TryAcquireAsync(key, settings.TurnLockWait, cancellationToken)
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
                await db.ScriptEvaluateAsync(RedisTurnScripts.Release, [lockKey], [token]);
            }
            finally
            {
                local.Dispose();
            }
        }
    }
}
