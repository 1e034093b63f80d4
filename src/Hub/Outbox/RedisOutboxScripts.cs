namespace ContactHub.Hub.Outbox;

/// <summary>
/// The Lua behind <see cref="RedisOutboxStore"/>. Each script touches only keys it is given, all under one outbox's
/// hash tag, so it runs atomically on one Redis Cluster slot: there is no instant at which a key is marked but its
/// message not queued, or a status recorded but its entry not acked.
/// </summary>
internal static class RedisOutboxScripts
{
    /// <summary>KEYS: delivery hash, stream, delayed set. ARGV: idempotency key, message JSON, not-before ms, now ms, TTL ms.</summary>
    public const string Enqueue = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        local status = 'queued'
        if tonumber(ARGV[3]) > tonumber(ARGV[4]) then
          status = 'delayed'
          redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
        else
          redis.call('XADD', KEYS[2], '*', 'k', ARGV[1])
        end
        redis.call('HSET', KEYS[1], 'm', ARGV[2], 's', status, 'a', 0, 'u', ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return 1
        """;

    /// <summary>KEYS: delayed set, stream, delivery hash. ARGV: idempotency key. ZREM decides which of racing movers wins.</summary>
    public const string Promote = """
        if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
        if redis.call('EXISTS', KEYS[3]) == 0 then return 0 end
        redis.call('XADD', KEYS[2], '*', 'k', ARGV[1])
        return 1
        """;

    /// <summary>KEYS: delivery hash. ARGV: now ms, consumer. Returns {attempts, message JSON}, or nil when final or gone.</summary>
    public const string BeginSend = """
        local s = redis.call('HGET', KEYS[1], 's')
        if (not s) or s == 'sent' or s == 'failed' then return false end
        local a = redis.call('HINCRBY', KEYS[1], 'a', 1)
        redis.call('HSET', KEYS[1], 's', 'sending', 'u', ARGV[1], 'w', ARGV[2])
        return {a, redis.call('HGET', KEYS[1], 'm')}
        """;

    /// <summary>
    /// KEYS: delivery hash, stream, delayed set. ARGV: group, entry id, status ('' keeps it), channel message id,
    /// error, now ms, retry-at ms ('' for none), idempotency key. A final status is never overwritten.
    /// </summary>
    public const string Finish = """
        local s = redis.call('HGET', KEYS[1], 's')
        if s and s ~= 'sent' and s ~= 'failed' then
          if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 's', ARGV[3], 'u', ARGV[6]) end
          if ARGV[4] ~= '' then redis.call('HSET', KEYS[1], 'c', ARGV[4]) end
          if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'r', ARGV[5]) end
          if ARGV[7] ~= '' then redis.call('ZADD', KEYS[3], ARGV[7], ARGV[8]) end
        end
        redis.call('XACK', KEYS[2], ARGV[1], ARGV[2])
        redis.call('XDEL', KEYS[2], ARGV[2])
        return 1
        """;
}
