using System.Collections.Concurrent;
using ContactHub.Channels;

namespace ContactHub.Hub.Outbound;

public sealed class InMemoryChannelIdentityStatusStore : IChannelIdentityStatusStore
{
    private readonly ConcurrentDictionary<ConversationKey, bool> _inactive = new();

    public Task SetActiveAsync(ConversationKey key, bool active, CancellationToken cancellationToken)
    {
        if (active)
        {
            _inactive.TryRemove(key, out _);
        }
        else
        {
            _inactive[key] = true;
        }

        return Task.CompletedTask;
    }

    public Task<bool> IsActiveAsync(ConversationKey key, CancellationToken cancellationToken) => Task.FromResult(!_inactive.ContainsKey(key));
}
