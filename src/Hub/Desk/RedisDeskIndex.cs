using ContactHub.Channels;
using ContactHub.Hub.State;
using StackExchange.Redis;

namespace ContactHub.Hub.Desk;

/// <summary>Two sorted sets under one hash tag, so a move between them is one MULTI on one Redis Cluster slot.</summary>
public sealed class RedisDeskIndex(IConnectionMultiplexer redis) : IDeskIndex
{
    public Task QueueAsync(ConversationKey key, DateTimeOffset at, CancellationToken cancellationToken) =>
        MoveAsync(key, StateKeys.DeskActive, StateKeys.DeskQueued, at);

    public Task ActivateAsync(ConversationKey key, DateTimeOffset at, CancellationToken cancellationToken) =>
        MoveAsync(key, StateKeys.DeskQueued, StateKeys.DeskActive, at);

    public async Task RemoveAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.SortedSetRemoveAsync(StateKeys.DeskQueued, DeskKey.Format(key));
        _ = transaction.SortedSetRemoveAsync(StateKeys.DeskActive, DeskKey.Format(key));
        await transaction.ExecuteAsync();
    }

    public Task<IReadOnlyList<DeskIndexEntry>> QueuedAsync(CancellationToken cancellationToken) => ListAsync(StateKeys.DeskQueued);

    public Task<IReadOnlyList<DeskIndexEntry>> ActiveAsync(CancellationToken cancellationToken) => ListAsync(StateKeys.DeskActive);

    public async Task<long> PositionAsync(ConversationKey key, CancellationToken cancellationToken) =>
        await redis.GetDatabase().SortedSetRankAsync(StateKeys.DeskQueued, DeskKey.Format(key)) is { } rank ? rank + 1 : 0;

    private async Task MoveAsync(ConversationKey key, string from, string to, DateTimeOffset at)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.SortedSetRemoveAsync(from, DeskKey.Format(key));
        _ = transaction.SortedSetAddAsync(to, DeskKey.Format(key), at.ToUnixTimeMilliseconds());
        await transaction.ExecuteAsync();
    }

    private async Task<IReadOnlyList<DeskIndexEntry>> ListAsync(string set)
    {
        var entries = await redis.GetDatabase().SortedSetRangeByRankWithScoresAsync(set);
        return [.. entries.Select(e => new DeskIndexEntry(DeskKey.Parse(e.Element!), DateTimeOffset.FromUnixTimeMilliseconds((long)e.Score)))];
    }
}
