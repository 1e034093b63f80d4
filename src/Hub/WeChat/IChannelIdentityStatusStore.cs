using ContactHub.Channels;

namespace ContactHub.Hub.WeChat;

/// <summary>
/// Whether a channel identity may still be written to: a WeChat user who unsubscribed is inactive until they follow
/// again (issue 4). Generic over the channel so SMS STOP can join it; it lives with WeChat until then.
/// </summary>
public interface IChannelIdentityStatusStore
{
    Task SetActiveAsync(ConversationKey key, bool active, CancellationToken cancellationToken);

    /// <returns>True unless the identity was marked inactive.</returns>
    Task<bool> IsActiveAsync(ConversationKey key, CancellationToken cancellationToken);
}
