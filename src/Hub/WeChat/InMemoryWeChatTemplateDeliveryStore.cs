using System.Collections.Concurrent;

namespace ContactHub.Hub.WeChat;

public sealed class InMemoryWeChatTemplateDeliveryStore : IWeChatTemplateDeliveryStore
{
    private readonly ConcurrentDictionary<string, string> _status = new(StringComparer.Ordinal);

    public Task RecordSentAsync(string msgId, string openId, string template, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _status.TryAdd(msgId, "sent");
        return Task.CompletedTask;
    }

    public Task RecordStatusAsync(string msgId, string status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _status[msgId] = status;
        return Task.CompletedTask;
    }

    public Task<string?> GetStatusAsync(string msgId, CancellationToken cancellationToken) =>
        Task.FromResult(_status.TryGetValue(msgId, out var status) ? status : null);
}
