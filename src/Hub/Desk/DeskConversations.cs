using ContactHub.Channels;
using ContactHub.Hub.State;

namespace ContactHub.Hub.Desk;

/// <summary>
/// Changes a conversation's state from the desk as a turn would: under the conversation's turn lock (so it
/// interleaves with the customer's turns, on any instance) and saved with compare-and-set. Two agents claiming at
/// once therefore run one after the other, and the second sees the first one's owner.
/// </summary>
public sealed class DeskConversations(ITurnLock turnLock, IConversationStore store)
{
    /// <param name="change">Changes the state and returns true to save it, or returns false to leave it as it was.</param>
    /// <returns>Whether the state was changed and saved.</returns>
    public Task<bool> ChangeAsync(ConversationKey key, Func<ConversationState, Task<bool>> change, CancellationToken cancellationToken) =>
        ChangeAsync(key, change, afterSave: null, cancellationToken);

    /// <param name="afterSave">Runs once the change is saved, still under the lock (as a turn sends its replies), so nothing it sends can cross the customer's next turn.</param>
    public async Task<bool> ChangeAsync(
        ConversationKey key, Func<ConversationState, Task<bool>> change, Func<Task>? afterSave, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var held = await turnLock.AcquireAsync(key, cancellationToken);
        var (state, version) = await store.LoadAsync(key, cancellationToken);
        if (!await change(state))
        {
            return false;
        }

        // Under the lock only a turn whose lease ran out can have moved the version; refuse rather than overwrite it.
        if (!await store.SaveAsync(key, state, version, cancellationToken))
        {
            throw new InvalidOperationException($"Conversation {key} changed under the desk's lock; the action was not applied.");
        }

        if (afterSave is not null)
        {
            await afterSave();
        }

        return true;
    }

    public async Task<ConversationState> ReadAsync(ConversationKey key, CancellationToken cancellationToken) =>
        (await store.LoadAsync(key, cancellationToken)).State;
}
