using ContactHub.Channels;

namespace ContactHub.Hub.State;

/// <summary>
/// Lets one turn of a conversation in: marks its delivery id, takes the conversation's turn lock and loads its state
/// in one call, and saves the state and releases the lock in one more (issue 8: on Redis, one round trip each).
/// Code outside the turn (the desk, campaigns) keeps using <see cref="ITurnLock"/> and <see cref="IConversationStore"/>,
/// which guard the same keys.
/// </summary>
public interface ITurnGate
{
    /// <param name="deliveryId">The channel's id for this delivery; null or empty skips dedupe.</param>
    /// <returns>Null when the delivery was already seen: nothing was taken and no turn may run.</returns>
    /// <exception cref="TimeoutException">The previous turn did not finish within State:TurnLockWait.</exception>
    Task<ITurnPass?> BeginAsync(ConversationKey key, string? deliveryId, CancellationToken cancellationToken);
}
