using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactHub.Hub.State;

public sealed class RedisDedupeStore(IConnectionMultiplexer redis, IOptions<StateOptions> options) : IDedupeStore
{
    public Task<bool> TryMarkAsync(string channel, string deliveryId, CancellationToken cancellationToken) =>
        redis.GetDatabase().StringSetAsync(StateKeys.Dedupe(channel, deliveryId), 1, options.Value.DedupeTtl, When.NotExists);

    public Task ForgetAsync(string channel, string deliveryId, CancellationToken cancellationToken) =>
        redis.GetDatabase().KeyDeleteAsync(StateKeys.Dedupe(channel, deliveryId));
}
