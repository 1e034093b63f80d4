using System.Globalization;
using ContactHub.Channels;
using ContactHub.Hub.State;
using StackExchange.Redis;

namespace ContactHub.Hub.Identity;

/// <summary>
/// Pending codes in a hash per conversation (<see cref="StateKeys.VerificationCode"/>) and send times in a sorted set
/// per limiter, each changed by one script so two hub instances cannot both take the last try or the last send.
/// Times come from the hub's clock (scores and field e), not Redis's, so the rules are the same as in process; the
/// keys' TTLs only clean up.
/// </summary>
public sealed class RedisVerificationCodeStore(IConnectionMultiplexer redis) : IVerificationCodeStore
{
    private const long WindowMs = 3_600_000;

    // KEYS[1] send-times zset. ARGV: now ms, min interval ms, per hour, unique member. Returns the wait in ms, 0 = recorded.
    private const string AcquireScript = """
        local now = tonumber(ARGV[1])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - 3600000)
        local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
        if last[2] and now - tonumber(last[2]) < tonumber(ARGV[2]) then
          return tonumber(ARGV[2]) - (now - tonumber(last[2]))
        end
        local count = redis.call('ZCARD', KEYS[1])
        local limit = tonumber(ARGV[3])
        if count >= limit then
          local oldest = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
          return tonumber(oldest[2]) + 3600000 - now
        end
        redis.call('ZADD', KEYS[1], now, ARGV[4])
        redis.call('PEXPIRE', KEYS[1], 3600000)
        return 0
        """;

    private const string SaveScript = """
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], 'm', ARGV[1], 'h', ARGV[2], 's', ARGV[3], 't', ARGV[4], 'e', ARGV[5])
        redis.call('PEXPIRE', KEYS[1], ARGV[6])
        return 1
        """;

    private const string TakeTryScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return false end
        local t = redis.call('HINCRBY', KEYS[1], 't', -1)
        local f = redis.call('HMGET', KEYS[1], 'm', 'h', 's', 'e')
        return { f[1], f[2], f[3], tostring(t), f[4] }
        """;

    public async Task<TimeSpan> TryAcquireSendAsync(string limiterKey, DateTimeOffset now, TimeSpan minInterval, int perHour, CancellationToken cancellationToken)
    {
        RedisValue[] args = [now.ToUnixTimeMilliseconds(), (long)minInterval.TotalMilliseconds, perHour, Guid.NewGuid().ToString("N")];
        var wait = (long)await redis.GetDatabase().ScriptEvaluateAsync(AcquireScript, [limiterKey], args);
        return TimeSpan.FromMilliseconds(Math.Clamp(wait, 0, WindowMs));
    }

    public Task SaveAsync(ConversationKey conversation, PendingCode code, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        RedisValue[] args = [code.Mobile, code.Hash, code.Salt, code.TriesLeft, code.ExpiresAt.ToUnixTimeMilliseconds(), (long)lifetime.TotalMilliseconds];
        return redis.GetDatabase().ScriptEvaluateAsync(SaveScript, [StateKeys.VerificationCode(conversation)], args);
    }

    public async Task<PendingCode?> TakeTryAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        var result = await redis.GetDatabase().ScriptEvaluateAsync(TakeTryScript, [StateKeys.VerificationCode(conversation)]);
        if (result.IsNull || result.Length < 5)
        {
            return null;
        }

        var f = (RedisValue[])result!;
        return new PendingCode(
            f[0].ToString(), f[1].ToString(), f[2].ToString(), int.Parse(f[3].ToString(), CultureInfo.InvariantCulture),
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(f[4].ToString(), CultureInfo.InvariantCulture)));
    }

    public Task RemoveAsync(ConversationKey conversation, CancellationToken cancellationToken) =>
        redis.GetDatabase().KeyDeleteAsync(StateKeys.VerificationCode(conversation));
}
