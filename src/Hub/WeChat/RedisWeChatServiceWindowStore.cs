using ContactHub.Channels;
using ContactHub.Hub.State;
using StackExchange.Redis;

namespace ContactHub.Hub.WeChat;

/// <summary>One hash per user (StateKeys); both scripts run atomically, so two instances never over-spend the quota.</summary>
public sealed class RedisWeChatServiceWindowStore(IConnectionMultiplexer redis) : IWeChatServiceWindowStore
{
    private const string OpenScript = """
        redis.call('HSET', KEYS[1], ARGV[1] .. 'u', ARGV[2], ARGV[1] .. 'l', ARGV[3])
        local lu = tonumber(redis.call('HGET', KEYS[1], 'lu') or '0')
        local su = tonumber(redis.call('HGET', KEYS[1], 'su') or '0')
        redis.call('PEXPIREAT', KEYS[1], math.max(lu, su))
        return 1
        """;

    private const string TakeScript = """
        local now = tonumber(ARGV[1])
        for _, p in ipairs({'s', 'l'}) do
          local untilMs = tonumber(redis.call('HGET', KEYS[1], p .. 'u') or '0')
          local left = tonumber(redis.call('HGET', KEYS[1], p .. 'l') or '0')
          if untilMs > now and left > 0 then
            redis.call('HINCRBY', KEYS[1], p .. 'l', -1)
            return 1
          end
        end
        return 0
        """;

    public Task OpenAsync(ConversationKey key, WeChatServiceWindowKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (length, messages) = WeChatServiceWindow.For(kind);
        return redis.GetDatabase().ScriptEvaluateAsync(
            OpenScript,
            [StateKeys.WeChatServiceWindow(key)],
            [WeChatServiceWindow.FieldPrefix(kind), (now + length).ToUnixTimeMilliseconds(), messages]);
    }

    public async Task<bool> TryTakeAsync(ConversationKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var taken = await redis.GetDatabase().ScriptEvaluateAsync(TakeScript, [StateKeys.WeChatServiceWindow(key)], [now.ToUnixTimeMilliseconds()]);
        return (int)taken == 1;
    }

    public Task CloseAsync(ConversationKey key, CancellationToken cancellationToken) =>
        redis.GetDatabase().KeyDeleteAsync(StateKeys.WeChatServiceWindow(key));
}
