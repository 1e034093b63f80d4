using ContactHub.Channels;

namespace ContactHub.Hub.State;

/// <summary>
/// Conversation state with compare-and-set saves (STYLE #7): a save against a version someone else already moved
/// past returns false instead of overwriting their turn.
/// </summary>
public interface IConversationStore
{
    Task<VersionedState> LoadAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <returns>False on a version conflict; nothing is written then.</returns>
    Task<bool> SaveAsync(ConversationKey key, ConversationState state, long expectedVersion, CancellationToken cancellationToken);
}
