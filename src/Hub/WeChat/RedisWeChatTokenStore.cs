using ContactHub.Channels.WeChat;
using ContactHub.Hub.State;
using StackExchange.Redis;

namespace ContactHub.Hub.WeChat;

public sealed class RedisWeChatTokenStore(IConnectionMultiplexer redis, WeChatOptions options) : IWeChatTokenStore
{
    private const string DeleteIfEqual = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private string TokenKey => StateKeys.WeChatToken(options.AppId);

    private string LockKey => StateKeys.WeChatTokenLock(options.AppId);

    public async Task<(string Token, TimeSpan Remaining)?> GetAsync(CancellationToken cancellationToken)
    {
        var entry = await redis.GetDatabase().StringGetWithExpiryAsync(TokenKey);
        return entry.Value.HasValue && entry.Expiry is { } remaining && remaining > TimeSpan.Zero ? ((string)entry.Value!, remaining) : null;
    }

    public Task SetAsync(string token, TimeSpan usableFor, CancellationToken cancellationToken) =>
        redis.GetDatabase().StringSetAsync(TokenKey, token, usableFor);

    public Task RemoveAsync(string staleToken, CancellationToken cancellationToken) =>
        redis.GetDatabase().ScriptEvaluateAsync(DeleteIfEqual, [TokenKey], [staleToken]);

    public Task<bool> TryLockAsync(string owner, TimeSpan lease, CancellationToken cancellationToken) =>
        redis.GetDatabase().StringSetAsync(LockKey, owner, lease, When.NotExists);

    public Task UnlockAsync(string owner, CancellationToken cancellationToken) =>
        redis.GetDatabase().ScriptEvaluateAsync(DeleteIfEqual, [LockKey], [owner]);
}
