using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using ContactHub.Channels;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.State;

/// <summary>
/// The turn gate on Redis (issue 8): one EVALSHA marks the delivery, takes the lock lease and returns the state; one
/// more saves with compare-and-set and releases the lease (<see cref="RedisTurnScripts"/>). Turns and the desk on this
/// instance wait on one in-process lock per conversation (shared with <see cref="RedisTurnLock"/>) instead of polling
/// Redis; a lease held by another instance is polled with a small capped backoff, on the same keys.
/// </summary>
public sealed class RedisTurnGate(
    IConnectionMultiplexer redis, KeyedAsyncLock<ConversationKey> locks, IOptions<StateOptions> options, TimeProvider clock) : ITurnGate
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(50);

    // Deliveries this instance is running now: a retry of one is a duplicate at once, not after waiting for the
    // in-process lock that the first delivery holds.
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);

    public async Task<ITurnPass?> BeginAsync(ConversationKey key, string? deliveryId, CancellationToken cancellationToken)
    {
        var dedupeKey = string.IsNullOrEmpty(deliveryId) ? null : StateKeys.TurnDedupe(key, deliveryId);
        if (dedupeKey is not null && !_running.TryAdd(dedupeKey, 0))
        {
            return null;
        }

        try
        {
            var pass = await AdmitAsync(key, dedupeKey, cancellationToken);
            if (pass is null)
            {
                Finished(dedupeKey);
            }

            return pass;
        }
        catch
        {
            Finished(dedupeKey);
            throw;
        }
    }

    private async Task<Pass?> AdmitAsync(ConversationKey key, string? dedupeKey, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var deadline = clock.GetUtcNow() + settings.TurnLockWait;
        var local = await locks.TryAcquireAsync(key, settings.TurnLockWait, cancellationToken) ?? throw Timeout(key);
        var db = redis.GetDatabase();
        var token = Random.Shared.NextInt64().ToString("x16", CultureInfo.InvariantCulture);
        RedisKey stateKey = StateKeys.State(key);
        RedisKey lockKey = StateKeys.TurnLock(key);
        RedisKey[] keys = dedupeKey is null ? [stateKey, lockKey] : [stateKey, lockKey, dedupeKey];
        RedisValue[] args = [token, (long)settings.TurnLockLease.TotalMilliseconds, (long)settings.DedupeTtl.TotalMilliseconds];
        var answered = false;
        try
        {
            var backoff = TimeSpan.FromMilliseconds(2);
            while (true)
            {
                var result = await db.ScriptEvaluateAsync(RedisTurnScripts.Begin, keys, args);
                answered = true;
                if (result.Resp2Type == ResultType.Array)
                {
                    var stateTtl = (long)settings.ConversationTtl.TotalMilliseconds;
                    return new Pass(this, db, stateKey, lockKey, dedupeKey, token, stateTtl, local, RedisStateHash.Parse(result));
                }

                if ((int)result == 0)
                {
                    local.Dispose();
                    return null;
                }

                if (clock.GetUtcNow() >= deadline)
                {
                    throw Timeout(key);
                }

                // Another instance holds this conversation; its turn is short, so poll with a small capped backoff.
                await Task.Delay(backoff, clock, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
        catch
        {
            try
            {
                if (answered)
                {
                    // Whatever this turn took (the mark while waiting, the lease before its state failed to read) goes:
                    // the turn never ran, so the channel's retry must get in. Only keys holding this token are deleted.
                    RedisKey[] taken = dedupeKey is null ? [lockKey] : [lockKey, dedupeKey];
                    await db.ScriptEvaluateAsync(RedisTurnScripts.Release, taken, [token]);
                }
            }
            finally
            {
                local.Dispose();
            }

            throw;
        }
    }

    private void Finished(string? dedupeKey)
    {
        if (dedupeKey is not null)
        {
            _running.TryRemove(dedupeKey, out _);
        }
    }

    private static TimeoutException Timeout(ConversationKey key) => new($"The previous turn of {key} did not finish in time.");

    private sealed class Pass(
        RedisTurnGate gate, IDatabase db, RedisKey stateKey, RedisKey lockKey, string? dedupeKey, string token, long stateTtl, IDisposable local, VersionedState loaded)
        : ITurnPass
    {
        private bool _leaseHeld = true;

        public VersionedState Loaded { get; } = loaded;

        public async Task<TurnSave> SaveAsync(ConversationState state, long expectedVersion, CancellationToken cancellationToken)
        {
            var json = PooledJson.Serialize(state, HubJsonContext.Default.ConversationState);
            var result = await db.ScriptEvaluateAsync(RedisTurnScripts.Save, [stateKey, lockKey], [expectedVersion, expectedVersion + 1, json.Written, stateTtl, token]);
            json.Return();
            if (result.Resp2Type == ResultType.Array)
            {
                return TurnSave.Conflict(RedisStateHash.Parse(result));
            }

            _leaseHeld = false;
            return TurnSave.Done;
        }

        public async Task FailAsync(CancellationToken cancellationToken)
        {
            RedisKey[] keys = dedupeKey is null ? [lockKey] : [lockKey, dedupeKey];
            await db.ScriptEvaluateAsync(RedisTurnScripts.Release, keys, [token]);
            _leaseHeld = false;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (_leaseHeld)
                {
                    _leaseHeld = false;
                    await db.ScriptEvaluateAsync(RedisTurnScripts.Release, [lockKey], [token]);
                }
            }
            finally
            {
                local.Dispose();
                gate.Finished(dedupeKey);
            }
        }
    }
}
