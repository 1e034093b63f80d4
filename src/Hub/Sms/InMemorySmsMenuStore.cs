using System.Collections.Concurrent;
using ContactHub.Channels;

namespace ContactHub.Hub.Sms;

public sealed class InMemorySmsMenuStore : ISmsMenuStore
{
    private readonly ConcurrentDictionary<ConversationKey, IReadOnlyList<string>> _menus = new();

    public Task SetAsync(ConversationKey key, IReadOnlyList<string> replyTexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replyTexts);
        if (replyTexts.Count == 0)
        {
            _menus.TryRemove(key, out _);
        }
        else
        {
            _menus[key] = [.. replyTexts];
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> GetAsync(ConversationKey key, CancellationToken cancellationToken) =>
        Task.FromResult(_menus.TryGetValue(key, out var menu) ? menu : []);
}
