namespace ContactHub.Channels;

/// <summary>
/// A channel that must see all replies of a turn at once, because how it sends one depends on the others: WeChat
/// answers a turn with exactly one reply inside the HTTP response, and anything else through its customer-service
/// API, in order (issue #4). The outbound path hands such an adapter the turn's replies in one call.
/// </summary>
public interface IBatchChannelAdapter : IChannelAdapter
{
    /// <returns>One result per activity, in the order given.</returns>
    Task<IReadOnlyList<ChannelSendResult>> SendTurnAsync(ConversationKey to, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);
}
