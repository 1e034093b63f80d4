using ContactHub.Channels;

namespace ContactHub.Hub.WeChat;

public sealed class InMemoryWeChatServiceWindowStore : IWeChatServiceWindowStore
{
    private readonly Dictionary<(ConversationKey, WeChatServiceWindowKind), (DateTimeOffset Until, int Left)> _windows = [];
    private readonly Lock _gate = new();

    public Task OpenAsync(ConversationKey key, WeChatServiceWindowKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (length, messages) = WeChatServiceWindow.For(kind);
        lock (_gate)
        {
            _windows[(key, kind)] = (now + length, messages);
        }

        return Task.CompletedTask;
    }

    public Task<bool> TryTakeAsync(ConversationKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var kind in (ReadOnlySpan<WeChatServiceWindowKind>)[WeChatServiceWindowKind.Interaction, WeChatServiceWindowKind.Message])
            {
                if (_windows.TryGetValue((key, kind), out var window) && window.Until > now && window.Left > 0)
                {
                    _windows[(key, kind)] = (window.Until, window.Left - 1);
                    return Task.FromResult(true);
                }
            }
        }

        return Task.FromResult(false);
    }

    public Task CloseAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _windows.Remove((key, WeChatServiceWindowKind.Message));
            _windows.Remove((key, WeChatServiceWindowKind.Interaction));
        }

        return Task.CompletedTask;
    }
}
