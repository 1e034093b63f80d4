using ContactHub.Channels;

namespace ContactHub.Hub.WeChat;

/// <summary>Counts customer-service messages per user (issue 4), across all hub instances when Redis is configured.</summary>
public interface IWeChatServiceWindowStore
{
    Task OpenAsync(ConversationKey key, WeChatServiceWindowKind kind, DateTimeOffset now, CancellationToken cancellationToken);

    /// <returns>True when a message may be sent now; the message is counted.</returns>
    Task<bool> TryTakeAsync(ConversationKey key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>WeChat said the window is over (45015) or used up (45047): send nothing more until the user writes.</summary>
    Task CloseAsync(ConversationKey key, CancellationToken cancellationToken);
}
