using ContactHub.Channels;

namespace ContactHub.Hub.Outbound;

/// <summary>
/// Whether a channel identity may still be written to: a WeChat user who unsubscribed is inactive until they follow
/// again (issue 4); a phone number that sent STOP/退订 is inactive until it sends START (issue 5).
/// </summary>
public interface IChannelIdentityStatusStore
{
    Task SetActiveAsync(ConversationKey key, bool active, CancellationToken cancellationToken);

    /// <returns>True unless the identity was marked inactive.</returns>
    Task<bool> IsActiveAsync(ConversationKey key, CancellationToken cancellationToken);
}
