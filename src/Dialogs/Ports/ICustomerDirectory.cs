namespace ContactHub.Dialogs.Ports;

/// <summary>
/// Finds the customer behind a conversation. A channel identity is a channel id plus that channel's user id (WeChat
/// openid, E.164 mobile, web chat user id), as in <c>ConversationKey</c>.
/// </summary>
public interface ICustomerDirectory
{
    /// <summary>Matches the E.164 form (+8613900001234); a bare 11-digit Chinese mobile is read as +86.</summary>
    Task<CustomerInfo?> FindByMobileAsync(string mobile, CancellationToken cancellationToken);

    Task<CustomerInfo?> FindByWeChatOpenIdAsync(string openId, CancellationToken cancellationToken);

    /// <summary>Linked identities first; then the customer's own mobile (sms) or openid (wechat).</summary>
    Task<CustomerInfo?> FindByChannelIdentityAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>Links (or moves) the identity to the customer; false when there is no such customer.</summary>
    Task<bool> LinkChannelIdentityAsync(long customerId, string channelId, string userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<VehicleInfo>> GetVehiclesAsync(long customerId, CancellationToken cancellationToken);
}
