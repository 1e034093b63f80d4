using ContactHub.Channels;

namespace ContactHub.Hub.State;

/// <summary>Runs the turns of one conversation one at a time (DESIGN: "a lost update is a bug").</summary>
public interface ITurnLock
{
    /// <exception cref="TimeoutException">The previous turn did not finish within State:TurnLockWait.</exception>
    Task<IAsyncDisposable> AcquireAsync(ConversationKey key, CancellationToken cancellationToken);
}
