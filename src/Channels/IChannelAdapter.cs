namespace ContactHub.Channels;

/// <summary>
/// One per channel, resolved by <see cref="ChannelId"/>. Inbound parsing is channel-specific (each channel's
/// endpoint turns its wire format into an <see cref="Activity"/>); sending is the part every channel shares.
/// Adapters only translate and transmit: send rules (consent, echo, delivery state) live in the Hub.
/// </summary>
public interface IChannelAdapter
{
    string ChannelId { get; }

    Task<ChannelSendResult> SendAsync(ConversationKey to, Activity activity, CancellationToken cancellationToken);
}
