using ContactHub.Hub.State;
using StackExchange.Redis;

namespace ContactHub.Hub.Desk;

/// <summary>
/// A connection count per agent in one hash. An instance that crashes leaves its counts behind until those agents
/// reconnect and disconnect; the queue notice then errs towards promising a reply too soon, never losing a message.
/// </summary>
public sealed class RedisDeskPresence(IConnectionMultiplexer redis) : IDeskPresence
{
    private const string DecrementScript = """
        local n = redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
        if n <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
        return n
        """;

    public Task ConnectedAsync(string agent, CancellationToken cancellationToken) =>
        redis.GetDatabase().HashIncrementAsync(StateKeys.DeskOnline, agent);

    public Task DisconnectedAsync(string agent, CancellationToken cancellationToken) =>
        redis.GetDatabase().ScriptEvaluateAsync(DecrementScript, [StateKeys.DeskOnline], [agent]);

    public async Task<IReadOnlySet<string>> OnlineAsync(CancellationToken cancellationToken)
    {
        var names = await redis.GetDatabase().HashKeysAsync(StateKeys.DeskOnline);
        return names.Select(n => n.ToString()).ToHashSet(StringComparer.Ordinal);
    }
}
