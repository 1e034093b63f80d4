using System.Text.Json;
using ContactHub.Channels;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.State;

/// <summary>
/// One round trip to load (HMGET v s) and one to save (a Lua compare-and-set on the version field), so a turn that
/// lost its lock lease can never overwrite a newer turn: BotBuilder's last-writer-wins is the bug this avoids.
/// </summary>
public sealed class RedisConversationStore(IConnectionMultiplexer redis, IOptions<StateOptions> options) : IConversationStore
{
    private static readonly RedisValue[] Fields = ["v", "s"];

    private const string CompareAndSetScript = """
        local v = redis.call('HGET', KEYS[1], 'v')
        if (v == false and ARGV[1] == '0') or v == ARGV[1] then
          redis.call('HSET', KEYS[1], 'v', ARGV[2], 's', ARGV[3])
          redis.call('PEXPIRE', KEYS[1], ARGV[4])
          return 1
        end
        return 0
        """;

    public async Task<VersionedState> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var values = await redis.GetDatabase().HashGetAsync(StateKeys.State(key), Fields);
        return RedisStateHash.Parse(values[0], values[1]);
    }

    public async Task<bool> SaveAsync(ConversationKey key, ConversationState state, long expectedVersion, CancellationToken cancellationToken)
    {
        var json = PooledJson.Serialize(state, HubJsonContext.Default.ConversationState);
        var ttl = (long)options.Value.ConversationTtl.TotalMilliseconds;
        var result = await redis.GetDatabase().ScriptEvaluateAsync(
            CompareAndSetScript,
            [StateKeys.State(key)],
            [expectedVersion, expectedVersion + 1, json.Written, ttl]);
        json.Return();
        return (int)result == 1;
    }
}
