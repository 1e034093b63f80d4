using ContactHub.Channels;

namespace ContactHub.Hub.Desk;

/// <summary>The desk index of a single-instance hub (no Redis configured).</summary>
public sealed class InMemoryDeskIndex : IDeskIndex
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ConversationKey, DateTimeOffset> _queued = [];
    private readonly Dictionary<ConversationKey, DateTimeOffset> _active = [];

    public Task QueueAsync(ConversationKey key, DateTimeOffset at, CancellationToken cancellationToken) => Move(key, _active, _queued, at);

    public Task ActivateAsync(ConversationKey key, DateTimeOffset at, CancellationToken cancellationToken) => Move(key, _queued, _active, at);

    public Task RemoveAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _queued.Remove(key);
            _active.Remove(key);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DeskIndexEntry>> QueuedAsync(CancellationToken cancellationToken) => Task.FromResult(List(_queued));

    public Task<IReadOnlyList<DeskIndexEntry>> ActiveAsync(CancellationToken cancellationToken) => Task.FromResult(List(_active));

    public Task<long> PositionAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var queued = List(_queued);
        var index = queued.ToList().FindIndex(e => e.Key == key);
        return Task.FromResult(index < 0 ? 0L : index + 1L);
    }

    private Task Move(ConversationKey key, Dictionary<ConversationKey, DateTimeOffset> from, Dictionary<ConversationKey, DateTimeOffset> to, DateTimeOffset at)
    {
        lock (_gate)
        {
            from.Remove(key);
            to[key] = at;
        }

        return Task.CompletedTask;
    }

    private IReadOnlyList<DeskIndexEntry> List(Dictionary<ConversationKey, DateTimeOffset> set)
    {
        lock (_gate)
        {
            return [.. set.OrderBy(e => e.Value).Select(e => new DeskIndexEntry(e.Key, e.Value))];
        }
    }
}
