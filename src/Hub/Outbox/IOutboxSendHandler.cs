using ContactHub.Channels;

namespace ContactHub.Hub.Outbox;

/// <summary>
/// Sends the outbox messages that need more than the outbound dispatcher, and hears how each ended. Campaign messages
/// are the one kind today: their send seeds the conversation and may fall back to another channel (issue 7).
/// </summary>
public interface IOutboxSendHandler
{
    /// <returns>True when this handler sends <paramref name="message"/> instead of the dispatcher.</returns>
    bool Handles(OutboxMessage message);

    Task<ChannelSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Called after the outcome is recorded and acked in the outbox: sent, retrying or failed.</summary>
    Task OnFinishedAsync(OutboxMessage message, OutboxOutcome outcome, CancellationToken cancellationToken);
}
