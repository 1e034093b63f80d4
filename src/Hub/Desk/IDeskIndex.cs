using ContactHub.Channels;

namespace ContactHub.Hub.Desk;

/// <summary>
/// Which conversations are queued and which are with an agent, so the desk can list them without scanning every
/// conversation. The conversation's own state (mode and owner, saved with compare-and-set) is the truth; the index
/// only finds candidates, and readers check each against its state.
/// </summary>
public interface IDeskIndex
{
    Task QueueAsync(ConversationKey key, DateTimeOffset at, CancellationToken cancellationToken);

    Task ActivateAsync(ConversationKey key, DateTimeOffset at, CancellationToken cancellationToken);

    Task RemoveAsync(ConversationKey key, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeskIndexEntry>> QueuedAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<DeskIndexEntry>> ActiveAsync(CancellationToken cancellationToken);

    /// <summary>1 for the first in line; 0 when the conversation is not queued.</summary>
    Task<long> PositionAsync(ConversationKey key, CancellationToken cancellationToken);
}
