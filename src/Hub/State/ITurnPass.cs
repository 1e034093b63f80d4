namespace ContactHub.Hub.State;

/// <summary>
/// One turn let in by <see cref="ITurnGate"/>: it holds the conversation's turn lock until it is disposed and carries
/// the state it was let in with. Dispose it in every case; call <see cref="FailAsync"/> first when the turn threw.
/// </summary>
public interface ITurnPass : IAsyncDisposable
{
    /// <summary>The state as stored when the turn was let in.</summary>
    VersionedState Loaded { get; }

    /// <summary>
    /// Saves with compare-and-set and, once saved, lets other instances take the conversation (this instance's next
    /// turn still waits for dispose, so the replies go out first). On a conflict nothing is written, the lock stays
    /// held, and the newer stored state comes back so the turn can run again on it.
    /// </summary>
    Task<TurnSave> SaveAsync(ConversationState state, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>The turn did not happen: forget its delivery mark, so the channel's retry is let through, and release the lock.</summary>
    Task FailAsync(CancellationToken cancellationToken);
}
