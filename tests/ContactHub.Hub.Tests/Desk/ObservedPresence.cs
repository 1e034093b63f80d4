using System.Collections.Concurrent;
using ContactHub.Hub.Desk;

namespace ContactHub.Hub.Tests.Desk;

/// <summary>
/// The hub's presence store, watched: a test that closes a desk page waits here until the hub has counted the agent
/// offline, because presence is shared through Redis and the next test's queue notice depends on it.
/// </summary>
public sealed class ObservedPresence(IDeskPresence inner) : IDeskPresence
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _offline = new(StringComparer.Ordinal);

    public Task ConnectedAsync(string agent, string connectionId, CancellationToken cancellationToken) => inner.ConnectedAsync(agent, connectionId, cancellationToken);

    public async Task DisconnectedAsync(string agent, string connectionId, CancellationToken cancellationToken)
    {
        await inner.DisconnectedAsync(agent, connectionId, cancellationToken);
        await SignalIfOfflineAsync(agent);
    }

    public Task RenewAsync(CancellationToken cancellationToken) => inner.RenewAsync(cancellationToken);

    public Task<IReadOnlySet<string>> OnlineAsync(CancellationToken cancellationToken) => inner.OnlineAsync(cancellationToken);

    public async Task WhenOfflineAsync(string agent, TimeSpan timeout)
    {
        var waiter = _offline.GetOrAdd(agent, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await SignalIfOfflineAsync(agent);
        await waiter.Task.WaitAsync(timeout);
    }

    private async Task SignalIfOfflineAsync(string agent)
    {
        if (!(await inner.OnlineAsync(CancellationToken.None)).Contains(agent) && _offline.TryRemove(agent, out var waiter))
        {
            waiter.TrySetResult();
        }
    }
}
