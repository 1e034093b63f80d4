using ContactHub.Channels;

namespace ContactHub.Hub.Turns;

/// <summary>
/// The entry point every channel endpoint calls once it has turned its wire format into an <see cref="Activity"/>.
/// Runs the turn pipeline; the replies are delivered through the channel's <see cref="IChannelAdapter"/>
/// before this returns, and are also returned for channels that answer in the HTTP response.
/// </summary>
public interface ITurnProcessor
{
    Task<TurnOutcome> ProcessAsync(ConversationKey key, Activity inbound, CancellationToken cancellationToken);
}
