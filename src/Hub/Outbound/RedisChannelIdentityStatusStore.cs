using ContactHub.Channels;
using ContactHub.Hub.State;
using StackExchange.Redis;

namespace ContactHub.Hub.Outbound;

public sealed class RedisChannelIdentityStatusStore(IConnectionMultiplexer redis) : IChannelIdentityStatusStore
{
    private const string Inactive = "inactive";

    public Task SetActiveAsync(ConversationKey key, bool active, CancellationToken cancellationToken) => active
        ? redis.GetDatabase().KeyDeleteAsync(StateKeys.IdentityStatus(key))
        : redis.GetDatabase().StringSetAsync(StateKeys.IdentityStatus(key), Inactive);

    public async Task<bool> IsActiveAsync(ConversationKey key, CancellationToken cancellationToken) =>
        await redis.GetDatabase().StringGetAsync(StateKeys.IdentityStatus(key)) != Inactive;
}
