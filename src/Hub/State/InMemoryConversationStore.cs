using System.Collections.Concurrent;
using System.Text.Json;
using ContactHub.Channels;
using Microsoft.Extensions.Options;

namespace ContactHub.Hub.State;

/// <summary>
/// Single-instance store used when no Redis is configured. It keeps serialized bytes, not live objects, so it
/// behaves like Redis: a loaded state is a private copy and a save is all-or-nothing.
/// </summary>
public sealed class InMemoryConversationStore(IOptions<StateOptions> options, TimeProvider clock) : IConversationStore
{
    private readonly ConcurrentDictionary<ConversationKey, Entry> _entries = new();

    public Task<VersionedState> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(key, out var entry) || entry.ExpiresAt <= clock.GetUtcNow())
        {
            return Task.FromResult(new VersionedState(new ConversationState(), 0));
        }

        var state = JsonSerializer.Deserialize(entry.Json, HubJsonContext.Default.ConversationState) ?? new ConversationState();
        return Task.FromResult(new VersionedState(state, entry.Version));
    }

    public Task<bool> SaveAsync(ConversationKey key, ConversationState state, long expectedVersion, CancellationToken cancellationToken)
    {
        var json = StoredJson.Serialize(state, HubJsonContext.Default.ConversationState);
        var now = clock.GetUtcNow();
        var next = new Entry(expectedVersion + 1, json, now + options.Value.ConversationTtl);
        while (true)
        {
            if (!_entries.TryGetValue(key, out var current) || current.ExpiresAt <= now)
            {
                if (expectedVersion != 0)
                {
                    return Task.FromResult(false);
                }

                if (current is null ? _entries.TryAdd(key, next) : _entries.TryUpdate(key, next, current))
                {
                    return Task.FromResult(true);
                }

                continue;
            }

            if (current.Version != expectedVersion)
            {
                return Task.FromResult(false);
            }

            return Task.FromResult(_entries.TryUpdate(key, next, current));
        }
    }

    private sealed record Entry(long Version, byte[] Json, DateTimeOffset ExpiresAt);
}
