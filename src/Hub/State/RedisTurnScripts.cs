namespace ContactHub.Hub.State;

/// <summary>
/// The Lua of <see cref="RedisTurnGate"/>. StackExchange.Redis loads each text once per server and then sends only
/// EVALSHA. The state, lock and dedupe keys (StateKeys.TurnDedupe) share the conversation's hash tag, so each script
/// touches one slot and works on Redis Cluster too.
/// </summary>
public static class RedisTurnScripts
{
    /// <summary>
    /// KEYS: state, lock[, dedupe]. ARGV: token, lock lease (ms), dedupe TTL (ms).
    /// Returns 0 for a delivery already marked by someone else, 1 while another turn holds the lock, else HMGET v s.
    /// The mark is taken even while the lock is busy, valued with the token: a retry arriving at another instance
    /// meanwhile is a duplicate at once, and this turn's next poll knows the mark as its own.
    /// </summary>
    public const string Begin = """
        if KEYS[3] then
          local seen = redis.call('GET', KEYS[3])
          if not seen then
            redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[3])
          elseif seen ~= ARGV[1] then
            return 0
          end
        end
        if not redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then
          return 1
        end
        return redis.call('HMGET', KEYS[1], 'v', 's')
        """;

    /// <summary>
    /// KEYS: state, lock. ARGV: expected version, new version, state JSON, state TTL (ms), token.
    /// Compare-and-set on the version; when saved, releases the lock if it is still this turn's and returns 1.
    /// On a conflict writes nothing, keeps the lock, and returns the stored HMGET v s.
    /// </summary>
    public const string Save = """
        local v = redis.call('HGET', KEYS[1], 'v')
        if (v == false and ARGV[1] == '0') or v == ARGV[1] then
          redis.call('HSET', KEYS[1], 'v', ARGV[2], 's', ARGV[3])
          redis.call('PEXPIRE', KEYS[1], ARGV[4])
          if redis.call('GET', KEYS[2]) == ARGV[5] then
            redis.call('DEL', KEYS[2])
          end
          return 1
        end
        return redis.call('HMGET', KEYS[1], 'v', 's')
        """;

    /// <summary>KEYS: lock[, dedupe]. ARGV: token. Deletes each key that still holds this turn's token.</summary>
    public const string Release = """
        for i = 1, #KEYS do
          if redis.call('GET', KEYS[i]) == ARGV[1] then
            redis.call('DEL', KEYS[i])
          end
        end
        return 0
        """;
}
